// The headless driver: plays a drill's steps through a Session in accelerated drill time. One
// driver for `scenario play` (cli/play.ts) and the play-through plans (scenario/plan.ts), so both
// answer, wait and stay silent the same way. It says what went wrong as a code; each caller words it.
import type { InjectTarget } from '../engine/injects.ts';
import type { Session } from './session.ts';

/** Seconds after the question a step answers when it does not say. */
export const DEFAULT_AFTER = 5;

export type DriveStep =
  | { kind: 'inject'; what: InjectTarget }
  | { kind: 'timeout' }
  /** `answer` counts from 1: the position on screen (`by: 'shown'`) or in the file (`'authored'`). */
  | { kind: 'choose'; answer: number; by: 'shown' | 'authored'; after?: number }
  | { kind: 'type'; text: string; after?: number };

export interface DriveOptions {
  /** Seconds after the question when a step gives none. */
  after: number;
  /** An answer due at or past the time limit: moved to 1 s before it ('cap'), or refused. */
  late: 'cap' | 'refuse';
}

export type DriveProblem =
  | { code: 'no-time-limits' }
  | { code: 'no-such-answer'; beat: string; answers: number; answer: number }
  | { code: 'no-typed-answer'; beat: string }
  | { code: 'too-late'; beat: string; after: number; limit: number }
  /** The clock moved the drill on (an event's jump, the end) before the answer was due. */
  | { code: 'left-beat'; beat: string; at: number; now: string | null; ended: boolean; reason: string | undefined };

/** Ticks in 1-second steps up to `to` (the last tick exactly at `to`), stopping at the end. */
export function runClock(session: Session, to: number): void {
  for (let t = Math.floor(session.view().now) + 1; t < to && session.view().status !== 'ended'; t++) session.tick(t);
  session.tick(to);
}

/** Plays one step on the open question (an inject needs none); null when it was played. */
export function driveStep(session: Session, step: DriveStep, options: DriveOptions): DriveProblem | null {
  const view = session.view();
  if (step.kind === 'inject') {
    session.inject(step.what, view.now);
    return null;
  }
  const beat = view.beat!;
  if (step.kind === 'timeout') {
    if (beat.deadline === null) return { code: 'no-time-limits' };
    runClock(session, beat.deadline);
    return null;
  }
  if (step.kind === 'choose' && (step.answer < 1 || step.answer > beat.answers.length)) {
    return { code: 'no-such-answer', beat: beat.id, answers: beat.answers.length, answer: step.answer };
  }
  if (step.kind === 'type' && beat.freeText === null) return { code: 'no-typed-answer', beat: beat.id };
  let at = beat.askedAt + (step.after ?? options.after);
  if (beat.deadline !== null && at >= beat.deadline) {
    if (options.late === 'refuse') return { code: 'too-late', beat: beat.id, after: at - beat.askedAt, limit: beat.deadline - beat.askedAt };
    at = Math.max(beat.askedAt, beat.deadline - 1);
  }
  runClock(session, at);
  const now = session.view();
  if (now.beat?.id !== beat.id || now.beat.askedAt !== beat.askedAt) {
    return { code: 'left-beat', beat: beat.id, at, now: now.beat?.id ?? null, ended: now.status === 'ended', reason: now.ending?.reason };
  }
  if (step.kind === 'choose') session.choose(step.by === 'authored' ? step.answer - 1 : beat.answers[step.answer - 1]!.index, at);
  else session.answerText(step.text, at);
  return null;
}
