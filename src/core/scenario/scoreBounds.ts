// The lowest and highest total points each assessed skill can reach over a drill that goes from
// `start` to `end`, so that a raw score can be shown as 0-100 (skills.md). Computed by dynamic
// programming over the beat graph, per skill, never by enumerating paths.
//
// What counts: each answer's effects; a free-text answer's rubric (it can match any subset of the
// lines: lowest = the negative points, highest = the positive points); each timeout, scored by the
// engine's own silence rule (engine/silence.ts: on_timeout's effects or -1 timeliness, and on
// timeliness and transparency 1 below the beat's worst response); escalation and event jumps; and
// each rumour's outcome (engine/rumourScoring.ts). A conference ended early scores its unanswered
// beats along silence's route, which is one of the routes counted here.
//
// Sound approximations (the true range always lies inside the computed one):
// - Branch conditions are not evaluated: every branch may be taken.
// - Escalations and event jumps may happen after any beat, whatever the clock says, each at most
//   once: the graph is layered by the number of jumps taken so far, so jumps never form a loop.
// - Inside a loop (beats that can lead back to each other), every beat of the loop may be asked
//   up to LOOP_VISITS_PER_SECOND × duration times, and the loop may be left from any of its beats.
//   Where an answer inside a loop gives points, the bound is wide; the checker warns
//   (loop-repeats-points).
// - A rumour that can be rebutted by an answer that can be reached may earn its speed and reach
//   points; one that appears before `duration` may cost its unrebutted points. Rumours the
//   facilitator injects live are not counted.
import { rumourBounds } from '../engine/rumourScoring.ts';
import type { SkillId } from '../skills.ts';
import { END, type BeatGraph } from './beatGraph.ts';
import type { SkillBounds } from './checked.ts';
import type { Scenario } from './schema.ts';
import type { Components } from './scc.ts';

/** A loop is assumed to be gone round at most once per second of the conference. */
export const LOOP_VISITS_PER_SECOND = 1;

export interface RepeatingLoop {
  /** Beat indices of the loop, in file order. */
  beats: number[];
  skills: SkillId[];
}

export interface BoundsResult {
  bounds: Partial<Record<SkillId, SkillBounds>>;
  /** Loops in which answers give or take points each time round. */
  repeating: RepeatingLoop[];
}

export function scoreBounds(scenario: Scenario, graph: BeatGraph, components: Components, rebuttable: ReadonlySet<string>): BoundsResult {
  const K = graph.skills.length;
  const n = graph.ids.length;
  const visits = Math.max(1, Math.ceil(scenario.duration * LOOP_VISITS_PER_SECOND));
  const repeating = new Map<number, Set<SkillId>>();

  let lo = new Float64Array(n * K);
  let hi = new Float64Array(n * K);
  let jumpLo = new Float64Array(K).fill(Infinity);
  let jumpHi = new Float64Array(K).fill(-Infinity);

  const layers = graph.jumps.length;
  for (let layer = layers; layer >= 0; layer--) {
    const nextLo = new Float64Array(n * K);
    const nextHi = new Float64Array(n * K);
    const valueLo = (t: number, s: number) => (t === END ? 0 : nextLo[t * K + s]!);
    const valueHi = (t: number, s: number) => (t === END ? 0 : nextHi[t * K + s]!);
    for (let c = 0; c < components.members.length; c++) {
      const members = components.members[c]!;
      const cyclic = components.cyclic[c]!;
      const inside = (t: number) => t !== END && components.of[t] === c;
      for (let s = 0; s < K; s++) {
        let exitLo = Infinity;
        let exitHi = -Infinity;
        let loopLo = 0;
        let loopHi = 0;
        for (const v of members) {
          let stayLo = 0;
          let stayHi = 0;
          for (const r of graph.responses[v]!) {
            let bestLo = jumpLo[s]!;
            let bestHi = jumpHi[s]!;
            let stays = false;
            for (const t of r.targets) {
              if (cyclic && inside(t)) {
                stays = true;
                continue;
              }
              bestLo = Math.min(bestLo, valueLo(t, s));
              bestHi = Math.max(bestHi, valueHi(t, s));
            }
            exitLo = Math.min(exitLo, r.low[s]! + bestLo);
            exitHi = Math.max(exitHi, r.high[s]! + bestHi);
            if (stays) {
              stayLo = Math.min(stayLo, r.low[s]!);
              stayHi = Math.max(stayHi, r.high[s]!);
            }
          }
          loopLo += stayLo;
          loopHi += stayHi;
        }
        if ((loopLo < 0 || loopHi > 0) && layer === 0) {
          const skills = repeating.get(c) ?? new Set<SkillId>();
          skills.add(graph.skills[s]!);
          repeating.set(c, skills);
        }
        const low = exitLo + loopLo * visits;
        const high = exitHi + loopHi * visits;
        for (const v of members) {
          nextLo[v * K + s] = low;
          nextHi[v * K + s] = high;
        }
      }
    }
    lo = nextLo;
    hi = nextHi;
    // What jumping from the layer below can reach: any jump target, one more jump used.
    jumpLo = new Float64Array(K).fill(Infinity);
    jumpHi = new Float64Array(K).fill(-Infinity);
    for (const jump of graph.jumps) {
      for (let s = 0; s < K; s++) {
        jumpLo[s] = Math.min(jumpLo[s]!, lo[jump.target * K + s]!);
        jumpHi[s] = Math.max(jumpHi[s]!, hi[jump.target * K + s]!);
      }
    }
  }

  const bounds: Partial<Record<SkillId, SkillBounds>> = {};
  graph.skills.forEach((skill, s) => {
    const min = graph.start >= 0 ? lo[graph.start * K + s]! : 0;
    const max = graph.start >= 0 ? hi[graph.start * K + s]! : 0;
    // No route reaches `end` (reported as an error): keep the numbers finite.
    bounds[skill] = Number.isFinite(min) && Number.isFinite(max) ? { min, max } : { min: 0, max: 0 };
  });

  for (const rumour of scenario.rumours) {
    const range = rumourBounds(rebuttable.has(rumour.id));
    const appears = rumour.appears_at < scenario.duration;
    for (const skill of ['timeliness', 'rumour-rebuttal'] as const) {
      const b = bounds[skill];
      if (!b) continue;
      b.min += appears ? range[skill][0] : Math.max(0, range[skill][0]);
      b.max += range[skill][1];
    }
  }

  return {
    bounds,
    repeating: [...repeating].map(([c, skills]) => ({ beats: [...components.members[c]!].sort((a, b) => a - b), skills: [...skills] })),
  };
}
