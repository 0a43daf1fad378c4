// The beats as a graph: every beat has a way to respond, branch lists and endings are well
// formed, every beat can be reached from `start` and can reach `end`, and no loop traps the
// trainee.
//
// Reachability from `start` follows answers, free text, timeouts (on_timeout, or the first
// answer's next) and escalation / event jumps. Reaching `end` follows the beat's own answers, free
// text and timeout only: a jump fires once and may already have fired, so it is no way out.
import { ANSWER_KINDS } from '../answers/registry.ts';
import { buildBeatGraph, END, type BeatGraph } from './beatGraph.ts';
import { quoteList, type CheckContext } from './checkContext.ts';
import { END as END_WORD, type Scenario } from './schema.ts';
import { stronglyConnected, type Components } from './scc.ts';
import { forEachNext } from './walk.ts';

export interface GraphFacts {
  graph: BeatGraph;
  components: Components;
  /** 1 for beats that can be asked in some drill. */
  reachable: Uint8Array;
  /** 1 for beats from which some route reaches `end`. */
  reachesEnd: Uint8Array;
}

export function analyseGraph(scenario: Scenario): GraphFacts {
  const graph = buildBeatGraph(scenario);
  const n = graph.ids.length;
  const components = stronglyConnected(graph.successors);

  const reachable = new Uint8Array(n);
  const queue: number[] = [];
  const visit = (v: number) => {
    if (v >= 0 && !reachable[v]) {
      reachable[v] = 1;
      queue.push(v);
    }
  };
  if (graph.start >= 0) {
    visit(graph.start);
    for (const jump of graph.jumps) visit(jump.target);
  }
  for (let i = 0; i < queue.length; i++) for (const w of graph.successors[queue[i]!]!) visit(w);

  const predecessors: number[][] = Array.from({ length: n }, () => []);
  const reachesEnd = new Uint8Array(n);
  const back: number[] = [];
  graph.successors.forEach((next, v) => {
    for (const w of next) if (w >= 0) predecessors[w]!.push(v);
    if (next.includes(END) || graph.dangling[v]) {
      reachesEnd[v] = 1;
      back.push(v);
    }
  });
  for (let i = 0; i < back.length; i++) {
    for (const u of predecessors[back[i]!]!) {
      if (!reachesEnd[u]) {
        reachesEnd[u] = 1;
        back.push(u);
      }
    }
  }
  return { graph, components, reachable, reachesEnd };
}

function checkBeats(ctx: CheckContext): void {
  const s = ctx.scenario;
  for (const [id, beat] of Object.entries(s.beats)) {
    if (!ANSWER_KINDS.some((kind) => kind.offers(beat))) {
      ctx.say('no-answers', ['beats', id], { beat: id }, { anchor: 'key' });
    }
    if (beat.time_limit > s.duration) {
      ctx.say('time-limit-over-duration', ['beats', id, 'time_limit'], { beat: id, limit: beat.time_limit, duration: s.duration });
    }
  }
  forEachNext(s, ({ path, next }) => {
    if (typeof next === 'string') return;
    const last = next.length - 1;
    const open = next.findIndex((branch, i) => i < last && branch.if === undefined);
    if (open >= 0) {
      ctx.say('branch-without-if', [...path, open], { place: ctx.name([...path, open]) });
    }
    if (next[last]!.if !== undefined) {
      ctx.say('last-branch-has-if', [...path, last, 'if'], { place: ctx.name(path.slice(0, -1)) }, { anchor: 'key' });
    }
  });
  const endings = s.endings;
  const catchAll = endings.findIndex((ending) => ending.when === undefined);
  if (catchAll >= 0 && catchAll < endings.length - 1) {
    for (let i = catchAll + 1; i < endings.length; i++) {
      ctx.say('ending-never-shown', ['endings', i, 'id'], { ending: endings[i]!.id, first: endings[catchAll]!.id });
    }
  }
  const last = endings.length - 1;
  if (endings[last]!.when !== undefined) {
    ctx.say('last-ending-has-when', ['endings', last, 'when'], { ending: endings[last]!.id }, { anchor: 'key' });
  }
}

function checkRoutes(ctx: CheckContext, facts: GraphFacts): void {
  const { graph, components, reachable, reachesEnd } = facts;
  const beatPath = (v: number) => ['beats', graph.ids[v]!];
  // Loops with no way out at all: each is reported once, at its first beat.
  components.members.forEach((members, c) => {
    if (!components.cyclic[c] || members.some((v) => reachesEnd[v])) return;
    const closed = members.every((v) => graph.successors[v]!.every((w) => w >= 0 && components.of[w] === c));
    if (!closed) return;
    const sorted = [...members].sort((a, b) => a - b);
    const names = sorted.map((v) => graph.ids[v]!);
    if (names.length === 1) ctx.say('closed-loop', beatPath(sorted[0]!), { beat: names[0]! }, { variant: 'itself', anchor: 'key' });
    else ctx.say('closed-loop', beatPath(sorted[0]!), { beats: quoteList(names) }, { anchor: 'key' });
  });
  // A beat from which no route reaches end always leads into such a loop (a beat with no way to
  // respond counts as an end, reported as no-answers): the loop is the one thing to fix, so the
  // beats before it are not reported too.
  graph.ids.forEach((id, v) => {
    // A beat called "end" is already an error, and nothing can name it.
    if (!reachable[v] && graph.start >= 0 && id !== END_WORD) {
      ctx.say('unreachable-beat', beatPath(v), { beat: id, start: ctx.scenario.start }, { anchor: 'key' });
    }
  });
}

export function checkGraph(ctx: CheckContext, facts: GraphFacts): void {
  checkBeats(ctx);
  checkRoutes(ctx, facts);
}
