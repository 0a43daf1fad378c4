// The projector's live layer, over the press room: the black screen (B or . on a clicker), the
// live question, call or news item being put to the trainee, who is at the podium, the score
// strip and the class scoreboard (only once the facilitator reveals them), a "paused" mark (the
// pause dialog's buttons are the console's in a live drill), and named slots an extension fills
// (e.g. the Room panel's vote histogram or QR code): `setSlot('room', element)`.
import type { I18n } from '../../i18n/i18n.ts';
import { formatNumber } from '../../i18n/numberFormat.ts';
import { h } from '../../ui/dom.ts';
import type { LiveState } from './liveSettings.ts';
import './live.css';
import { skillName } from '../../i18n/skillName.ts';

export interface StageScene {
  live: LiveState;
  /** The press room is on screen (the seat, the score mark and the scoreboard belong to it). */
  pressRoom: boolean;
  /** Drill status, or null with no drill. */
  status: 'ready' | 'running' | 'paused' | 'ended' | null;
  /** The projector was reloaded onto the paused drill (the console tells the facilitator to resume). */
  pausedByReload: boolean;
  seat: string | null;
  score: { overall: number; skills: { skill: string; percent: number }[] } | null;
  /** Per trainee, for the class scoreboard at the end. */
  cards: { trainee: string; overall: number; questions: number }[];
  /**
   * The class's figure on the scoreboard: every answered question of every trainee, by the
   * trainee cards' rule (core/live/hotSeat.ts classCard); null without a hot seat or an answer.
   * `score` stays the whole conference's (questions not reached scored as silence, rumours).
   */
  classScore?: { overall: number; skills: { skill: string; percent: number }[] } | null;
}

export interface ProjectorStage {
  render(scene: StageScene): void;
  /** Shows an extension's element in the slot `id` (null empties it). */
  setSlot(id: string, node: HTMLElement | null): void;
  /** The one-screen panel (the console in a frame). */
  setPanel(open: boolean): void;
  readonly element: HTMLElement;
  /** What the trainee typed in reply to the live item on screen ('' when spoken). */
  itemAnswer(): string;
  /** Puts the caret in the live item's box (the trainee's first key is typed there). */
  focusItemAnswer(): void;
}

