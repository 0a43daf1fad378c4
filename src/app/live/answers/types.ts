// What the facilitator console shows of one answer kind (core/answers), built on the projector:
// the options of the asked beat (plain data, texts in the drill's language) and a turn's line on
// the timeline. The console page renders that data (src/console/answers/). One module per kind.
import type { CheckedScenario } from '../../../core/scenario/checked.ts';
import type { Beat, Next } from '../../../core/scenario/schema.ts';
import type { BeatView, TurnRecord } from '../../../core/session/types.ts';

export interface NextStep {
  /** A beat's id, or the scenario's end. */
  target: string;
  /** Who asks it ('' for the end). */
  reporter: string;
  /** The question it asks (shortened), or '' for the end. */
  ask: string;
  conditional: boolean;
}

export interface ConsoleBeatInput {
  checked: CheckedScenario;
  /** The beat as the press room shows it (shuffled order). */
  view: BeatView;
  /** The beat as written. */
  beat: Beat;
  lang: string;
  /** Where a `next` leads, in the console's words. */
  steps(next: Next | undefined): NextStep[];
}

export interface ConsoleAnswerData {
  /** The core kind it shows (core/answers/registry.ts). */
  kind: string;
  /** The kind's piece of the console's beat (an empty list or null when the beat does not offer it). */
  beat(input: ConsoleBeatInput): object;
  /** The timeline's label (the kind's `label`) and the answer as said, for a turn of this kind; null for any other turn. */
  turn(beat: Beat | undefined, turn: TurnRecord, lang: string): { kind: string; answer: string } | null;
}
