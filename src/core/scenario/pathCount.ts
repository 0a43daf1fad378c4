// How many distinct routes a trainee can take from `start` to `end`: sequences of beats, following
// answers, free text and timeouts (escalation and event jumps are not counted: they depend on the
// clock, not on the route). Counted by dynamic programming over the beat graph, never enumerated;
// exact with BigInt. A cycle that can be reached makes the count unbounded.
import { END, type BeatGraph } from './beatGraph.ts';
import type { Components } from './scc.ts';

export function countPaths(graph: BeatGraph, components: Components, reachable: Uint8Array): bigint | 'unbounded' {
  for (let c = 0; c < components.members.length; c++) {
    if (components.cyclic[c] && components.members[c]!.some((v) => reachable[v])) return 'unbounded';
  }
  if (graph.start < 0) return 0n;
  const count = new Array<bigint>(graph.ids.length).fill(0n);
  // Sinks first, so every successor is counted before the beats that lead to it.
  for (const component of components.members) {
    for (const v of component) {
      let total = 0n;
      for (const w of graph.successors[v]!) total += w === END ? 1n : count[w]!;
      count[v] = total;
    }
  }
  return count[graph.start]!;
}

/** For display: exact below a quintillion, then in powers of ten. */
export function formatPathCount(paths: bigint | number | 'unbounded'): string {
  if (paths === 'unbounded') return 'unbounded';
  if (typeof paths === 'number' && !Number.isFinite(paths)) return 'more than 1e308';
  const big = BigInt(paths);
  const digits = big.toString();
  if (digits.length <= 18) return big.toLocaleString('en');
  return `about ${digits[0]}.${digits.slice(1, 3)}e${digits.length - 1}`;
}
