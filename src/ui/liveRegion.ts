// Screen-reader mirror of the press room: each new question (with its choices), the quick feedback
// after an answer, and new feed posts, calls and notes are announced through aria-live regions.
import type { CheckedScenario } from '../core/scenario/checked.ts';
import type { SessionView } from '../core/session/types.ts';
import type { I18n } from '../i18n/i18n.ts';
import { resolveText } from '../i18n/resolveText.ts';
import { saidText } from '../i18n/saidText.ts';
import { formatSkillMove, selectShownDrill, selectShownScenario, skillMoves } from '../state/selectors.ts';
import type { AppStore } from '../state/store.ts';
import { h } from './dom.ts';
import { projectorShowsPrivate } from '../app/live/projectorPrivacy.ts';

/** What to announce when the view changes from `prev` to `next` (pure, for tests). */
/** `feedback` false: a live drill's projector keeps the feedback private until it is revealed (src/app/live). */
export function announcements(
  prev: SessionView | null,
  next: SessionView,
  checked: CheckedScenario,
  lang: string,
  t: (k: string, o?: Record<string, unknown>) => string,
  feedback = true,
): { urgent: string[]; polite: string[] } {
  const urgent: string[] = [];
  const polite: string[] = [];
  const beat = next.beat;
  const prevBeat = prev?.beat;
  if (beat && (!prevBeat || prevBeat.id !== beat.id || prevBeat.askedAt !== beat.askedAt)) {
    const reporter = checked.scenario.reporters.find((r) => r.id === beat.reporterId);
    const who = reporter ? `${reporter.name}, ${resolveText(reporter.outlet, lang)}` : '';
    // Numbered by position, as on screen (the answers may be shuffled).
    const choices = beat.answers.map((a, i) => `${i + 1}. ${resolveText(a.text, lang)}`).join(' ');
    const parts = [t('pressRoom:live.question', { who }), resolveText(beat.ask, lang)];
    if (choices) parts.push(t('pressRoom:live.choices'), choices);
    if (beat.freeText) parts.push(t('pressRoom:live.typeHint'));
    urgent.push(parts.join(' '));
  }
  if (feedback && next.lastTurn && next.lastTurn !== prev?.lastTurn && next.lastTurn.response.kind !== 'ended' && next.lastTurn.response.kind !== 'skipped') {
    const moved = skillMoves(next.lastTurn)
      .map((move) => formatSkillMove(move, lang))
      .join(', ');
    const feedback = saidText(next.lastTurn, lang, t);
    polite.push([t('pressRoom:live.feedback'), moved, feedback].filter(Boolean).join(' '));
  }
  const seen = new Set(prev?.feed.map((f) => f.key) ?? []);
  for (const item of next.feed) {
    if (seen.has(item.key)) continue;
    const text = resolveText(item.text, lang);
    const from =
      (item.from !== undefined ? resolveText(item.from, lang) : undefined) ??
      (item.rumourId ? next.rumours.find((r) => r.id === item.rumourId)?.author : undefined) ??
      '';
    polite.push(t(`pressRoom:live.${item.kind}`, { from, text }));
  }
  if (prev && prev.status !== next.status) {
    if (next.status === 'paused') urgent.push(t('pressRoom:live.paused'));
    else if (next.status === 'running' && prev.status === 'paused') urgent.push(t('pressRoom:live.resumed'));
    else if (next.status === 'ended') urgent.push(t('pressRoom:ended'));
  }
  return { urgent, polite };
}

export function createLiveRegion(root: HTMLElement, store: AppStore, i18n: I18n): void {
  const polite = h('div', { id: 'live-polite', class: 'sr-only', 'aria-live': 'polite', 'aria-atomic': 'false' });
  const urgent = h('div', { id: 'live-assertive', class: 'sr-only', 'aria-live': 'assertive', 'aria-atomic': 'true' });
  root.append(polite, urgent);
  const say = (region: HTMLElement, text: string, keep: number) => {
    region.append(h('p', {}, text));
    while (region.childElementCount > keep) region.firstElementChild?.remove();
  };
  store.subscribe((state, prev) => {
    // What the press room shows: the live drill, or a replay of a finished one.
    const shown = selectShownDrill(state);
    const shownBefore = selectShownDrill(prev);
    const next = shown?.view;
    if (!next || next === shownBefore?.view) return;
    const checked = selectShownScenario(state);
    if (!checked) return;
    const before = shownBefore && shownBefore.scenarioId === shown?.scenarioId ? shownBefore.view : null;
    const { urgent: u, polite: p } = announcements(before, next, checked, state.settings.language, (k, o) => i18n.t(k, o), projectorShowsPrivate());
    for (const text of u) say(urgent, text, 1);
    for (const text of p) say(polite, text, 6);
  });
}
