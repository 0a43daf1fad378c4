// A live drill's facilitator skips a question (engine/skip.ts): it follows silence's route, scores
// nothing, sets no flag, and its range leaves the bounds, so skipping neither rewards nor punishes.
import { describe, expect, it } from 'vitest';
import { beatRange } from '../../../src/core/engine/beatRange.ts';
import { buildRules } from '../../../src/core/engine/rules.ts';
import { silenceEffects } from '../../../src/core/engine/silence.ts';
import { boundsAfterSkips } from '../../../src/core/engine/skip.ts';
import { nextOnRoster, rotationDue, traineeCards } from '../../../src/core/live/hotSeat.ts';
import { buildReport } from '../../../src/core/report/report.ts';
import { DrillLogSchema } from '../../../src/core/session/logSchema.ts';
import { migrateSavedDrill } from '../../../src/core/session/migrations/index.ts';
import { replay } from '../../../src/core/session/replay.ts';
import { Session } from '../../../src/core/session/session.ts';
import type { TurnRecord } from '../../../src/core/session/types.ts';
import type { Beat } from '../../../src/core/scenario/schema.ts';
import { loadFixture } from '../../fixtures/engine/checked.ts';
import { loadScenarioFile, scenarioFiles } from '../../scenarios/scenarioFiles.ts';

const fixture = loadFixture('skip.yaml');
const bundledScenarios = () => scenarioFiles().flatMap((f) => loadScenarioFile(f).checked ?? []);
const PERFECT_TYPED = 'Power will be back tonight, and we will post an update on the city portal every hour.';

function percents(s: Session): Record<string, number> {
  return Object.fromEntries(s.view().score.skills.map((k) => [k.skill, k.percent]));
}

