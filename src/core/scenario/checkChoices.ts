// Choice questions that have to be read (issue 8): warnings about answers a trainee could score on
// without reading them, and about scores a trainee could not earn by answering well.
//
// - best-answer-longest: the best answer (highest sum of effects × weights) is also the longest
//   in more than 40 % of the questions with three or more answers, in some language.
// - best-answer-much-longer: on one question, the best answer is more than 1.3 × the median
//   length of the others, in some language.
// - one-sided-answers: every answer of a question gains, or none does. An answer gains when its
//   effects are net positive or it rebuts a rumour (which earns the rumour's points). A question
//   where no answer moves any point is left alone (it is not scored at all), and so is a question
//   with no gaining answer that a trainee meets only after things went wrong: an escalation or
//   event beat, or one reached only through a branch with an `if` (its best answer limits damage;
//   points there would put 100 out of reach for a trainee who never gets there).
// - full-marks-unreachable: taking the best response at every beat (the best answer, or a typed
//   answer earning every positive rubric line), no route reaches some skill's highest total: full
//   marks on it need a worse answer somewhere.
// - silence-milder-than-answers: an on_timeout writes a value on timeliness or transparency that
//   is no worse than the beat's worst answer; the engine scores silence lower (engine/silence.ts),
//   and the file should say what the game does. (Not written: the engine's rule is the default.)
// - critical-answer-rewarded: an answer marked critical gains points overall.
//
// Lengths are counted in characters of each language's text; questions with two answers are left
// out of the length checks (one of two is always the longer; give such questions a third answer).
import { silenceLowered, SILENCE_SKILLS } from '../engine/silence.ts';
import { skillWeight, weightedSum } from '../report/bestAnswer.ts';
import { END, type BeatGraph, type Response } from './beatGraph.ts';
import type { SkillBounds } from './checked.ts';
import type { CheckContext } from './checkContext.ts';
import { decimal, joinWords, LANGUAGE_NAMES, mapWords, verbatim, type Words } from './diagnostics.ts';
import type { GraphFacts } from './checkGraph.ts';
import { branchesOf, idsOf, type Beat, type Scenario, type Text } from './schema.ts';
import { forEachNext } from './walk.ts';
import { stronglyConnected } from './scc.ts';
import { scoreBounds } from './scoreBounds.ts';
import type { SkillId } from '../skills.ts';

/** Share of questions whose best answer is the longest, above which a length tell is reported. */
const LONGEST_SHARE = 0.4;
/** The best answer longer than this × the median of the others is a tell on its own. */
const LENGTH_MARGIN = 1.3;
/** Questions with fewer answers are left out of the length checks. */
const LENGTH_MIN_ANSWERS = 3;

const languageName = (code: string): Words => LANGUAGE_NAMES[code] ?? verbatim(`"${code}"`);

function textIn(text: Text, language: string): string {
  return typeof text === 'string' ? text : (text[language] ?? '');
}

const lengthOf = (text: Text, language: string) => [...textIn(text, language).trim()].length;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Indexes of the answers with the highest weighted sum (all of them on a tie). */
function bestAnswers(scenario: Scenario, beat: Beat): number[] {
  const sums = (beat.answers ?? []).map((a) => weightedSum(scenario, a.effects));
  const top = Math.max(...sums);
  return sums.flatMap((s, i) => (s === top ? [i] : []));
}

