// The choice-question warnings beyond their one fixture each (diagnostics.test.ts): lengths in
// every language, ties, unscored questions, two-answer questions, and full marks through typed
// answers.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadScenario } from '../../../src/core/scenario/load.ts';

type Answer = { text: string | Record<string, string>; effects?: Record<string, number>; next?: string; critical?: boolean; rebuts?: string };

function scenario(beats: Record<string, { answers?: Answer[]; free_text?: unknown; on_timeout?: unknown }>, extra: Record<string, unknown> = {}) {
  const ids = Object.keys(beats);
  const value = {
    format: 1,
    id: 'choices',
    languages: ['vi', 'en'],
    title: { vi: 'T', en: 'T' },
    summary: { vi: 'S', en: 'S' },
    duration: 600,
    skills: ['accuracy', 'composure', 'timeliness', 'transparency'],
    briefing: { situation: { vi: 'x', en: 'x' } },
    reporters: [{ id: 'r', name: 'R', outlet: { vi: 'O', en: 'O' }, stance: 'neutral', kind: 'domestic' }],
    start: ids[0],
    beats: Object.fromEntries(
      ids.map((id, i) => [
        id,
        {
          reporter: 'r',
          ask: { vi: '?', en: '?' },
          time_limit: 30,
          ...beats[id],
          ...(beats[id]!.answers ? { answers: beats[id]!.answers!.map((a) => ({ effects: {}, next: ids[i + 1] ?? 'end', ...a })) } : {}),
        },
      ]),
    ),
    endings: [{ id: 'done', text: { vi: 'x', en: 'x' } }],
    ...extra,
  };
  return loadScenario(stringify(value), 'choices.yaml').diagnostics.map((d) => `${d.code}: ${d.message}`);
}

const t = (vi: string, en: string) => ({ vi, en });