describe('skipping a question', () => {
  it('closes it with a skipped turn and no moments, sets no on_timeout flag, and goes where silence would', () => {
    const s = Session.create(fixture);
    s.start(0);
    s.skip(4);
    const v = s.view();
    expect(v.turns).toEqual([{ beatId: 'q1', askedAt: 0, answeredAt: 4, response: { kind: 'skipped' }, moments: [], note: { code: 'skipped' } }]);
    expect(v.moments).toEqual([]);
    expect(v.flags).toEqual([]);
    expect(v.beat).toMatchObject({ id: 'q2', askedAt: 4 });
    expect(v.score.skills.every((k) => k.raw === 0)).toBe(true);
    expect(s.log).toEqual([
      { type: 'start', at: 0 },
      { type: 'skip', at: 4 },
    ]);
    // The ending that needs on_timeout's flag is not reached: the question did not happen.
    s.choose(0, 40);
    s.answerText(PERFECT_TYPED, 10);
    s.choose(0, 12);
    expect(s.view().ending?.id).toBe('default');
  });

  it('differs from silence: silence costs points and sets the flag, a skip does neither', () => {
    const silent = Session.create(fixture);
    silent.start(0);
    silent.tick(25);
    const skipped = Session.create(fixture);
    skipped.start(0);
    skipped.skip(10);
    expect(silent.view().turns[0]!.response).toEqual({ kind: 'timeout' });
    expect(silent.view().flags).toEqual(['silent']);
    expect(silent.view().moments.length).toBeGreaterThan(0);
    expect(skipped.view().turns[0]!.response).toEqual({ kind: 'skipped' });
    expect(skipped.view().moments).toEqual([]);
    expect(skipped.view().beat?.id).toBe(silent.view().beat?.id);
    for (const s of [silent, skipped]) {
      s.answerText(PERFECT_TYPED, 30);
      s.choose(0, 35);
    }
    expect(skipped.view().score.overall).toBe(100);
    expect(silent.view().score.overall).toBeLessThan(100);
  });

  it('leaves a drill answered perfectly elsewhere at 100, whichever question is skipped', () => {
    const play = (skip: number) => {
      const s = Session.create(fixture);
      s.start(0);
      const steps = [() => s.choose(0, 5), () => s.answerText(PERFECT_TYPED, 10), () => s.choose(0, 15)];
      steps.forEach((step, i) => (i === skip ? s.skip(5 * (i + 1)) : step()));
      return s;
    };
    const full = play(-1);
    expect(full.view().score.overall).toBe(100);
    for (const skip of [0, 1, 2]) {
      const s = play(skip);
      expect(s.view().status).toBe('ended');
      expect(percents(s)).toEqual(percents(full));
      expect(s.view().score.overall).toBe(100);
    }
  });

  it('leaves a drill answered at its worst elsewhere at the bottom on the skills those answers decide', () => {
    const worst = (skip: boolean) => {
      const s = Session.create(fixture);
      s.start(0);
      if (skip) s.skip(5);
      else s.choose(1, 5);
      s.answerText('Maybe tomorrow, maybe never.', 10);
      s.choose(1, 15);
      return s;
    };
    // accuracy: −1 (q1's worst) −2 (q2's worst) = the scenario's lowest; skipped, −2 is the lowest left.
    const accuracy = (s: Session) => s.view().score.skills.find((k) => k.skill === 'accuracy')!;
    expect(accuracy(worst(false)).percent).toBe(0);
    expect(accuracy(worst(true))).toMatchObject({ raw: -2, min: -2, percent: 0 });
  });

  it('is not scored as silence when the conference ends after it', () => {
    const s = Session.create(fixture);
    s.start(0);
    s.skip(3);
    s.end(6);
    const v = s.view();
    expect(v.moments.some((m) => m.source.kind === 'timeout' && m.source.beatId === 'q1')).toBe(false);
    // q2 was open: it counts as silence, and so does q3, which silence would still have asked.
    expect(v.turns.map((t) => [t.beatId, t.response.kind])).toEqual([
      ['q1', 'skipped'],
      ['q2', 'ended'],
    ]);
    expect(new Set(v.moments.map((m) => m.source.kind === 'timeout' && m.source.beatId))).toEqual(new Set(['q2', 'q3']));
    const report = buildReport(fixture, v, s.log);
    expect(report.beats[0]!.response).toEqual({ kind: 'skipped' });
    expect(report.beats[0]!.note).toEqual({ code: 'skipped' });
    expect(report.notReached.map((b) => b.beatId)).toEqual(['q3']);
  });

  it('skips only the question it was meant for: one that timed out at that instant is not followed by skipping the next', () => {
    const s = Session.create(fixture);
    s.start(0);
    s.skip(20); // q1's deadline: it timed out first
    expect(s.view().turns.map((t) => t.response.kind)).toEqual(['timeout']);
    expect(s.view().beat).toMatchObject({ id: 'q2', askedAt: 20 });
    // Nothing open, or after the end: ignored and not logged.
    const ended = Session.create(fixture);
    ended.start(0);
    ended.end(1);
    const before = ended.log.length;
    ended.skip(2);
    expect(ended.log.length).toBe(before);
    const ready = Session.create(fixture);
    ready.skip(0);
    expect(ready.log).toEqual([]);
  });

  it('may be used while the drill is paused (the facilitator paused to decide)', () => {
    const s = Session.create(fixture);
    s.start(0);
    s.pause(3);
    s.skip(3);
    expect(s.view()).toMatchObject({ status: 'paused', beat: { id: 'q2', askedAt: 3 } });
  });

  it('replays, restores and validates: the same log gives the same drill', () => {
    const s = Session.create(fixture, { shuffleSeed: 7 });
    s.start(0);
    s.choose(0, 4);
    s.skip(9);
    expect(DrillLogSchema.safeParse(s.log).success).toBe(true);
    const saved = s.save();
    expect(() => migrateSavedDrill(JSON.parse(JSON.stringify(saved)))).not.toThrow();
    const restored = Session.restore(fixture, JSON.parse(JSON.stringify(saved)));
    expect(restored.view()).toEqual(s.view());
    for (const x of [s, restored]) x.choose(0, 14);
    const replayed = replay(fixture, s.log, { shuffleSeed: 7 });
    expect(replayed.view()).toEqual(s.view());
    expect(restored.view()).toEqual(s.view());
    expect(s.view().score.overall).toBe(100);
    // An older log (no skip entries) and a skip entry with a bad time.
    expect(DrillLogSchema.safeParse([{ type: 'start', at: 0 }]).success).toBe(true);
    expect(DrillLogSchema.safeParse([{ type: 'skip', at: -1 }]).success).toBe(false);
    expect(DrillLogSchema.safeParse([{ type: 'skip', at: 1, beat: 'q1' }]).success).toBe(false);
  });
});

