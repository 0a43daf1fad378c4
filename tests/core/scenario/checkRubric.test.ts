// Rubrics checked against themselves (src/core/scenario/checkRubric.ts), beyond the one fixture per
// code: which phrases serve which language, and each language of a model answer on its own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { phraseServes } from '../../../src/core/answers/typed/checkRubric.ts';
import { loadScenario } from '../../../src/core/scenario/load.ts';

const minimal = readFileSync(join(import.meta.dirname, '../../fixtures/scenarios/model-answer-misses-rubric.yaml'), 'utf8');

function codesFor(freeText: string, languages = '[en]'): string[] {
  const text = minimal
    .replace('languages: [en]', `languages: ${languages}`)
    .replace(/ {4}free_text:\n[\s\S]*?\n {6}next: end\n/, `    free_text:\n${freeText}      next: end\n`);
  return loadScenario(text, 'x.yaml').diagnostics.map((d) => `${d.code}: ${d.message}`);
}

describe('rubric checks', () => {
  it('tells the language a phrase serves by its marks; numbers and acronyms serve both', () => {
    expect(phraseServes('chưa xác nhận', 'vi')).toBe(true);
    expect(phraseServes('chưa xác nhận', 'en')).toBe(false);
    expect(phraseServes('not confirmed', 'en')).toBe(true);
    expect(phraseServes('not confirmed', 'vi')).toBe(false);
    for (const p of ['24/24', 'CDC', '48']) expect([phraseServes(p, 'vi'), phraseServes(p, 'en')]).toEqual([true, true]);
  });

  it('is quiet on a model answer that earns every positive line and no negative one', () => {
    const free = `      rubric:
        - { skill: composure, points: 2, any: [official channels] }
        - { skill: accuracy, points: -2, any: [probably] }
      model_answer: Please follow the official channels for updates.
`;
    expect(codesFor(free)).toEqual([]);
  });

  it('warns when the model answer runs past max_words, or reads as a list', () => {
    const long = `      max_words: 5
      rubric:
        - { skill: composure, points: 2, any: [official channels] }
      model_answer: Please follow the official channels for updates tonight.
`;
    expect(codesFor(long)).toEqual([expect.stringMatching(/^model-answer-misses-rubric: .*longer than max_words \(5\)/)]);
    const list = `      rubric:
        - { skill: composure, points: 2, any: [official channels] }
        - { skill: accuracy, points: 1, any: [roads are open] }
      model_answer: official channels, roads are open
`;
    expect(codesFor(list)).toEqual([
      expect.stringMatching(/^model-answer-misses-rubric: .*does not earn rubric lines 1, 2; it reads as a list of rubric phrases/),
    ]);
  });
});
