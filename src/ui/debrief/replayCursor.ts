// Moves through a finished drill's event log to any drill second, for the replay and its scrubber.
// Going forward applies only the entries not yet applied; going back replays from the start (a
// session cannot run backwards). Either way the view at second t is exactly what replay(…, t)
// gives, so the same log always shows the same drill and ends on the same scores.
import type { CheckedScenario } from '../../core/scenario/checked.ts';
import { applyEntry, replay } from '../../core/session/replay.ts';
import type { Session } from '../../core/session/session.ts';
import type { LogEntry, SessionOptions, SessionView } from '../../core/session/types.ts';

export interface ReplayCursor {
  /** The drill second at which the drill ended (or its last entry, for one that did not end). */
  readonly end: number;
  readonly at: number;
  seek(t: number): SessionView;
}

export function createReplayCursor(checked: CheckedScenario, log: readonly LogEntry[], options: SessionOptions = {}): ReplayCursor {
  // The log may hold a tick past the instant the drill ended (the tick that ended it).
  const end = replay(checked, log, options).view().now;
  let session: Session = replay(checked, [], options);
  let next = 0;
  let at = -1;

  function rewind(): void {
    session = replay(checked, [], options);
    next = 0;
    at = -1;
  }

  return {
    end,
    get at() {
      return at;
    },
    seek(t) {
      const target = Math.min(Math.max(0, t), end);
      if (target < at) rewind();
      while (next < log.length && log[next]!.at <= target) applyEntry(session, log[next++]!);
      session.tick(target);
      at = target;
      return session.view();
    },
  };
}
