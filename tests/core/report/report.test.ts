import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/core/report/report.ts';
import { damScenario } from '../../fixtures/debrief/scenario.ts';
import { FINISHED_LOG, finishedView } from '../../fixtures/debrief/finishedView.ts';

describe('buildReport', () => {
  const checked = damScenario();
  const view = finishedView();
  const report = buildReport(checked, view, FINISHED_LOG);

  it('carries the score card and the ending of the drill', () => {
    expect(report.score).toEqual(view.score);
    expect(report.ending?.id).toBe('default');
    expect(report.elapsed).toBe(70);
    expect(report.title).toEqual(checked.scenario.title);
  });

  it('has one beat per asked question, in the order asked, with answer times', () => {
    expect(report.beats.map((b) => b.beatId)).toEqual(['q-open', 'q-missing', 'q-last']);
    expect(report.beats.map((b) => b.answerSeconds)).toEqual([25, 25, 20]);
    expect(report.beats[0]!.reporterName).toBe('Nguyễn Thị Lan');
    expect(report.beats[0]!.ask).toEqual(checked.scenario.beats['q-open']!.ask);
  });

  it('shows the chosen answer with its effects, its feedback and the rumour it rebutted', () => {
    const open = report.beats[0]!;
    expect(open.response).toMatchObject({ kind: 'choice', answerIndex: 1, effects: { accuracy: 2, 'rumour-rebuttal': 2 } });
    expect(open.feedback).toEqual(checked.scenario.beats['q-open']!.answers![1]!.feedback);
    expect(open.rebutted).toEqual(['collapse']);
    expect(open.net).toEqual({ accuracy: 2, 'rumour-rebuttal': 2 });
  });

  it('shows typed text with the rubric lines it matched and the phrases that matched', () => {
    const typed = report.beats[1]!;
    expect(typed.response.kind).toBe('text');
    if (typed.response.kind !== 'text') return;
    expect(typed.response.text).toContain('chưa xác nhận');
    expect(typed.response.matched).toEqual([
      { lineIndex: 0, skill: 'accuracy', points: 2, matched: ['chưa xác nhận'], feedback: checked.scenario.beats['q-missing']!.free_text!.rubric[0]!.feedback },
    ]);
    expect(typed.modelAnswer?.text).toEqual(checked.scenario.beats['q-missing']!.free_text!.model_answer);
    // The turn carries no feedback of its own: the author's free-text feedback stands in.
    expect(typed.feedback).toEqual(checked.scenario.beats['q-missing']!.free_text!.feedback);
  });

  it('explains a silence with the timeout feedback and its points', () => {
    const last = report.beats[2]!;
    expect(last.response).toEqual({ kind: 'timeout' });
    expect(last.feedback).toEqual(checked.scenario.beats['q-last']!.on_timeout!.feedback);
    expect(last.net).toEqual({ timeliness: -2 });
    expect(last.choseBest).toBe(false);
    expect(last.bestChoice?.answerIndex).toBe(0);
  });

  it('puts questions, feed events, pauses and each rumour with its scored moments on the timeline', () => {
    const t = report.timeline;
    expect(t.end).toBe(70);
    expect(t.questions.map((q) => [q.askedAt, q.answeredAt, q.outcome])).toEqual([
      [0, 25, 'choice'],
      [25, 50, 'text'],
      [50, 70, 'timeout'],
    ]);
    expect(t.events.map((e) => e.key)).toEqual(['event:rain']);
    expect(t.pauses).toEqual([{ from: 30, to: 30 }]);
    const rumour = t.rumours[0]!;
    expect(rumour.rebuttedAt).toBe(25);
    expect(rumour.moments.map((m) => m.source.kind === 'rumour' && m.source.measure)).toEqual(['speed', 'reach']);
    // 500 doubling every 20 s, rebutted 15 s after appearing.
    expect(rumour.reachAtRebuttal).toBe(Math.floor(500 * 2 ** (15 / 20)));
    expect(rumour.reachAtEnd).toBe(Math.floor(rumour.reachAtRebuttal! * 0.5 ** (45 / 20)));
  });

  it('refuses a drill of another scenario, and a turn on a beat the scenario lacks', () => {
    expect(() => buildReport(checked, { ...view, scenarioId: 'other' })).toThrow(/other/);
    const turns = [{ ...view.turns[0]!, beatId: 'q-gone' }];
    expect(() => buildReport(checked, { ...view, turns })).toThrow(/q-gone/);
  });

  it('is the same report for the same drill (pure)', () => {
    expect(buildReport(checked, finishedView(), FINISHED_LOG)).toEqual(report);
  });
});
