// A hot-seat drill's debrief is the class's: the trainees who took the podium, each one's score
// over the questions they faced and the class's (core/live/hotSeat.ts: the same cards as the
// projector's scoreboard and the trainees' own records), shown only when the room may see scores
// (a live drill's reveal, app/live/projectorPrivacy.ts); and each question says who answered it.
import { buildRules } from '../../core/engine/rules.ts';
import { classCard, seatedAt, seatsOf, traineeCards } from '../../core/live/hotSeat.ts';
import type { BeatReport } from '../../core/report/beatReport.ts';
import type { CheckedScenario } from '../../core/scenario/checked.ts';
import type { LogEntry, SessionOptions, SessionView } from '../../core/session/types.ts';
import { formatNumber } from '../../i18n/numberFormat.ts';
import { h } from '../dom.ts';
import type { ReportContext } from './context.ts';

export interface HotSeatDrill {
  checked: CheckedScenario;
  view: Pick<SessionView, 'turns'>;
  log: readonly LogEntry[];
  options: SessionOptions;
  /** The room may see the scores (always outside a live drill's projector). */
  scores: boolean;
}

export interface ClassBoard {
  /** In the order they first took the podium. */
  trainees: string[];
  cards: { trainee: string; overall: number; questions: number }[];
  /** The class's figure over every question a trainee faced; null before any. */
  overall: number | null;
  scores: boolean;
  /** Who answered a question of the report (null: skipped, or cut off by the end). */
  answeredBy(beat: BeatReport): string | null;
}

/** The class of a hot-seat drill; null for a drill with no one seated (every drill outside the hot seat). */
export function classBoardOf(drill: HotSeatDrill): ClassBoard | null {
  const seats = seatsOf(drill.log);
  if (seats.length === 0) return null;
  const rules = buildRules(drill.checked, drill.options);
  const cards = traineeCards(drill.checked.scenario, rules, drill.view, drill.log);
  const whole = classCard(drill.checked.scenario, rules, drill.view, drill.log);
  return {
    trainees: cards.map((c) => c.trainee),
    cards: cards.map((c) => ({ trainee: c.trainee, overall: c.score.overall, questions: c.turns.length + c.liveCount })),
    overall: whole && whole.questions > 0 ? whole.score.overall : null,
    scores: drill.scores,
    answeredBy: (beat) => (beat.response.kind === 'skipped' || beat.response.kind === 'ended' ? null : seatedAt(seats, beat.answeredAt)),
  };
}

export function classSection(board: ClassBoard, ctx: ReportContext): HTMLElement {
  const { t } = ctx;
  const n = (x: number) => formatNumber(Math.round(x), ctx.lang);
  const faced = board.cards.filter((c) => c.questions > 0);
  const ranked = board.scores ? [...faced].sort((a, b) => b.overall - a.overall) : faced;
  return h(
    'section',
    { class: 'pd-card pd-class', 'aria-labelledby': 'pd-class-title', 'data-section': 'class' },
    h('h2', { id: 'pd-class-title' }, t('class.title')),
    board.scores && board.overall !== null
      ? h('p', { class: 'pd-class-score', 'data-class-score': String(Math.round(board.overall)) }, t('class.score', { score: n(board.overall) }))
      : null,
    h(
      'ol',
      { class: 'pd-class-list' },
      ...ranked.map((c) =>
        h(
          'li',
          { 'data-trainee': c.trainee },
          h('strong', {}, c.trainee),
          board.scores ? h('span', { class: 'pd-class-overall' }, n(c.overall)) : null,
          h('span', { class: 'pd-dim' }, t('class.questions', { count: c.questions })),
        ),
      ),
    ),
    board.scores ? h('p', { class: 'pd-dim' }, t('class.hint')) : h('p', { class: 'pd-dim', 'data-scores-hidden': '' }, t('class.hidden')),
  );
}
