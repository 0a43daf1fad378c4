// Time is data: every deadline is computed from the context, and a tick only moves the horizon.
// The machine then handles what fell due one item at a time, each at its own instant and in
// chronological order, so the outcome does not depend on how often ticks come (one tick of 60 s or
// sixty ticks of 1 s give the same drill). That is also what makes replay and restore exact.
//
// Items due at the same instant go in this order: rumours appear, rumours escalate, events fire,
// the conference ends, the beat times out. Escalations before timeouts let a rumour that passes its
// threshold exactly as the trainee stays silent still decide the next beat; the end before the
// timeout keeps the last turn "cut off by the end" rather than asking a beat that is never seen.
import type { DrillContext } from './drillContext.ts';
import { fireEvent } from './events.ts';
import { appearRumour, escalateRumour, escalationAt } from './rumours.ts';
import type { DrillRules } from './rules.ts';

export type DueItem =
  | { kind: 'appear'; at: number; rumourId: string }
  | { kind: 'escalate'; at: number; rumourId: string }
  | { kind: 'event'; at: number; key: string }
  | { kind: 'end'; at: number }
  | { kind: 'timeout'; at: number };

const RANK: Record<DueItem['kind'], number> = { appear: 0, escalate: 1, event: 2, end: 3, timeout: 4 };

function earlier(a: DueItem | null, b: DueItem): DueItem {
  if (a === null) return b;
  if (b.at !== a.at) return b.at < a.at ? b : a;
  return RANK[b.kind] < RANK[a.kind] ? b : a;
}

/** The next thing that will happen by itself if nobody acts (regardless of the horizon). */
function upcoming(rules: DrillRules, ctx: DrillContext): DueItem | null {
  if (ctx.ending !== null) return null;
  let best: DueItem | null = null;
  for (const [id, rumour] of rules.rumours) {
    const track = ctx.rumours[id];
    if (!track) continue;
    if (track.appearedAt === null) {
      best = earlier(best, { kind: 'appear', at: ctx.startedAt + rumour.appears_at, rumourId: id });
    } else {
      const at = escalationAt(rumour, track);
      if (at !== null) best = earlier(best, { kind: 'escalate', at, rumourId: id });
    }
  }
  for (const { key, event } of rules.events) {
    if (!ctx.firedEvents.includes(key)) best = earlier(best, { kind: 'event', at: ctx.startedAt + event.at, key });
  }
  best = earlier(best, { kind: 'end', at: ctx.startedAt + rules.scenario.duration });
  if (ctx.beat?.deadline != null) best = earlier(best, { kind: 'timeout', at: ctx.beat.deadline });
  return best;
}

/** The next item due by the horizon the last tick set, or null when the drill is up to date. */
export function nextDue(rules: DrillRules, ctx: DrillContext): DueItem | null {
  const item = upcoming(rules, ctx);
  return item !== null && item.at <= ctx.horizon ? item : null;
}

/** Handles one due item other than the end and a timeout (those change the machine's state). */
export function applyDue(rules: DrillRules, ctx: DrillContext, item: DueItem): DrillContext {
  const at = { ...ctx, now: Math.max(ctx.now, item.at) };
  switch (item.kind) {
    case 'appear':
      return appearRumour(rules, at, item.rumourId, item.at, false);
    case 'escalate':
      return escalateRumour(rules, at, item.rumourId);
    case 'event':
      return fireEvent(rules, at, item.key, item.at);
    default:
      return at;
  }
}
