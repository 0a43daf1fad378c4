// Rubrics checked against themselves: the model answer is the standard a trainee's typed answer is
// held to, so it must earn every positive line of its own rubric and none of the negative ones, in
// each language it is written in, scored exactly as the game scores a trainee (engine/rubric.ts).
// And a trainee may answer in any of the scenario's languages, so every line needs a phrase in each.
import { matchRubric, type RubricResult } from '../../engine/rubric.ts';
import { hasVietnameseMarks } from '../../text/fold.ts';
import type { CheckContext } from '../../scenario/checkContext.ts';
import { joinWords, LANGUAGE_NAMES, verbatim, type Words } from '../../scenario/diagnostics.ts';
import type { Path } from '../../scenario/positions.ts';
import type { FreeText, RubricLine } from '../../scenario/schema.ts';

/**
 * Whether a phrase can be met by an answer in `language`. Only Vietnamese and English are told
 * apart: a phrase with Vietnamese marks is Vietnamese, one without is English, and one with no
 * lower-case letter (a number, "24/24", an acronym such as "CDC") serves every language.
 */
export function phraseServes(phrase: string, language: string): boolean {
  if (!/\p{Ll}/u.test(phrase)) return true;
  const vietnamese = hasVietnameseMarks(phrase);
  return language === 'vi' ? vietnamese : language === 'en' ? !vietnamese : true;
}

const phrasesOf = (line: RubricLine) => ('any' in line ? line.any : line.all);

function checkLanguages(ctx: CheckContext, free: FreeText, path: Path): void {
  const languages = ctx.scenario.languages.filter((l) => l in LANGUAGE_NAMES);
  free.rubric.forEach((line, i) => {
    const phrases = phrasesOf(line);
    for (const language of languages) {
      if (phrases.some((p) => phraseServes(p, language))) continue;
      const key = 'any' in line ? 'any' : 'all';
      const values = { place: ctx.name([...path, 'rubric', i]), language: LANGUAGE_NAMES[language]! };
      ctx.say('rubric-line-missing-language', [...path, 'rubric', i, key], values, { variant: line.points >= 0 ? 'earn' : 'lose' });
    }
  });
}

function shortfalls(free: FreeText, result: RubricResult): Words[] {
  const held = new Set(result.lines.map((l) => l.lineIndex));
  const problems: Words[] = [];
  if (result.overLimit) {
    problems.push({
      en: `it is longer than max_words (${free.max_words}), so its last words are not read`,
      vi: `nó dài hơn max_words (${free.max_words}), nên những từ cuối không được đọc`,
    });
  }
  const missed = free.rubric.flatMap((l, i) => (l.points > 0 && !held.has(i) ? [i + 1] : []));
  if (missed.length > 0) {
    problems.push({
      en: `it does not earn rubric ${missed.length === 1 ? 'line' : 'lines'} ${missed.join(', ')}`,
      vi: `nó không đạt tiêu chí chấm ${missed.join(', ')}`,
    });
  }
  const hit = result.lines.filter((l) => l.line.points < 0).map((l) => `${l.lineIndex + 1} ("${l.matched.join('", "')}")`);
  if (hit.length > 0) {
    problems.push({
      en: `it loses points on rubric ${hit.length === 1 ? 'line' : 'lines'} ${hit.join(', ')}`,
      vi: `nó bị trừ điểm ở tiêu chí chấm ${hit.join(', ')}`,
    });
  }
  if (result.stuffing !== null) {
    problems.push({
      en: 'it reads as a list of rubric phrases rather than sentences',
      vi: 'nó đọc như một danh sách các cụm từ của thang chấm chứ không phải những câu văn',
    });
  }
  return problems;
}

function checkModelAnswer(ctx: CheckContext, beatId: string, free: FreeText, path: Path): void {
  const model = free.model_answer;
  if (model === undefined) return;
  const versions: [string | null, string][] = typeof model === 'string' ? [[null, model]] : Object.entries(model);
  for (const [language, text] of versions) {
    const problems = shortfalls(free, matchRubric(text, free.rubric, free.max_words));
    if (problems.length === 0) continue;
    const at: Path = language === null ? [...path, 'model_answer'] : [...path, 'model_answer', language];
    const name = language === null ? null : (LANGUAGE_NAMES[language] ?? verbatim(`"${language}"`));
    const which =
      name === null ? { en: 'the model answer', vi: 'câu trả lời mẫu' } : { en: `the ${name.en} model answer`, vi: `câu trả lời mẫu bằng ${name.vi}` };
    ctx.say('model-answer-misses-rubric', at, { which, beat: beatId, problems: joinWords(problems, '; ') });
  }
}

export function checkRubrics(ctx: CheckContext): void {
  for (const [id, beat] of Object.entries(ctx.scenario.beats)) {
    const free = beat.free_text;
    if (free === undefined) continue;
    const path: Path = ['beats', id, 'free_text'];
    checkLanguages(ctx, free, path);
    checkModelAnswer(ctx, id, free, path);
  }
}
