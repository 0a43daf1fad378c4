// A drill is its event log: feeding the same entries to a new Session gives the same drill, down to
// every moment and the ending. `until` stops at a drill second (the debrief's replay scrubber).
import type { CheckedScenario } from '../scenario/checked.ts';
import { Session } from './session.ts';
import type { LogEntry, SessionOptions } from './types.ts';

export function applyEntry(session: Session, entry: LogEntry): void {
  switch (entry.type) {
    case 'start':
      return session.start(entry.at);
    case 'tick':
      return session.tick(entry.at);
    case 'pause':
      return session.pause(entry.at);
    case 'resume':
      return session.resume(entry.at);
    case 'inject':
      return session.inject(entry.what, entry.at);
    case 'end':
      return session.end(entry.at);
    case 'skip':
      return session.skip(entry.at);
    case 'time':
      return session.moveDeadline(entry.seconds, entry.at);
    case 'live':
    case 'seat':
    case 'note':
      return session.annotate(entry);
    default:
      // An answer of some kind (core/answers/registry.ts): the kind knows its entry.
      return session.respond(entry);
  }
}

export function replay(checked: CheckedScenario, log: readonly LogEntry[], options: SessionOptions = {}, until?: number): Session {
  const session = Session.create(checked, options);
  for (const entry of log) {
    if (until !== undefined && entry.at > until) break;
    applyEntry(session, entry);
  }
  if (until !== undefined) session.tick(until);
  return session;
}
