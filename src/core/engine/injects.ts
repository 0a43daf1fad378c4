// The facilitator's live injects: any rumour or event, now, whatever its scheduled time. Something
// already on the feed is not shown twice.
import type { DrillContext } from './drillContext.ts';
import { fireEvent } from './events.ts';
import { appearRumour } from './rumours.ts';
import type { DrillRules } from './rules.ts';

export type InjectTarget = { rumour: string } | { event: string };

export function injectInto(rules: DrillRules, ctx: DrillContext, what: InjectTarget): DrillContext {
  if ('rumour' in what) return appearRumour(rules, ctx, what.rumour, ctx.now, true);
  return fireEvent(rules, ctx, what.event, ctx.now);
}

export function isKnownInject(rules: DrillRules, what: unknown): what is InjectTarget {
  if (typeof what !== 'object' || what === null) return false;
  const w = what as Record<string, unknown>;
  if (typeof w.rumour === 'string') return rules.rumours.has(w.rumour);
  if (typeof w.event === 'string') return rules.eventsByKey.has(w.event);
  return false;
}
