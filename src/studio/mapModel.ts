// What the branch map shows, worked out from the typed scenario (pure, tested in Node): one card per
// beat, one edge per distinct target of a beat labelled with the responses that take it, coloured by
// the net effect of those responses (Σ effects × weights; each answer kind's responses, core/answers),
// the best route (at each beat the answer with the highest net effect, along its default branch), and the beats no drill can reach (as the
// checker's graph analysis finds them, in the worker: `unreachableBeats`). Nothing here imports zod:
// the studio's chunk stays free of it, and so does what it shares with the player's start-up code.
import { ANSWER_KINDS } from '../core/answers/registry.ts';
import { silenceEffects, silenceNext } from '../core/engine/silence.ts';
import { branchesOf, END } from '../core/scenario/refs.ts';
import type { Effects, Next, Scenario } from '../core/scenario/schema.ts';

export type EdgeTone = 'good' | 'bad' | 'mixed' | 'neutral';

export interface MapEdgeLabel {
  /** An answer kind's label (core/answers: `answer`, `typed`; a numbered kind's carry the 1-based number), `silence` or `jump`. */
  kind: string;
  number?: number;
  /** The branch has an `if`. */
  conditional: boolean;
}

export interface MapEdge {
  from: string;
  /** A beat id or "end". */
  to: string;
  labels: MapEdgeLabel[];
  tone: EdgeTone;
  best: boolean;
}

export interface MapNode {
  id: string;
  reporter: string;
  ask: Scenario['beats'][string]['ask'];
  reachable: boolean;
  start: boolean;
  best: boolean;
}

export interface MapModel {
  nodes: MapNode[];
  edges: MapEdge[];
}

function netEffect(effects: Effects, weights: Scenario['weights']): number {
  let net = 0;
  for (const [skill, points] of Object.entries(effects)) net += points * (weights?.[skill] ?? 1);
  return net;
}

/** The same points written on the same skills: a response that scores the same whatever is said. */
function samePoints(a: Effects, b: Effects): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && b[k] === a[k]);
}

function defaultTarget(next: Next): string {
  const branches = branchesOf(next);
  return (branches.find((b) => b.if === undefined) ?? branches[branches.length - 1])!.goto;
}

/** The best route: from the start, the highest-net answer at each beat (typed answers count their positive rubric lines). */
export function bestRoute(scenario: Scenario): { beats: Set<string>; steps: Set<string> } {
  const beats = new Set<string>();
  const steps = new Set<string>();
  let at: string = scenario.start;
  while (at !== END && !beats.has(at) && scenario.beats[at]) {
    beats.add(at);
    const beat = scenario.beats[at]!;
    // Each response at its best (a typed answer earning every positive line).
    const options = ANSWER_KINDS.flatMap((kind) => kind.responses(beat).map((r) => ({ net: netEffect(r.high, scenario.weights), next: r.next })));
    if (options.length === 0) options.push({ net: 0, next: silenceNext(beat) });
    const best = options.reduce((a, b) => (b.net > a.net ? b : a));
    const to = defaultTarget(best.next);
    steps.add(`${at}\u0000${to}`);
    at = to;
  }
  return { beats, steps };
}

export function mapModel(scenario: Scenario, unreachable: readonly string[]): MapModel {
  const ids = Object.keys(scenario.beats);
  const route = bestRoute(scenario);
  const nodes: MapNode[] = ids.map((id) => ({
    id,
    reporter: scenario.beats[id]!.reporter,
    ask: scenario.beats[id]!.ask,
    reachable: !unreachable.includes(id),
    start: id === scenario.start,
    best: route.beats.has(id),
  }));
  const edges: MapEdge[] = [];
  for (const id of ids) {
    const beat = scenario.beats[id]!;
    const byTarget = new Map<string, { labels: MapEdgeLabel[]; nets: { silence: boolean; net: number }[] }>();
    const add = (next: Next, label: Omit<MapEdgeLabel, 'conditional'>, net: number | null) => {
      for (const branch of branchesOf(next)) {
        const to = branch.goto;
        if (to !== END && !scenario.beats[to]) continue; // reported by the checker
        const slot = byTarget.get(to) ?? { labels: [], nets: [] };
        if (!slot.labels.some((l) => l.kind === label.kind && l.number === label.number)) slot.labels.push({ ...label, conditional: branch.if !== undefined });
        if (net !== null) slot.nets.push({ silence: label.kind === 'silence', net });
        byTarget.set(to, slot);
      }
    };
    let answerable = false;
    for (const kind of ANSWER_KINDS) {
      for (const r of kind.responses(beat)) {
        answerable = true;
        // A response with fixed points colours its edge; one whose points depend on what is said does not.
        const fixed = samePoints(r.low, r.high);
        add(r.next, kind.numbered ? { kind: kind.label, number: r.index + 1 } : { kind: kind.label }, fixed ? netEffect(r.high, scenario.weights) : null);
      }
    }
    if (answerable || beat.on_timeout) add(silenceNext(beat), { kind: 'silence' }, netEffect(silenceEffects(beat), scenario.weights));
    for (const [to, { labels, nets }] of byTarget) {
      // Silence colours an edge only when nothing else takes it.
      const answered = nets.filter((n) => !n.silence).map((n) => n.net);
      const considered = answered.length ? answered : nets.map((n) => n.net);
      const tone: EdgeTone = considered.length === 0 ? 'neutral' : considered.every((n) => n > 0) ? 'good' : considered.every((n) => n <= 0) ? 'bad' : 'mixed';
      edges.push({ from: id, to, labels, tone, best: route.steps.has(`${id}\u0000${to}`) });
    }
  }
  // Escalations and events ask for a beat out of turn: drawn as jumps from nowhere in particular.
  for (const r of scenario.rumours) {
    if (r.escalate && scenario.beats[r.escalate.goto])
      edges.push({ from: `rumour:${r.id}`, to: r.escalate.goto, labels: [{ kind: 'jump', conditional: false }], tone: 'neutral', best: false });
  }
  return { nodes, edges };
}
