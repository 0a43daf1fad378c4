// The room on the projector: how to join (the short code and a QR code, large before the drill and
// small in a corner during it), and a vote histogram only once the facilitator reveals it — beside
// what the trainee chose and the best answer.
import type { i18n as I18n } from 'i18next';
import { resolveText } from '../../i18n/resolveText.ts';
import type { AppStore } from '../../state/store.ts';
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

  const renderResult = () => {
    result.hidden = revealed === null;
    if (!revealed) return result.replaceChildren();
    const lang = store.getState().settings.language;
    const total = Math.max(1, revealed.tally.total);
    const rows = revealed.options.map((option, i) => {
      const n = revealed!.tally.counts[i] ?? 0;
      const marks = [i === revealed!.best ? t('best') : null, i === revealed!.traineeChoice ? t('trainee') : null].filter(Boolean).join(' · ');
      const bar = h('div', { class: 'room-bar' });
      bar.style.setProperty('--share', String(n / total));
      return h(
        'li',
        { class: `${i === revealed!.best ? 'best' : ''} ${i === revealed!.traineeChoice ? 'trainee' : ''}` },
        h('span', { class: 'room-option' }, `${i + 1}. ${resolveText(option, lang)}`),
        bar,
        h('span', { class: 'room-n' }, `${n} (${Math.round((100 * n) / total)} %)`),
        marks ? h('span', { class: 'room-marks' }, marks) : null,
      );
    });
    result.replaceChildren(h('h2', {}, t('roomVoted', { count: revealed.tally.total })), h('ol', {}, ...rows));
  };

  const unsubLink = link.subscribe(renderJoin);
  const unsubStore = store.subscribe((s, p) => {
    if (s.screen !== p.screen || s.settings.language !== p.settings.language) {
      renderJoin();
      renderResult();
    }
  });
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
      badge.remove();
      slide.remove();
      result.remove();
    },
  };
}
