// Strongly connected components and the route count against brute force on random graphs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { END, type BeatGraph } from '../../../src/core/scenario/beatGraph.ts';
import { countPaths, formatPathCount } from '../../../src/core/scenario/pathCount.ts';
import { stronglyConnected } from '../../../src/core/scenario/scc.ts';

/** Random successor lists over n beats; END is -1. */
const graphArb = fc
  .integer({ min: 1, max: 8 })
  .chain((n) => fc.array(fc.uniqueArray(fc.integer({ min: -1, max: n - 1 }), { maxLength: 3 }), { minLength: n, maxLength: n }));

/** Forward-only graphs (no cycles): successors are later beats or END. */
const dagArb = fc.integer({ min: 1, max: 8 }).chain((n) =>
  fc.tuple(
    ...Array.from({ length: n }, (_, i) =>
      fc.uniqueArray(
        fc.integer({ min: i + 1, max: n }).map((t) => (t === n ? END : t)),
        { minLength: 1, maxLength: 3 },
      ),
    ),
  ),
);

function reach(successors: number[][], from: number): Set<number> {
  const seen = new Set<number>([from]);
  const queue = [from];
  while (queue.length > 0) {
    for (const w of successors[queue.pop()!]!) {
      if (w >= 0 && !seen.has(w)) {
        seen.add(w);
        queue.push(w);
      }
    }
  }
  return seen;
}

function graphOf(successors: number[][]): BeatGraph {
  return { successors, start: 0, ids: successors.map((_, i) => `b${i}`) } as unknown as BeatGraph;
}

function allReachable(successors: number[][]): Uint8Array {
  const seen = reach(successors, 0);
  return Uint8Array.from(successors.map((_, i) => (seen.has(i) ? 1 : 0)));
}

describe('strongly connected components', () => {
  it('group exactly the beats that can reach each other, sinks first', () => {
    fc.assert(
      fc.property(graphArb, (successors) => {
        const { members, of, cyclic } = stronglyConnected(successors);
        const reachable = successors.map((_, v) => reach(successors, v));
        successors.forEach((_, u) => successors.forEach((__, v) => expect(of[u] === of[v]).toBe(reachable[u]!.has(v) && reachable[v]!.has(u))));
        // Every edge goes to the same component or to one listed earlier.
        successors.forEach((next, v) => next.forEach((w) => w >= 0 && expect(of[w]!).toBeLessThanOrEqual(of[v]!)));
        members.forEach((m, c) => expect(cyclic[c]).toBe(m.length > 1 || successors[m[0]!]!.includes(m[0]!)));
      }),
      { numRuns: 1000 },
    );
  });

  it('handles a chain of 100,000 beats without running out of stack', () => {
    const successors = Array.from({ length: 100_000 }, (_, i) => [i + 1 < 100_000 ? i + 1 : END]);
    expect(stronglyConnected(successors).members.length).toBe(100_000);
  });
});

describe('route count', () => {
  it('equals the number of routes listed one by one', () => {
    fc.assert(
      fc.property(dagArb, (successors) => {
        let listed = 0n;
        const walk = (v: number): void => {
          if (v === END) listed++;
          else for (const w of successors[v]!) walk(w);
        };
        walk(0);
        expect(countPaths(graphOf(successors), stronglyConnected(successors), allReachable(successors))).toBe(listed);
      }),
      { numRuns: 1000 },
    );
  });

  it('is unbounded exactly when a loop can be reached', () => {
    fc.assert(
      fc.property(graphArb, (successors) => {
        const reachable = allReachable(successors);
        const loop = [...reach(successors, 0)].some((v) => successors[v]!.some((w) => w >= 0 && reach(successors, w).has(v)));
        const count = countPaths(graphOf(successors), stronglyConnected(successors), reachable);
        expect(count === 'unbounded').toBe(loop);
      }),
      { numRuns: 1000 },
    );
  });

  it('stays exact far beyond 2^53 (a chain of 200 two-way choices)', () => {
    const successors = Array.from({ length: 200 }, (_, i) => (i + 1 < 200 ? [i + 1, i + 1 === 199 ? END : i + 2] : [END]));
    const count = countPaths(graphOf(successors), stronglyConnected(successors), allReachable(successors));
    // Fibonacci: routes from beat i = routes(i+1) + routes(i+2), with end counting 1.
    const routes = new Array<bigint>(201).fill(0n);
    routes[200] = 1n; // end
    routes[199] = 1n;
    for (let i = 198; i >= 0; i--) routes[i] = routes[i + 1]! + routes[i + 2]!;
    expect(count).toBe(routes[0]);
    expect(count as bigint).toBeGreaterThan(BigInt(Number.MAX_SAFE_INTEGER));
    expect(formatPathCount(count)).toMatch(/^about \d\.\d\de41$/);
    expect(formatPathCount(12345n)).toBe('12,345');
    expect(formatPathCount('unbounded')).toBe('unbounded');
  });
});
