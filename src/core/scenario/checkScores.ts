// Scores a trainee could not earn by answering well, and silence that says less than the game does.
//
// - full-marks-unreachable: taking the best response at every beat (the best answer, or a typed
//   answer earning every positive rubric line: each answer kind's best, from the beat graph), no
//   route reaches some skill's highest total: full marks on it need a worse answer somewhere.
// - silence-milder-than-answers: an on_timeout writes a value on timeliness or transparency that
//   is no worse than the beat's worst answer; the engine scores silence lower (engine/silence.ts),
//   and the file should say what the game does. (Not written: the engine's rule is the default.)
//
// The checks of each answer kind's own questions are the kind's (core/answers/checks.ts).
import { silenceLowered, SILENCE_SKILLS } from '../engine/silence.ts';
import { skillWeight } from '../report/bestAnswer.ts';
import { END, type BeatGraph, type Response } from './beatGraph.ts';
import type { SkillBounds } from './checked.ts';
import type { CheckContext } from './checkContext.ts';
import { joinWords } from './diagnostics.ts';
import type { GraphFacts } from './checkGraph.ts';
import type { Scenario } from './schema.ts';
import { stronglyConnected } from './scc.ts';
import { scoreBounds } from './scoreBounds.ts';
import type { SkillId } from '../skills.ts';

function silenceMilder(ctx: CheckContext): void {
  const s = ctx.scenario;
  for (const [id, beat] of Object.entries(s.beats)) {
    if (!beat.on_timeout) continue;
    for (const skill of SILENCE_SKILLS) {
      if (!s.skills.includes(skill) || beat.on_timeout.effects[skill] === undefined) continue;
      const lowered = silenceLowered(beat, skill);
      if (!lowered) continue;
      ctx.say('silence-milder-than-answers', ['beats', id, 'on_timeout', 'effects', skill], {
        beat: id,
        skill,
        authored: lowered.authored,
        worst: lowered.scored + 1,
        scored: lowered.scored,
      });
    }
  }
}

// ---- full marks -------------------------------------------------------------------------------

function responseValue(scenario: Scenario, skills: readonly SkillId[], r: Response): number {
  return skills.reduce((sum, skill, s) => sum + r.high[s]! * skillWeight(scenario, skill), 0);
}

/** The beat graph with only each beat's best responses (silence is never one where there is another). */
function bestOnly(scenario: Scenario, graph: BeatGraph): BeatGraph {
  const responses = graph.responses.map((list) => {
    const spoken = list.filter((r) => r.kind !== 'timeout');
    const pool = spoken.length > 0 ? spoken : list;
    const top = Math.max(...pool.map((r) => responseValue(scenario, graph.skills, r)));
    return pool.filter((r) => responseValue(scenario, graph.skills, r) === top);
  });
  const successors = responses.map((list) => [...new Set(list.flatMap((r) => r.targets))]);
  return { ...graph, responses, successors };
}

function reachesEnd(graph: BeatGraph): boolean {
  const seen = new Uint8Array(graph.ids.length);
  const stack = graph.start >= 0 ? [graph.start] : [];
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (seen[v]) continue;
    seen[v] = 1;
    for (const w of graph.successors[v]!) {
      if (w === END) return true;
      if (w >= 0) stack.push(w);
    }
  }
  return false;
}

function fullMarks(ctx: CheckContext, facts: GraphFacts, bounds: Partial<Record<SkillId, SkillBounds>>): void {
  const s = ctx.scenario;
  const best = bestOnly(s, facts.graph);
  if (!reachesEnd(best)) return;
  const rebuttable = new Set<string>();
  best.responses.forEach((list) => list.forEach((r) => r.rebuts.forEach((id) => rebuttable.add(id))));
  const reached = scoreBounds(s, best, stronglyConnected(best.successors), rebuttable).bounds;
  const short = best.skills.filter((skill) => (reached[skill]?.max ?? 0) < (bounds[skill]?.max ?? 0));
  if (short.length === 0) return;
  const gaps = joinWords(
    short.map((skill) => ({
      en: `${skill} (${reached[skill]!.max} of ${bounds[skill]!.max} points)`,
      vi: `${skill} (${reached[skill]!.max} trên ${bounds[skill]!.max} điểm)`,
    })),
    ', ',
  );
  ctx.say('full-marks-unreachable', ['start'], { gaps });
}

/** `loopPoints`: some loop gives points each time round, so the highest totals are estimates
 *  (loop-repeats-points says so) and full marks are not judged. */
export function checkScores(ctx: CheckContext, facts: GraphFacts, bounds: Partial<Record<SkillId, SkillBounds>>, loopPoints: boolean): void {
  silenceMilder(ctx);
  if (!loopPoints) fullMarks(ctx, facts, bounds);
}
