// Critical errors (engine/critical.ts): a chosen answer marked `critical` caps the overall score at
// 50 however well the rest went, the score card names it (reason: critical_reason, else
// feedback), and an ending's total_at_least sees the capped score.
import { describe, expect, it } from 'vitest';
import { CRITICAL_CAP } from '../../../src/core/engine/critical.ts';
import { buildReport } from '../../../src/core/report/report.ts';
import type { CheckedScenario } from '../../../src/core/scenario/checked.ts';
import { Session } from '../../../src/core/session/session.ts';
import { loadFixture } from '../../fixtures/engine/checked.ts';

const flood = loadFixture('flood.yaml');

/** The fixture with q-open's best answer marked critical (a good answer made a disaster, for the test). */
function withCritical(reason = true): CheckedScenario {
  const scenario = structuredClone(flood.scenario);
  const answer = scenario.beats['q-open']!.answers![0]!;
  answer.critical = true;
  if (reason) answer.critical_reason = { vi: 'Tiết lộ thông tin mật.', en: 'Disclosed a confidential figure.' };
  scenario.endings.unshift({ id: 'great', when: { score: { total_at_least: 60 } }, text: 'Great' });
  return { ...flood, scenario };
}

function playBest(checked: CheckedScenario): Session {
  const s = Session.create(checked);
  s.start(0);
  s.choose(0, 5);
  s.answerText('Chưa xác nhận có người chết; chúng tôi đang xác minh thông tin.', 10);
  s.tick(700);
  return s;
}

describe('critical errors', () => {
  it('cap the overall score and are named on the score card', () => {
    const plain = playBest(flood).view().score;
    const capped = playBest(withCritical()).view().score;
    expect(plain.overall).toBeGreaterThan(CRITICAL_CAP);
    expect(plain.critical).toBeUndefined();
    expect(capped.overall).toBe(CRITICAL_CAP);
    expect(capped.uncapped).toBeCloseTo(plain.overall, 9);
    expect(capped.skills).toEqual(plain.skills);
    expect(capped.critical).toEqual([
      { beatId: 'q-open', answerIndex: 0, at: 5, reason: { vi: 'Tiết lộ thông tin mật.', en: 'Disclosed a confidential figure.' } },
    ]);
  });

  it("fall back to the answer's feedback for the reason", () => {
    const capped = playBest(withCritical(false)).view().score;
    expect(capped.critical![0]!.reason).toEqual(flood.scenario.beats['q-open']!.answers![0]!.feedback);
  });

  it("are seen capped by an ending's total_at_least", () => {
    const checked = withCritical();
    const noCritical = structuredClone(checked.scenario);
    delete noCritical.beats['q-open']!.answers![0]!.critical;
    expect(playBest({ ...checked, scenario: noCritical }).view().ending?.id).toBe('great');
    expect(playBest(checked).view().ending?.id).toBe('trusted');
  });

  it('leave a score already under the cap alone, without `uncapped`', () => {
    const s = Session.create(withCritical());
    s.start(0);
    s.choose(1, 5);
    s.end(6);
    const low = s.view().score.overall;
    expect(low).toBeLessThan(CRITICAL_CAP);
    const scenario = structuredClone(flood.scenario);
    scenario.beats['q-open']!.answers![1]!.critical = true;
    const c = Session.create({ ...flood, scenario });
    c.start(0);
    c.choose(1, 5);
    c.end(6);
    expect(c.view().score.overall).toBe(low);
    expect(c.view().score.critical).toHaveLength(1);
    expect(c.view().score.uncapped).toBeUndefined();
  });

  it('reach the report, which keeps the order the trainee saw', () => {
    const s = Session.create(withCritical(), { shuffleSeed: 11 });
    s.start(0);
    const shown = s.view().beat!.answers.map((a) => a.index);
    s.choose(0, 5);
    s.end(8);
    const report = buildReport(withCritical(), s.view(), s.log);
    expect(report.score.critical).toHaveLength(1);
    const first = report.beats[0]!;
    expect(first.shown).toEqual(shown);
    expect(first.response).toMatchObject({ kind: 'choice', answerIndex: 0, position: shown.indexOf(0) });
    // Ended at 0:08 with q-missing open: nothing was left unasked after it on silence's route.
    expect(report.beats[1]!.response.kind).toBe('ended');
  });
});
