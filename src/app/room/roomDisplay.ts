// The room on the projector: how to join (the short code and a QR code, large before the drill and
// small in a corner during it), and the room's vote only once the facilitator publishes it — beside
// what the trainee chose and, when the room may see feedback, the best answer. While a question is
// open on the wall the results keep to the feed column, clear of the question and its options.
import type { i18n as I18n } from 'i18next';
import { formatNumber } from '../../i18n/numberFormat.ts';
import { resolveText } from '../../i18n/resolveText.ts';
import { selectShownDrill } from '../../state/selectors.ts';
import type { AppState, AppStore } from '../../state/store.ts';
import { projectorShowsPrivate } from '../live/projectorPrivacy.ts';
import { h } from '../../ui/dom.ts';
import type { RevealedPoll } from './projectorFeed.ts';
import type { RoomLink } from './roomLink.ts';
import './room.css';

export interface RoomDisplay {
  showRevealed(poll: RevealedPoll | null): void;
  /** The full-screen join slide (J): the QR code and the room code, big enough for the back row. */
  toggleJoinSlide(): boolean;
  destroy(): void;
}

/** Screens where the small room badge shows; in the press room it would cover the drill. */
const BADGE_SCREENS = new Set(['Menu', 'Briefing', 'Debrief']);

/** A question is on the wall, its options open to the trainee. */
function questionOpen(s: AppState): boolean {
  const view = selectShownDrill(s)?.view;
  return s.screen === 'PressRoom' && !!view?.beat && view.status !== 'ended';
}

/**
 * The press room's feed column in CSS pixels (the right quarter of the canvas, between the top bar
 * and the ticker: PressRoomScene's layout, designed at 1920×1080), where the results can sit while
 * a question is open without covering it. tests/e2e/roomPublish.test.ts checks it against the options.
 */
function feedColumn(): { left: number; top: number; width: number; height: number } | null {
  const canvas = document.querySelector('#game canvas');
  if (!canvas) return null;
  const c = canvas.getBoundingClientRect();
  const u = Math.min(c.width / 1920, c.height / 1080);
  const m = 16 * u;
  const width = Math.max(360 * u, c.width * 0.25);
  const top = c.top + 72 * u + m;
  return { left: c.right - width - m, top, width, height: c.bottom - 58 * u - m - top };
}

