// The beats no drill can reach, by the checker's own graph analysis. Run in the worker (it needs the
// scenario module, which builds zod schemas when loaded); the map receives the list.
import { analyseGraph } from '../core/scenario/checkGraph.ts';
import type { Scenario } from '../core/scenario/schema.ts';

export function unreachableBeats(scenario: Scenario): string[] {
  const facts = analyseGraph(scenario);
  return facts.graph.ids.filter((_, v) => facts.reachable[v] !== 1);
}
