// The bridge from a drill's context to what conditions may ask (conditions.ts stays independent
// of the context's shape so it can be tested and reused on its own).
import type { ConditionFacts } from './conditions.ts';
import type { DrillContext } from './drillContext.ts';
import { stateNow } from './rumours.ts';
import type { DrillRules } from './rules.ts';
import { criticalErrors } from './critical.ts';
import { scoreCard } from './scoring.ts';

export function factsOf(rules: DrillRules, ctx: DrillContext): ConditionFacts {
  return {
    hasFlag: (name) => ctx.flags.includes(name),
    raw: (skill) => ctx.raw[skill] ?? 0,
    overall: () => scoreCard(rules, ctx.raw, criticalErrors(rules.scenario, ctx.turns)).overall,
    rumourState: (id) => {
      const rumour = rules.rumours.get(id);
      const track = ctx.rumours[id];
      return rumour && track ? stateNow(rumour, track, ctx.now) : 'dormant';
    },
    visited: (beatId) => ctx.visited.includes(beatId),
    elapsed: () => ctx.now - ctx.startedAt,
  };
}
