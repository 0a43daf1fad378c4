// Scenario events (breaking news, posts, calls, private notes): each appears once on the feed,
// at its `at` or earlier when the facilitator injects it, and its optional `goto` asks for a beat
// after the current one, like an escalation.
import type { DrillContext } from './drillContext.ts';
import { queueBeat } from './rumours.ts';
import type { DrillRules } from './rules.ts';

export function fireEvent(rules: DrillRules, ctx: DrillContext, key: string, at: number): DrillContext {
  const event = rules.eventsByKey.get(key);
  if (!event || ctx.firedEvents.includes(key)) return ctx;
  const item = { key: `event:${key}`, kind: event.kind, at, text: event.text, ...(event.from !== undefined ? { from: event.from } : {}) };
  const next: DrillContext = { ...ctx, firedEvents: [...ctx.firedEvents, key], feed: [...ctx.feed, item] };
  return event.goto ? queueBeat(next, event.goto) : next;
}