function lengthChecks(ctx: CheckContext): void {
  const s = ctx.scenario;
  const questions = Object.entries(s.beats).filter(([, beat]) => (beat.answers?.length ?? 0) >= LENGTH_MIN_ANSWERS);
  if (questions.length === 0) return;
  const longestCount = new Map<string, number>(s.languages.map((l) => [l, 0]));
  let firstLongest: { id: string; index: number } | null = null;
  for (const [id, beat] of questions) {
    const answers = beat.answers!;
    const best = bestAnswers(s, beat);
    const wide: Words[] = [];
    for (const language of s.languages) {
      const lengths = answers.map((a) => lengthOf(a.text, language));
      const longest = Math.max(...lengths);
      const bestLongest = best.find((i) => lengths[i] === longest);
      if (bestLongest !== undefined) {
        longestCount.set(language, longestCount.get(language)! + 1);
        firstLongest ??= { id, index: bestLongest };
      }
      const b = best[0]!;
      const others = lengths.filter((_, i) => i !== b);
      const m = median(others);
      if (m > 0 && lengths[b]! > LENGTH_MARGIN * m) {
        const name = languageName(language);
        wide.push({
          en: `${name.en}: ${lengths[b]} characters against a median of ${m} for the others`,
          vi: `${name.vi}: ${lengths[b]} ký tự, so với trung vị ${decimal(m).vi} của các câu còn lại`,
        });
      }
    }
    if (wide.length > 0) {
      ctx.say('best-answer-much-longer', ['beats', id, 'answers', best[0]!, 'text'], {
        beat: id,
        lengths: joinWords(wide, '; '),
        margin: decimal(LENGTH_MARGIN),
      });
    }
  }
  const over = s.languages.filter((l) => longestCount.get(l)! / questions.length > LONGEST_SHARE);
  if (over.length > 0 && firstLongest) {
    const shares = joinWords(
      over.map((l) => mapWords(languageName(l), (name, lang) => `${name}: ${longestCount.get(l)} ${lang === 'vi' ? 'trên' : 'of'} ${questions.length}`)),
      ', ',
    );
    ctx.say('best-answer-longest', ['beats', firstLongest.id, 'answers', firstLongest.index, 'text'], {
      share: Math.round(LONGEST_SHARE * 100),
      min: LENGTH_MIN_ANSWERS,
      shares,
    });
  }
}

/** Beats every way into which is an escalation, an event, or a branch with an `if`. */
function consequenceBeats(s: Scenario): Set<string> {
  const plain = new Set<string>();
  forEachNext(s, ({ next, gotos }) => {
    const branches = branchesOf(next);
    gotos.forEach((g, i) => {
      if (branches[i]?.if === undefined) plain.add(g.goto);
    });
  });
  // Silence without on_timeout follows the first answer's next: already counted above.
  plain.add(s.start);
  return new Set(Object.keys(s.beats).filter((id) => !plain.has(id)));
}

function oneSided(ctx: CheckContext, facts: GraphFacts): void {
  const s = ctx.scenario;
  const consequences = consequenceBeats(s);
  for (const [id, beat] of Object.entries(s.beats)) {
    const answers = beat.answers ?? [];
    if (answers.length < 2 || !facts.reachable[facts.graph.index.get(id)!]) continue;
    const sums = answers.map((a) => weightedSum(s, a.effects));
    if (sums.every((x) => x === 0) && !answers.some((a) => a.rebuts !== undefined)) continue;
    const gains = answers.map((a, i) => sums[i]! > 0 || idsOf(a.rebuts).length > 0);
    if (gains.every(Boolean)) {
      ctx.say('one-sided-answers', ['beats', id, 'answers'], { beat: id }, { variant: 'all-gain', anchor: 'key' });
    } else if (!gains.some(Boolean) && !consequences.has(id)) {
      ctx.say('one-sided-answers', ['beats', id, 'answers'], { beat: id }, { variant: 'none-gain', anchor: 'key' });
    }
  }
}

function criticalRewarded(ctx: CheckContext): void {
  const s = ctx.scenario;
  for (const [id, beat] of Object.entries(s.beats)) {
    beat.answers?.forEach((answer, i) => {
      if (!answer.critical) return;
      const sum = weightedSum(s, answer.effects);
      if (sum > 0) {
        ctx.say('critical-answer-rewarded', ['beats', id, 'answers', i, 'critical'], { answer: i + 1, beat: id, sum });
      }
    });
  }
}

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
export function checkChoices(ctx: CheckContext, facts: GraphFacts, bounds: Partial<Record<SkillId, SkillBounds>>, loopPoints: boolean): void {
  lengthChecks(ctx);
  oneSided(ctx, facts);
  criticalRewarded(ctx);
  silenceMilder(ctx);
  if (!loopPoints) fullMarks(ctx, facts, bounds);
}
