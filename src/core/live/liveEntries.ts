// What a facilitator adds to a live drill, kept in the drill's event log next to the trainee's
// answers (so replay, resume, the record and its export all keep it): a question, call or
// breaking-news item put live and scored by hand, the hot seat changing hands, a timestamped note.
// None of them goes through the scenario's machine: they never move the script, only the score
// (liveScore.ts) and who is credited (hotSeat.ts).
import type { SkillId } from '../skills.ts';

/** The facilitator's quick buttons score a live question from −LIVE_POINTS to +LIVE_POINTS per skill. */
export const LIVE_POINTS = 2;

export const LIVE_ITEM_KINDS = ['question', 'call', 'breaking'] as const;
export type LiveItemKind = (typeof LIVE_ITEM_KINDS)[number];

export type LiveLogEntry =
  /** A live item answered and scored: what was put to the trainee, the points per skill, and why;
   *  `answer` is what the trainee typed, when they typed rather than spoke. */
  | { type: 'live'; at: number; kind: LiveItemKind; ask: string; effects: Partial<Record<SkillId, number>>; reason: string; answer?: string }
  /** From `at` on, this trainee is at the podium (hot seat). */
  | { type: 'seat'; at: number; trainee: string }
  /** A facilitator's note, kept with the drill record. */
  | { type: 'note'; at: number; text: string };
