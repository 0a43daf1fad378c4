// The beats as a graph: every beat has a way to respond, branch lists and endings are well
// formed, every beat can be reached from `start` and can reach `end`, and no loop traps the
// trainee.
//
// Reachability from `start` follows answers, free text, timeouts (on_timeout, or the first
// answer's next) and escalation / event jumps. Reaching `end` follows the beat's own answers, free
// text and timeout only: a jump fires once and may already have fired, so it is no way out.
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
    if (!beat.answers && !beat.free_text) {
      ctx.report(
        'no-answers',
        ['beats', id],
        `beat "${id}" has neither "answers" nor "free_text", so the trainee has no way to respond: add 2 to 5 answers, a free_text, or both`,
        { anchor: 'key' },
      );
    }
    if (beat.time_limit > s.duration) {
      ctx.report(
        'time-limit-over-duration',
        ['beats', id, 'time_limit'],
        `beat "${id}" allows ${beat.time_limit} seconds to answer, longer than the whole conference (duration ${s.duration}): shorten the time limit or lengthen the duration`,
      );
    }
  }
  forEachNext(s, ({ path, next }) => {
    if (typeof next === 'string') return;
    const last = next.length - 1;
    const open = next.findIndex((branch, i) => i < last && branch.if === undefined);
    if (open >= 0) {
      ctx.report(
        'branch-without-if',
        [...path, open],
        `${ctx.name([...path, open])} has no "if", so the branches after it can never be taken: give it an "if" or make it the last branch`,
      );
    }
    if (next[last]!.if !== undefined) {
      ctx.report(
        'last-branch-has-if',
        [...path, last, 'if'],
        `the last branch of the "next" of ${ctx.name(path.slice(0, -1))} has an "if": when no condition holds, the drill would not know where to go. Remove this "if" or add a last branch without one`,
        { anchor: 'key' },
      );
    }
  });
  const endings = s.endings;
  const catchAll = endings.findIndex((ending) => ending.when === undefined);
  if (catchAll >= 0 && catchAll < endings.length - 1) {
    for (let i = catchAll + 1; i < endings.length; i++) {
      ctx.report(
        'ending-never-shown',
        ['endings', i, 'id'],
        `ending "${endings[i]!.id}" can never be shown: ending "${endings[catchAll]!.id}" before it has no "when" and is always chosen first`,
      );
    }
  }
  const last = endings.length - 1;
  if (endings[last]!.when !== undefined) {
    ctx.report(
      'last-ending-has-when',
      ['endings', last, 'when'],
      `the last ending ("${endings[last]!.id}") has a "when": when no condition holds the drill would have no ending. Remove this "when" or add a last ending without one`,
      { anchor: 'key' },
    );
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
    const what = names.length === 1 ? `beat "${names[0]}" leads only back to itself` : `beats ${quoteList(names)} form a loop`;
    ctx.report(
      'closed-loop',
      beatPath(sorted[0]!),
      `${what} with no way out: every answer and the timeout lead back into it, so only the clock can end the conference. Send one answer or the timeout elsewhere (or to end)`,
      { anchor: 'key' },
    );
  });
  // A beat from which no route reaches end always leads into such a loop (a beat with no way to
  // respond counts as an end, reported as no-answers): the loop is the one thing to fix, so the
  // beats before it are not reported too.
  graph.ids.forEach((id, v) => {
    // A beat called "end" is already an error, and nothing can name it.
    if (!reachable[v] && graph.start >= 0 && id !== END_WORD) {
      ctx.report(
        'unreachable-beat',
        beatPath(v),
        `beat "${id}" can never be asked: no answer, timeout, escalation or event leads to it from the start ("${ctx.scenario.start}")`,
        { anchor: 'key' },
      );
    }
  });
}

export function checkGraph(ctx: CheckContext, facts: GraphFacts): void {
  checkBeats(ctx);
  checkRoutes(ctx, facts);
}