export function createProjectorStage(i18n: I18n, consoleUrl: string): ProjectorStage {
  const t = (k: string, o?: Record<string, unknown>) => i18n.t(`console:${k}`, o ?? {});
  const root = h('div', { id: 'live-stage', class: 'live-stage', hidden: true });
  const blank = h('div', { class: 'live-blank', hidden: true, 'data-live': 'blank' });
  const top = h('div', { class: 'live-top' });
  const item = h('section', { class: 'live-item', hidden: true, 'aria-live': 'polite', 'data-keep-clear': true });
  const itemKind = h('p', { class: 'live-item-kind' });
  const itemText = h('p', { class: 'live-item-text' });
  // The trainee may type the reply here instead of speaking it (the console sees it as it is typed).
  const itemAnswer = h('textarea', { id: 'live-answer', class: 'live-item-answer', rows: 2, spellcheck: 'false', autocomplete: 'off' });
  item.append(itemKind, itemText, itemAnswer);
  let shownItem = '';
  // Paused with nothing on the projector to answer: a neutral band over the ticker, readable from
  // the back, that covers none of the room's texts nor the messages in its corners.
  const pausedBand = h('p', { class: 'live-paused', 'data-live': 'paused', hidden: true, 'data-keep-clear': true });
  const board = h('section', { class: 'live-board', hidden: true, 'data-keep-clear': true });
  // What the room reads here (badges, the live item, the board, an extension's slot) keeps the toasts off it.
  const slots = h('div', { class: 'live-slots', 'data-keep-clear': true });
  const panel = h('div', { class: 'live-panel', hidden: true });
  let frame: HTMLIFrameElement | null = null;
  root.append(top, pausedBand, item, board, slots, panel, blank);
  document.body.append(root);
  const pct = (n: number) => formatNumber(Math.round(n), i18n.language);
  const nameOf = (s: string) => skillName(s, i18n.language);

  return {
    element: root,
    itemAnswer: () => itemAnswer.value.trim(),
    focusItemAnswer: () => itemAnswer.focus(),
    render(scene) {
      const { live } = scene;
      root.hidden = !live.active;
      document.body.classList.toggle('live-projector', live.active);
      blank.hidden = !live.blank;
      // Nobody is at the podium once the conference is over (the scoreboard names every trainee).
      const seat =
        scene.seat && scene.pressRoom && scene.status !== 'ended'
          ? h('span', { class: 'live-seat', 'data-live': 'seat', 'data-keep-clear': true }, t('stage.seat', { name: scene.seat }))
          : null;
      const paused = scene.status === 'paused' && !live.item && scene.pressRoom;
      pausedBand.hidden = !paused;
      pausedBand.dataset.reloaded = String(paused && scene.pausedByReload);
      if (paused) pausedBand.replaceChildren(h('strong', {}, t('stage.paused')), h('span', {}, t('stage.pausedNote')));
      const strip =
        live.shown && scene.score && scene.status !== 'ended' && scene.pressRoom
          ? h('span', { class: 'live-score', 'data-live': 'score', 'data-keep-clear': true }, `${t('stage.score')} ${pct(scene.score.overall)}`)
          : null;
      top.replaceChildren(...[seat, strip].filter((x): x is HTMLSpanElement => x !== null));
      item.hidden = !live.item || !scene.pressRoom;
      // One answer box on the wall: the question underneath keeps its box hidden while the live item is up.
      document.body.classList.toggle('live-item-up', !item.hidden);
      if (item.hidden && document.activeElement === itemAnswer) itemAnswer.blur();
      const itemKey = live.item ? `${live.item.at}:${live.item.text}` : '';
      if (itemKey !== shownItem) {
        shownItem = itemKey;
        itemAnswer.value = '';
      }
      if (live.item) {
        itemKind.textContent = t(`item.${live.item.kind}`);
        itemText.textContent = live.item.text;
        itemAnswer.placeholder = t('stage.answer');
        itemAnswer.setAttribute('aria-label', t('stage.answer'));
      }
      const showBoard = scene.pressRoom && scene.status === 'ended' && (live.shown || live.board) && scene.score !== null;
      board.hidden = !showBoard;
      if (showBoard && scene.score) {
        const whole = scene.score;
        const cls = scene.classScore ?? null;
        board.replaceChildren(
          h('h2', {}, t('stage.board')),
          cls
            ? h(
                'p',
                { class: 'live-board-class', 'data-live': 'score', 'data-class-score': Math.round(cls.overall) },
                t('stage.classScore', { score: pct(cls.overall) }),
              )
            : '',
          h(
            'ol',
            { class: 'live-board-list' },
            ...[...scene.cards]
              .filter((c) => c.questions > 0)
              .sort((a, b) => b.overall - a.overall)
              .map((c, i) => h('li', {}, h('span', { class: 'live-board-rank' }, `${i + 1}.`), h('span', {}, c.trainee), h('strong', {}, pct(c.overall)))),
          ),
          h('ul', { class: 'live-board-skills' }, ...(cls ?? whole).skills.map((s) => h('li', {}, `${nameOf(s.skill)} ${pct(s.percent)}`))),
          h(
            'p',
            { class: cls ? 'live-board-whole' : 'live-board-class', 'data-live': 'score', 'data-whole-score': Math.round(whole.overall) },
            t('stage.wholeScore', { score: pct(whole.overall) }),
          ),
        );
      }
    },
    setSlot(id, node) {
      const existing = slots.querySelector<HTMLElement>(`[data-slot="${CSS.escape(id)}"]`);
      if (!node) {
        existing?.remove();
        return;
      }
      node.dataset.slot = id;
      if (existing) existing.replaceWith(node);
      else slots.append(node);
    },
    setPanel(open) {
      panel.hidden = !open;
      // The room moves over for the panel (live.css: the canvas, the screens and this layer end where
      // it begins) instead of lying under it; the game re-measures its parent on a window resize.
      if (document.body.classList.contains('live-panel-open') !== open) {
        document.body.classList.toggle('live-panel-open', open);
        window.dispatchEvent(new Event('resize'));
      }
      if (open && !frame) {
        frame = h('iframe', { class: 'live-panel-frame', src: consoleUrl, title: t('title') });
        panel.append(frame);
      }
    },
  };
}
