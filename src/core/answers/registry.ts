// The answer kinds, in the order a beat lists them (scenario-format.md: `answers`, then
// `free_text`). The order matters where one kind must come first: silence without on_timeout
// follows the first response's `next` (engine/silence.ts), the machine tries kinds in this order.
//
// A new kind: its folder (schema.ts, kind.ts, check.ts), one entry in each list and union below,
// one in fields.ts and checks.ts, and its views (docs/answer-kinds.md).
import {
  type ChoiceEntry,
  type ChoiceEvent,
  choiceEntrySchema,
  choiceKind,
  type ChoiceReport,
  type ChoiceSource,
  type ChoiceTurn,
  type ChoiceView,
} from './choice/kind.ts';
import {
  type TypedEntry,
  type TypedEvent,
  typedEntrySchema,
  typedKind,
  type TypedReport,
  type TypedSource,
  type TypedTurn,
  type TypedView,
} from './typed/kind.ts';
import type { Text } from '../scenario/schema.ts';
import type { AnswerKind } from './types.ts';

export const ANSWER_KINDS: readonly AnswerKind[] = [choiceKind, typedKind];

/** Each kind's log entry schema (session/logSchema.ts lists them among the other entries). */
export const ANSWER_ENTRY_SCHEMAS = [choiceEntrySchema, typedEntrySchema] as const;

export type AnswerKindId = 'choice' | 'typed';
/** The machine events that answer a beat (engine/compile.ts DrillEvent). */
export type AnswerEvent = ChoiceEvent | TypedEvent;
/** The log entries of answers (session/types.ts LogEntry). */
export type AnswerLogEntry = ChoiceEntry | TypedEntry;
/** An answer as the screens send it, before the drill's clock stamps it (state/drillController.ts). */
export type AnswerInput = AnswerLogEntry extends infer E ? (E extends AnswerLogEntry ? Omit<E, 'at'> : never) : never;
/** The turn record's response when the trainee answered (session/types.ts TurnRecord). */
export type AnswerTurn = ChoiceTurn | TypedTurn;
/** Why a point moved, when an answer moved it (session/types.ts MomentSource). */
export type AnswerSource = ChoiceSource | TypedSource;
/** The asked beat's pieces the screens read to offer each kind (session/types.ts BeatView). */
export type AnswerViews = ChoiceView & TypedView;
/** An answered turn in the debrief (report/beatReport.ts BeatResponse); `text` is what was said (records keep it). */
export type AnswerReport = (ChoiceReport | TypedReport) & { text: Text };

/** The kind a log entry belongs to; undefined for entries that are not answers. */
export function kindOfEntry(type: string): AnswerKind | undefined {
  return ANSWER_KINDS.find((k) => k.entry === type);
}
