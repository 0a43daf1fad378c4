// A saved drill: enough to come back to it after a page refresh (the machine's persisted snapshot)
// and to replay it exactly (the event log). The format number changes whenever this shape does;
// older saves are upgraded by the numbered steps in migrations/.
import type { LogEntry, SessionOptions } from './types.ts';

export const SAVED_DRILL_FORMAT = 1;

export interface SavedDrill {
  format: typeof SAVED_DRILL_FORMAT;
  scenarioId: string;
  options: SessionOptions;
  /** Drill seconds when saved: where the restored clock continues from. */
  now: number;
  /** `actor.getPersistedSnapshot()` of the compiled machine. */
  snapshot: unknown;
  log: LogEntry[];
}