describe('choice-question warnings', () => {
  it('measure lengths in each language on its own', () => {
    // The best answer is the longest in Vietnamese only, and much longer there.
    const found = scenario({
      q: {
        answers: [
          { text: t('Đập đã được kiểm tra sáng nay và an toàn tuyệt đối', 'The dam is safe'), effects: { accuracy: 2 } },
          { text: t('Chưa rõ', 'We cannot say anything at this time'), effects: { accuracy: -1 } },
          { text: t('Miễn bình luận', 'No comment on that matter today'), effects: { transparency: -2 } },
        ],
      },
    });
    expect(found.filter((d) => d.startsWith('best-answer-much-longer'))).toEqual([expect.stringContaining('Vietnamese: ')]);
    expect(found.filter((d) => d.startsWith('best-answer-longest'))).toEqual([expect.stringContaining('(Vietnamese: 1 of 1)')]);
  });

  it('leave questions with two answers out of the length checks', () => {
    const found = scenario({
      q: {
        answers: [
          { text: t('Một câu trả lời rất dài và đầy đủ', 'A very long and complete answer'), effects: { accuracy: 2 } },
          { text: t('Không', 'No'), effects: { accuracy: -1 } },
        ],
      },
    });
    expect(found.filter((d) => d.startsWith('best-answer'))).toEqual([]);
  });

  it('warn on all-good and all-bad questions, not on a question that scores nothing', () => {
    const found = scenario({
      good: {
        answers: [
          { text: t('a', 'a'), effects: { accuracy: 1 } },
          { text: t('b', 'b'), effects: { composure: 1 } },
        ],
      },
      bad: { answers: [{ text: t('a', 'a'), effects: { accuracy: -1 } }, { text: t('b', 'b') }] },
      none: { answers: [{ text: t('a', 'a') }, { text: t('b', 'b') }] },
    });
    expect(found.filter((d) => d.startsWith('one-sided'))).toEqual([
      expect.stringContaining('every answer of beat "good"'),
      expect.stringContaining('no answer of beat "bad"'),
    ]);
  });

  it('count a rebuttal as a gain, and let a beat met only after things went wrong limit damage', () => {
    const rumours = [
      {
        id: 'ru',
        text: { vi: 'x', en: 'x' },
        author: 'a',
        appears_at: 0,
        reach: { start: 10, doubling: 10, peak: 1000 },
        escalate: { at_reach: 500, goto: 'esc' },
      },
    ];
    const found = scenario(
      {
        q: {
          answers: [
            { text: t('a', 'a'), effects: { accuracy: 1 }, next: 'z' },
            { text: t('b', 'b'), effects: { accuracy: -1 }, next: [{ if: { flag: 'never' }, goto: 'worse' }, { goto: 'z' }] as never },
          ],
        },
        // Reached only through a branch with an if: its best answer gives nothing.
        worse: {
          answers: [
            { text: t('a', 'a'), next: 'z' },
            { text: t('b', 'b'), effects: { composure: -2 }, next: 'z' },
          ],
        },
        // Reached only by the escalation: damage control, nothing to gain.
        esc: {
          answers: [
            { text: t('a', 'a'), next: 'z' },
            { text: t('b', 'b'), effects: { composure: -2 }, next: 'z' },
          ],
        },
        z: {
          answers: [
            { text: t('a', 'a'), effects: { composure: 1 }, next: 'r' },
            { text: t('b', 'b'), effects: { composure: -1 }, next: 'r' },
          ],
        },
        // Met on every route: its good answer gives no effects but rebuts the rumour (its points).
        r: {
          answers: [
            { text: t('a', 'a'), rebuts: 'ru', next: 'end' },
            { text: t('b', 'b'), effects: { composure: -1 }, next: 'end' },
          ],
        },
      },
      { rumours },
    );
    expect(found.filter((d) => d.startsWith('one-sided'))).toEqual([]);
    // The same all-bad beat reached plainly is reported.
    const plain = scenario({
      q: {
        answers: [
          { text: t('a', 'a'), effects: { accuracy: 1 }, next: 'worse' },
          { text: t('b', 'b'), effects: { accuracy: -1 }, next: 'worse' },
        ],
      },
      worse: {
        answers: [
          { text: t('a', 'a'), next: 'end' },
          { text: t('b', 'b'), effects: { composure: -2 }, next: 'end' },
        ],
      },
    });
    expect(plain.filter((d) => d.startsWith('one-sided'))).toEqual([expect.stringContaining('no answer of beat "worse"')]);
  });

  it('count a typed answer that earns every positive rubric line as the best response for full marks', () => {
    const typed = { rubric: [{ skill: 'accuracy', points: 3, any: ['đã xác minh', 'verified'] }], next: 'end' };
    const clean = scenario({
      q: {
        answers: [
          { text: t('a', 'a'), effects: { accuracy: 1 } },
          { text: t('b', 'b'), effects: { accuracy: -1 } },
        ],
      },
      w: { free_text: typed },
    });
    expect(clean.filter((d) => d.startsWith('full-marks'))).toEqual([]);
  });

  it('find full marks only after a mistake, and stay quiet when the best route earns them', () => {
    const late = scenario({
      q: {
        answers: [
          { text: t('a', 'a'), effects: { accuracy: 2 }, next: 'z' },
          { text: t('b', 'b'), effects: { composure: -1 }, next: 'late' },
        ],
      },
      late: {
        answers: [
          { text: t('a', 'a'), effects: { composure: 3 }, next: 'z' },
          { text: t('b', 'b'), effects: { composure: -1 }, next: 'z' },
        ],
      },
      z: {
        answers: [
          { text: t('a', 'a'), effects: { composure: 1 }, next: 'end' },
          { text: t('b', 'b'), effects: { composure: -1 }, next: 'end' },
        ],
      },
    });
    expect(late.filter((d) => d.startsWith('full-marks'))).toEqual([expect.stringContaining('composure (1 of 3 points)')]);
  });

  it("warn on a written timeout value the engine lowers, not on one left to the engine's rule", () => {
    const answers: Answer[] = [
      { text: t('a', 'a'), effects: { accuracy: 1 } },
      { text: t('b', 'b'), effects: { transparency: -2 } },
    ];
    const written = scenario({ q: { answers, on_timeout: { effects: { transparency: -2 }, next: 'end' } } });
    expect(written.filter((d) => d.startsWith('silence-milder'))).toEqual([expect.stringContaining('counts -3')]);
    const left = scenario({ q: { answers, on_timeout: { effects: { composure: -1 }, next: 'end' } } });
    expect(left.filter((d) => d.startsWith('silence-milder'))).toEqual([]);
  });
});
