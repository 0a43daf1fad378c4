// Trainees who do not read must not do well (issue 8): the naive players of bench/naivePlayers.ts
// on every bundled scenario, against the figures to reach (TARGETS). `npm run bench:naive` prints
// the whole table.
import { describe, expect, it } from 'vitest';
import { bundledScenarios, keywordList, missedTargets, naiveFigures, playDrill, playDrillView, strategies, TARGETS } from '../../bench/naivePlayers.ts';
import { checkedFrom } from '../fixtures/engine/checked.ts';

const TWO_BEATS = `
format: 1
id: naive
languages: [vi, en]
title: { vi: T, en: T }
summary: { vi: S, en: S }
duration: 300
skills: [accuracy, timeliness]
briefing: { situation: { vi: x, en: x } }
reporters: [{ id: r, name: R, outlet: { vi: O, en: O }, stance: neutral, kind: domestic }]
start: q1
beats:
  q1:
    reporter: r
    ask: { vi: "?", en: "?" }
    time_limit: 30
    answers:
      - { text: { vi: "ngắn", en: "a much longer English answer" }, effects: { accuracy: -2 }, next: q2 }
      - { text: { vi: "một câu trả lời tiếng Việt rất dài", en: "short" }, effects: { accuracy: 2 }, next: q2 }
  q2:
    reporter: r
    ask: { vi: "?", en: "?" }
    time_limit: 30
    free_text:
      rubric:
        - { skill: accuracy, points: 2, any: ["đã xác minh", "verified"] }
        - { skill: accuracy, points: -2, any: ["tin đồn"] }
      next: end
endings: [{ id: done, text: { vi: x, en: x } }]
`;

describe('naive players (the harness)', () => {
  const checked = checkedFrom(TWO_BEATS);

  it('pick by length in the language they read, and type the rewarded phrases as a bare list', () => {
    const beat = checked.scenario.beats.q2!;
    expect(keywordList(beat)).toBe('đã xác minh, verified');
    const vi = playDrill(checked, strategies.longest('vi', true));
    const en = playDrill(checked, strategies.longest('en', true));
    // The Vietnamese reader picks the good answer, the English reader the bad one.
    expect(vi).toBeGreaterThan(en);
  });

  it('silence answers nothing; a conference the facilitator ends at 0:13 scores as silence throughout', () => {
    const silent = playDrillView(checked, strategies.silence);
    const early = playDrillView(checked, strategies.silence, {}, 13);
    expect(silent.turns.map((t) => t.response.kind)).toEqual(['timeout', 'timeout']);
    expect(early.turns.map((t) => t.response.kind)).toEqual(['ended']);
    expect(early.now).toBe(13);
    expect(early.ending?.reason).toBe('facilitator');
    expect(silent.score.overall).toBeLessThan(playDrill(checked, strategies.first));
    expect(early.score.overall).toBeCloseTo(silent.score.overall, 9);
  });

  it('the random player is reproducible from its seed', () => {
    expect(playDrill(checked, strategies.random(7), { shuffleSeed: 3 })).toBe(playDrill(checked, strategies.random(7), { shuffleSeed: 3 }));
  });
});

describe('naive players on the bundled scenarios', () => {
  for (const { file, checked, plans } of bundledScenarios()) {
    it(`${file}: longest ≤ ${TARGETS.longest}, random ≤ ${TARGETS.random}, silence ≤ ${TARGETS.silence}, best 100, poor ≤ ${TARGETS.poor}`, () => {
      expect(checked, `${file} does not load`).not.toBeNull();
      // 200 random drills (each unshuffled and shuffled), 10 shuffle seeds for the others.
      const figures = naiveFigures(checked!, plans, 200, 10);
      expect(missedTargets(figures)).toEqual([]);
    });
  }
});
