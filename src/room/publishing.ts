// What publishing a poll's results may show the room (the projector and the phones), decided in
// one place for the server (which enforces it) and the console (whose button says it before the
// click). The room's vote on a choice question is a hint at the answer: it is shown only once the
// trainee has answered (the poll closed). The best answer is marked only then, and only when the
// facilitator's reveal setting lets the room see feedback (a live drill with "only at the end"
// keeps it until the facilitator reveals the score). A rating is of an answer already given, so
// it may be shown while the room is still rating.

export interface PublishablePoll {
  kind: 'choice' | 'rating';
  /** The trainee answered (or the question is over): the poll no longer takes votes. */
  closed: boolean;
  /** The best answer's position, if the question has one. */
  best: number | null;
}

/** Allowed, and whether the best answer is marked; or not, and why (the trainee has not answered yet). */
export type PublishPlan = { allowed: true; best: boolean } | { allowed: false; reason: 'unanswered' };

export function publishPlan(poll: PublishablePoll, feedbackAllowed: boolean): PublishPlan {
  if (poll.kind === 'choice' && !poll.closed) return { allowed: false, reason: 'unanswered' };
  return { allowed: true, best: poll.kind === 'choice' && poll.best !== null && feedbackAllowed };
}