describe('a beat range', () => {
  const rules = buildRules(fixture, {});
  it('runs from the lowest to the highest any response gives: answers, the rubric, silence', () => {
    expect(beatRange(rules.skills, fixture.scenario.beats.q1!)).toEqual({
      // silence: 1 below the worst answer on timeliness (0) and transparency (0)
      timeliness: { min: -1, max: 0 },
      transparency: { min: -1, max: 1 },
      accuracy: { min: -1, max: 2 },
      composure: { min: -2, max: 0 },
    });
    expect(beatRange(rules.skills, fixture.scenario.beats.q2!)).toEqual({
      timeliness: { min: -1, max: 0 },
      transparency: { min: -1, max: 1 },
      accuracy: { min: -2, max: 2 },
      composure: { min: 0, max: 0 },
    });
  });

  it('agrees with each response taken one by one, on every beat of every bundled scenario', () => {
    for (const checked of bundledScenarios()) {
      const skills = buildRules(checked, {}).skills;
      for (const beat of Object.values(checked.scenario.beats) as Beat[]) {
        const range = beatRange(skills, beat);
        for (const skill of skills) {
          const points: number[] = (beat.answers ?? []).map((a) => a.effects[skill] ?? 0);
          if (beat.free_text) {
            const lines = beat.free_text.rubric.filter((l) => l.skill === skill);
            points.push(lines.filter((l) => l.points < 0).reduce((a, l) => a + l.points, 0));
            points.push(lines.filter((l) => l.points > 0).reduce((a, l) => a + l.points, 0));
          }
          points.push(silenceEffects(beat)[skill] ?? 0);
          expect(range[skill], `${checked.scenario.id} ${skill}`).toEqual({ min: Math.min(...points), max: Math.max(...points) });
        }
      }
    }
  });
});

describe('the bounds of a drill with skipped questions', () => {
  it('never end inverted, however many questions are skipped', () => {
    for (const checked of bundledScenarios()) {
      const rules = buildRules(checked, {});
      const ids = Object.keys(checked.scenario.beats);
      const turns: TurnRecord[] = [];
      for (const beatId of [...ids, ...ids]) {
        turns.push({ beatId, askedAt: 0, answeredAt: 0, response: { kind: 'skipped' }, moments: [] });
        const bounds = boundsAfterSkips(rules, turns);
        for (const skill of rules.skills) expect(bounds[skill]!.max, `${checked.scenario.id} ${skill}`).toBeGreaterThanOrEqual(bounds[skill]!.min);
      }
    }
  });

  it('are the scenario bounds when nothing was skipped', () => {
    const rules = buildRules(fixture, {});
    expect(boundsAfterSkips(rules, [])).toBe(rules.bounds);
  });

  it('stay out of a live question: a perfect drill with a skip and a live item scored at the top is 100', () => {
    const s = Session.create(fixture);
    s.start(0);
    s.skip(2);
    s.annotate({
      type: 'live',
      at: 3,
      kind: 'question',
      ask: 'And the hospitals?',
      effects: { timeliness: 2, transparency: 2, accuracy: 2, composure: 2 },
      reason: 'clear',
    });
    s.answerText(PERFECT_TYPED, 8);
    s.choose(0, 12);
    expect(s.view().score.overall).toBe(100);
  });
});

describe('the hot seat and a skipped question', () => {
  it('credits it to no one and does not count it toward rotating the seat', () => {
    const rules = buildRules(fixture, {});
    const s = Session.create(fixture);
    s.start(0);
    s.annotate({ type: 'seat', at: 0, trainee: 'An' });
    s.skip(2);
    expect(rotationDue(1, s.log, s.view().turns)).toBe(false);
    s.answerText(PERFECT_TYPED, 6);
    expect(rotationDue(1, s.log, s.view().turns)).toBe(true);
    s.annotate({ type: 'seat', at: 7, trainee: nextOnRoster(['An', 'Bình'], 'An')! });
    s.choose(0, 9);
    const [an, binh] = traineeCards(fixture.scenario, rules, s.view(), s.log);
    expect(an!.turns.map((t) => t.beatId)).toEqual(['q2']);
    expect(binh!.turns.map((t) => t.beatId)).toEqual(['q3']);
    expect(an!.score.overall).toBe(100);
  });
});
