// Each labelled typed answer lands in its band on the bundled scenarios (labelledSet.ts); the
// summary per category is printed for the closing note.
import { describe, expect, it } from 'vitest';
import { matchRubric } from '../../../src/core/engine/rubric.ts';
import { labelledAnswers, land, summaryTable } from './labelledSet.ts';

describe('the labelled typed answers', () => {
  const answers = labelledAnswers();

  it('are at least 60, over every category', () => {
    expect(answers.length).toBeGreaterThanOrEqual(60);
    expect(new Set(answers.map((a) => a.category))).toEqual(
      new Set(['good', 'paraphrase', 'no-diacritics', 'keyword-list', 'negated', 'opposite', 'off-topic']),
    );
  });

  const landings = land(matchRubric, answers);
  it.each(landings.map((l, i) => [i + 1, l.category, l.beat, l] as const))('#%i %s on %s lands in its band', (_, __, ___, l) => {
    expect({ share: Math.round(l.share * 100) / 100, net: l.net, max: l.max, inBand: l.inBand }, `${l.band}: "${l.text}"`).toMatchObject({ inBand: true });
  });

  it('prints the summary per category', () => {
    console.log(`Labelled typed answers (share of the beat's typed points):\n${summaryTable(landings)}`);
    expect(landings.filter((l) => l.inBand).length).toBe(landings.length);
  });
});
