// A feed post or pop-up too long for its card, read whole: a panel over the feed column with the
// author, the time and the full text (scrolling when it is longer than the column). It does not
// pause the drill and takes no keys but its own: the question stays answerable beside it.
import { h, placeOver } from './dom.ts';
import './postReader.css';

export interface PostToRead {
  author: string;
  time: string;
  text: string;
  /** The feed column, in CSS pixels of the page. */
  rect: { x: number; y: number; w: number; h: number };
}

export interface PostReader {
  show(post: PostToRead | null): void;
  relabel(): void;
}

export function createPostReader(root: HTMLElement, labels: () => { title: string; close: string }): PostReader {
  const author = h('h2', { class: 'post-reader-author' });
  const time = h('span', { class: 'post-reader-time' });
  const text = h('p', { class: 'post-reader-text', tabindex: 0 });
  const close = h('button', { type: 'button', class: 'post-reader-close' });
  const panel = h('section', { class: 'post-reader', role: 'region', hidden: true }, h('header', {}, author, time, close), text);
  root.append(panel);
  const relabel = () => {
    const l = labels();
    panel.setAttribute('aria-label', l.title);
    close.textContent = `✕ ${l.close}`;
  };
  relabel();
  let returnFocus: Element | null = null;
  const hide = () => {
    if (panel.hidden) return;
    panel.hidden = true;
    if (returnFocus instanceof HTMLElement && document.contains(returnFocus)) returnFocus.focus();
  };
  close.addEventListener('click', hide);
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      hide();
    }
  });
  return {
    show(post) {
      if (!post) return hide();
      author.textContent = post.author;
      time.textContent = post.time;
      text.textContent = post.text;
      placeOver(panel, post.rect);
      returnFocus = document.activeElement;
      panel.hidden = false;
      text.scrollTop = 0;
      close.focus({ preventScroll: true });
    },
    relabel,
  };
}
