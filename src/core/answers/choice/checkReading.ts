// Choice questions that have to be read (issue 8): warnings about answers a trainee could score on
// without reading them.
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
// - critical-answer-rewarded: an answer marked critical gains points overall.
//
// Lengths are counted in characters of each language's text; questions with two answers are left
// out of the length checks (one of two is always the longer; give such questions a third answer).
import { weightedSum } from '../../report/bestAnswer.ts';
import type { CheckContext } from '../../scenario/checkContext.ts';
import type { GraphFacts } from '../../scenario/checkGraph.ts';
import { decimal, joinWords, LANGUAGE_NAMES, mapWords, verbatim, type Words } from '../../scenario/diagnostics.ts';
import { branchesOf, idsOf, type Beat, type Scenario, type Text } from '../../scenario/schema.ts';
import { forEachNext } from '../../scenario/walk.ts';

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

/** The checks above, in this order. */
export function checkReading(ctx: CheckContext, facts: GraphFacts): void {
  lengthChecks(ctx);
  oneSided(ctx, facts);
  criticalRewarded(ctx);
}
