// What the studio sends the checker's worker and what comes back (both sides import it).
import type { CheckedScenario } from '../core/scenario/checked.ts';
import type { Diagnostic, Position } from '../core/scenario/diagnostics.ts';
import type { Scenario } from '../core/scenario/schema.ts';

export interface CheckRequest {
  id: number;
  file: string;
  text: string;
}

export interface CheckReply {
  id: number;
  diagnostics: Diagnostic[];
  /** The typed scenario whenever its structure is sound (for the map and the translations). */
  scenario: Scenario | null;
  /** Null when there is any error: only a clean file can be played. */
  checked: CheckedScenario | null;
  /** Beats no drill can reach (for the map); empty when the structure is broken. */
  unreachable: string[];
  /** Where the scenario id is written. */
  idAt: Position | null;
  /** Time spent checking inside the worker (ms). */
  ms: number;
}
