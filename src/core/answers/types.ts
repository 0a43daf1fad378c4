// What an answer kind is (choice, typed; spoken later): everything the engine, the checker's graph,
// the log and the report need to know about one way of answering a beat, in one module per kind
// (choice/kind.ts, typed/kind.ts), listed once in registry.ts. Generic code iterates the registry
// instead of naming kinds, so a new kind is its own files plus one line per registry.
//
// The kind's piece of the scenario schema is apart (<kind>/schema.ts, full zod) because this side
// runs in the browser, where the validator never goes. Methods take the registry's unions and
// answer only for their own kind (null / false otherwise): one shape for every kind, no casts.
import type { DrillContext } from '../engine/drillContext.ts';
import type { EngineNote } from '../engine/notes.ts';
import type { DrillRules } from '../engine/rules.ts';
import type { BeatResponse } from '../report/beatReport.ts';
import type { Path } from '../scenario/positions.ts';
import type { Beat, Effects, Next, Scenario, Text } from '../scenario/schema.ts';
import type { ScoredMoment, TurnRecord } from '../session/types.ts';
import type { AnswerEvent, AnswerKindId, AnswerLogEntry, AnswerTurn } from './registry.ts';

/** One way a beat can be answered with this kind: where it leads and what it can score. */
export interface KindResponse {
  /** Which of the kind's responses on the beat (an answer's authored index; 0 for a kind with one). */
  index: number;
  /** Where it is written, from the beat: ['answers', 2], ['free_text']. */
  path: Path;
  next: Next;
  /** The lowest and the highest points per skill this response can give (equal for a fixed answer). */
  low: Effects;
  high: Effects;
  /** Rumour ids it rebuts (a typed answer only when its lines earn net points: engine/respond.ts). */
  rebuts: string[];
  /** Flags it sets. */
  set: readonly string[];
  /** Its own words, when it has fixed ones (an answer); absent for one the trainee words. */
  text?: Text;
}

/** What a response does to the drill; engine/respond.ts closes the turn with it. */
export interface Outcome {
  response: TurnRecord['response'];
  moments: ScoredMoment[];
  feedback?: Text | undefined;
  note?: EngineNote | undefined;
  set?: readonly string[] | undefined;
  unset?: readonly string[] | undefined;
  rebuts?: string[] | undefined;
}

/** A turn of this kind, as the debrief shows it (report/beatReport.ts). */
export interface KindReport {
  response: BeatResponse;
  /** Rumours the response names as rebutted (the report keeps those it really rebutted then). */
  rebuts: string[];
  /** The author's feedback for the response, when the turn carries none of its own. */
  feedback: Text | null;
}

export interface AnswerKind {
  id: AnswerKindId;
  /** The beat key it is written under (scenario-format.md); its schema is <kind>/schema.ts. */
  key: string;
  /**
   * What the studio's map and the console's timeline call a response of this kind (`answer`,
   * `typed`; the interface words it: locales `studio:map.<label>`, `console:timeline.<label>`), and
   * whether its responses are told apart by number (answers 1 to 5).
   */
  label: string;
  numbered: boolean;
  /** True when the beat offers this kind of answer. */
  offers(beat: Beat): boolean;
  /** The beat's responses of this kind, in file order (graph, bounds, silence, path count, plan…). */
  responses(beat: Beat): KindResponse[];
  /** Every text of the kind's part, with its path from the beat (translation checks). */
  texts(beat: Beat): { text: Text; path: Path }[];
  /**
   * Every skill the kind's part gives points on, with where it is written (`path`, from the beat;
   * `anchor`: the key or the value), and the part that gives them (`place`), for the skill checks.
   */
  skillPlaces(beat: Beat): { skill: string; path: Path; place: Path; anchor: 'key' | 'value' }[];

  // ---- the machine (engine/compile.ts) ----
  /** The names of its guard and action in the machine's setup() (they take `{index}`). */
  machine: { guard: string; action: string };
  /** The machine event that answers with this kind. */
  event: AnswerEvent['type'];
  /** The transient state a response goes through before routing (answer-0, typed). */
  stateOf(index: number): string;
  /** Whether `event` is response `index` of this kind, and acceptable on the asked beat. */
  accepts(beat: Beat, event: AnswerEvent, index: number): boolean;
  /** What response `index` does (scores, flags, rebuttals, the turn's record); null if not this kind's event. */
  outcome(rules: DrillRules, ctx: DrillContext, beatId: string, beat: Beat, event: AnswerEvent, index: number): Outcome | null;

  // ---- the log (session/logSchema.ts, session/replay.ts) ----
  /** The log entry's `type` (choose, type). */
  entry: AnswerLogEntry['type'];
  /** The machine event a logged entry replays as; null if not this kind's entry. */
  eventOf(entry: AnswerLogEntry): AnswerEvent | null;

  // ---- what the screens and the debrief read ----
  /** The turn record's `response.kind` (choice, text). */
  turn: AnswerTurn['kind'];
  /** The kind's piece of the BeatView (session/view.ts), present on every beat (empty/null when not offered). */
  view(rules: DrillRules, beatId: string, beat: Beat): object;
  /** The turn as the debrief shows it; null if the turn is not this kind's. */
  report(scenario: Scenario, beat: Beat, turn: TurnRecord, shown: readonly number[]): KindReport | null;
}
