import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replay } from '../../../src/core/session/replay.ts';
import { Session } from '../../../src/core/session/session.ts';
import { createReplayCursor } from '../../../src/ui/debrief/replayCursor.ts';
import { damScenario } from '../../fixtures/debrief/scenario.ts';

const checked = damScenario();

function playedDrill(): Session {
  const s = Session.create(checked, { answerTimeFactor: 1.5 });
  s.start(0);
  s.tick(8);
  s.pause(11);
  s.resume(11);
  s.tick(20);
  s.choose(1, 24);
  s.answerText('Chưa xác nhận, đang xác minh', 51.5);
  s.tick(90);
  return s;
}

describe('replay cursor', () => {
  const original = playedDrill();
  const log = original.log;

  it('ends where the drill ended, with the same scores, moments and ending', () => {
    const cursor = createReplayCursor(checked, log, { answerTimeFactor: 1.5 });
    expect(cursor.end).toBe(original.view().now);
    const last = cursor.seek(cursor.end);
    expect(last.score).toEqual(original.view().score);
    expect(last.moments).toEqual(original.view().moments);
    expect(last.ending).toEqual(original.view().ending);
  });

  it('shows at any second exactly what replaying the log up to that second shows, whatever the path there', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 95, noNaN: true }), { minLength: 1, maxLength: 12 }), (times) => {
        const cursor = createReplayCursor(checked, log, { answerTimeFactor: 1.5 });
        for (const t of times) {
          const view = cursor.seek(t);
          const direct = replay(checked, log, { answerTimeFactor: 1.5 }, Math.min(t, cursor.end)).view();
          expect(view).toEqual(direct);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('asks the same question at the same second going forward step by step or jumping back', () => {
    const cursor = createReplayCursor(checked, log, { answerTimeFactor: 1.5 });
    const forward = [0, 10, 30, 60].map((t) => cursor.seek(t).beat?.id ?? null);
    const back = [60, 30, 10, 0].map((t) => cursor.seek(t).beat?.id ?? null).reverse();
    expect(back).toEqual(forward);
    expect(forward).toEqual(['q-open', 'q-open', 'q-missing', 'q-last']);
  });
});