export function createRoomDisplay(container: HTMLElement, store: AppStore, link: RoomLink, i18n: I18n): RoomDisplay {
  const badge = h('aside', { class: 'room-badge', 'aria-live': 'polite' });
  const slide = h('section', { class: 'room-slide', role: 'dialog', 'aria-modal': 'false' });
  const result = h('section', { class: 'room-result', role: 'status' });
  slide.hidden = true;
  result.hidden = true;
  container.append(badge, slide, result);
  let revealed: RevealedPoll | null = null;
  const t = (k: string, o?: Record<string, unknown>) => i18n.t(`room:${k}`, o);

  const renderJoin = () => {
    const s = link.state();
    badge.hidden = !s.code || !BADGE_SCREENS.has(store.getState().screen);
    if (!s.code) return void (slide.hidden = true);
    badge.replaceChildren(
      h('span', {}, t('code')),
      ' ',
      h('strong', { class: 'room-code' }, s.code),
      ' · ',
      h('span', { class: 'room-count' }, t('participants', { count: s.participants })),
      h('span', { class: 'room-hint' }, t('joinHint')),
    );
    slide.replaceChildren(
      h('h2', {}, t('joinTitle')),
      h('img', { class: 'room-qr', src: `./room/qr.svg?code=${s.code}`, alt: t('qrAlt') }),
      h('p', { class: 'room-slide-code' }, t('code'), ' ', h('strong', {}, s.code)),
      h('p', { class: 'room-url' }, s.joinUrl ? s.joinUrl.replace(/\?code=.*$/, '') : ''),
      h('p', { class: 'room-count' }, t('participants', { count: s.participants })),
    );
  };

  /** Beside an open question, in the feed column; otherwise in the middle of the wall. */
  const place = () => {
    const docked = revealed !== null && questionOpen(store.getState());
    const column = docked ? feedColumn() : null;
    result.classList.toggle('docked', docked);
    for (const [k, v] of Object.entries({ left: column?.left, top: column?.top, width: column?.width, maxHeight: column?.height }))
      result.style[k as 'left' | 'top' | 'width' | 'maxHeight'] = v === undefined ? '' : `${Math.round(v)}px`;
  };

  const renderResult = () => {
    result.hidden = revealed === null;
    place();
    if (!revealed) return result.replaceChildren();
    const poll = revealed;
    const lang = store.getState().settings.language;
    // The server marks the best answer only when the room may see feedback; the wall checks again
    // (a live drill's facilitator may have hidden the score since).
    const best = projectorShowsPrivate() ? poll.best : null;
    const total = Math.max(1, poll.tally.total);
    const heading = h('h2', {}, t(poll.kind === 'rating' ? 'roomRated' : 'roomVoted', { count: poll.tally.total, n: poll.seq }));
    if (poll.kind === 'rating') {
      const stars = poll.tally.stars ?? [0, 0, 0, 0, 0];
      const mean = poll.tally.total ? stars.reduce((a, n, i) => a + n * (i + 1), 0) / poll.tally.total : null;
      const rows = stars.map((n, i) => {
        const bar = h('div', { class: 'room-bar' });
        bar.style.setProperty('--share', String(n / total));
        return h('li', {}, h('span', { class: 'room-option' }, '★'.repeat(i + 1)), bar, h('span', { class: 'room-n' }, String(n)));
      });
      const summary = mean === null ? t('noRatings') : t('meanStars', { mean: formatNumber(mean, lang, { maximumFractionDigits: 1 }) });
      return result.replaceChildren(heading, h('p', { class: 'room-mean' }, summary), h('ol', {}, ...rows.reverse()));
    }
    const rows = poll.options.map((option, i) => {
      const n = poll.tally.counts[i] ?? 0;
      const marks = [i === best ? t('best') : null, i === poll.traineeChoice ? t('trainee') : null].filter(Boolean).join(' · ');
      const bar = h('div', { class: 'room-bar' });
      bar.style.setProperty('--share', String(n / total));
      return h(
        'li',
        { class: `${i === best ? 'best' : ''} ${i === poll.traineeChoice ? 'trainee' : ''}` },
        h('span', { class: 'room-option' }, `${i + 1}. ${resolveText(option, lang)}`),
        bar,
        h('span', { class: 'room-n' }, `${n} (${Math.round((100 * n) / total)} %)`),
        marks ? h('span', { class: 'room-marks' }, marks) : null,
      );
    });
    result.replaceChildren(heading, h('ol', {}, ...rows));
  };

  const unsubLink = link.subscribe(renderJoin);
  // What the results depend on besides themselves: redrawn only when one of these changes.
  let shape = '';
  const shapeOf = (s: AppState) => `${questionOpen(s)}|${projectorShowsPrivate()}|${s.settings.language}`;
  const unsubStore = store.subscribe((s, p) => {
    if (s.screen !== p.screen || s.settings.language !== p.settings.language) renderJoin();
    const next = shapeOf(s);
    if (next !== shape) {
      shape = next;
      renderResult();
    }
  });
  // Again once the game has re-measured its canvas (the one-screen panel narrows it with a resize).
  const onResize = () => {
    place();
    setTimeout(place, 250);
  };
  window.addEventListener('resize', onResize);
  renderJoin();
  return {
    showRevealed(poll) {
      revealed = poll;
      renderResult();
    },
    toggleJoinSlide() {
      if (!link.state().code) return false;
      slide.hidden = !slide.hidden;
      return true;
    },
    destroy() {
      unsubLink();
      unsubStore();
      window.removeEventListener('resize', onResize);
      badge.remove();
      slide.remove();
      result.remove();
    },
  };
}
