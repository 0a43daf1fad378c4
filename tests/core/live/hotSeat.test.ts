import { describe, expect, it } from 'vitest';
import { beatRange } from '../../../src/core/engine/beatRange.ts';
import { classCard, nextOnRoster, rotationDue, seatedAt, seatedNow, seatsOf, traineeCards } from '../../../src/core/live/hotSeat.ts';
import { buildRules } from '../../../src/core/engine/rules.ts';
import { Session } from '../../../src/core/session/session.ts';
import { loadFixture } from '../../fixtures/engine/checked.ts';

const flood = loadFixture('flood.yaml');
const rules = buildRules(flood, {});

describe('hot seat', () => {
  it('knows who sat when, and rotates round the roster', () => {
    const log = [
      { type: 'seat' as const, at: 0, trainee: 'An' },
      { type: 'seat' as const, at: 30, trainee: 'Bình' },
    ];
    const seats = seatsOf(log);
    expect(seatedAt(seats, 10)).toBe('An');
    expect(seatedAt(seats, 30)).toBe('Bình');
    expect(seatedNow(log)).toBe('Bình');
    expect(nextOnRoster(['An', 'Bình', 'Chi'], 'Chi')).toBe('An');
    expect(nextOnRoster(['An', 'Bình', 'Chi'], null)).toBe('An');
    expect(nextOnRoster([], 'An')).toBeNull();
  });

  it('credits each answer to who gave it, with a card per trainee built from their own questions', () => {
    const s = Session.create(flood);
    s.start(0);
    s.annotate({ type: 'seat', at: 0, trainee: 'An' });
    expect(rotationDue(1, s.log, s.view().turns)).toBe(false);
    s.choose(0, 5);
    expect(rotationDue(1, s.log, s.view().turns)).toBe(true);
    expect(rotationDue(2, s.log, s.view().turns)).toBe(false);
    s.annotate({ type: 'seat', at: 6, trainee: 'Bình' });
    expect(rotationDue(1, s.log, s.view().turns)).toBe(false);
    s.annotate({ type: 'live', at: 8, kind: 'question', ask: 'Follow-up', effects: { accuracy: 2 }, reason: 'precise' });
    const cards = traineeCards(flood.scenario, rules, s.view(), s.log);
    expect(cards.map((c) => c.trainee)).toEqual(['An', 'Bình']);
    const [an, binh] = cards as [(typeof cards)[0], (typeof cards)[0]];
    expect(an.turns.map((t) => t.beatId)).toEqual(['q-open']);
    expect(an.liveCount).toBe(0);
    expect(binh.turns).toEqual([]);
    expect(binh.liveCount).toBe(1);
    // Bình's only question was a live one scored +2 on accuracy: full marks there.
    expect(binh.score.skills.find((k) => k.skill === 'accuracy')!.percent).toBe(100);
    // An's card: the first answer's points, placed within what q-open allowed.
    const range = beatRange(rules.skills, flood.scenario.beats['q-open']!);
    for (const k of an.score.skills) {
      expect(k.min).toBeLessThanOrEqual(range[k.skill]!.min);
      expect(k.max).toBeGreaterThanOrEqual(range[k.skill]!.max);
      expect(k.percent).toBeGreaterThanOrEqual(0);
      expect(k.percent).toBeLessThanOrEqual(100);
    }
  });

  it("the class's figure is the cards' rule over every answered question: an early end does not pull it below the trainees'", () => {
    // One trainee answers the first question well, then the facilitator ends the conference: the
    // drill's own card scores the open question and the route not reached as silence.
    const s = Session.create(flood);
    s.start(0);
    s.annotate({ type: 'seat', at: 0, trainee: 'An' });
    s.choose(0, 5);
    s.end(8);
    const view = s.view();
    const [an] = traineeCards(flood.scenario, rules, view, s.log);
    const cls = classCard(flood.scenario, rules, view, s.log)!;
    expect(cls.questions).toBe(1);
    // With one trainee the class's figure is that trainee's card, skill by skill.
    expect(cls.score).toEqual(an!.score);
    // The whole conference's figure (questions not reached, as silence) is lower: the two are not the same thing.
    expect(view.score.overall).toBeLessThan(cls.score.overall);
  });

  it("the class's figure pools the trainees' questions and live items", () => {
    const s = Session.create(flood);
    s.start(0);
    s.annotate({ type: 'seat', at: 0, trainee: 'An' });
    s.choose(0, 5);
    s.annotate({ type: 'seat', at: 6, trainee: 'Bình' });
    s.annotate({ type: 'live', at: 8, kind: 'question', ask: 'Follow-up', effects: { accuracy: -2 }, reason: 'guessed' });
    const view = s.view();
    const cards = traineeCards(flood.scenario, rules, view, s.log);
    const cls = classCard(flood.scenario, rules, view, s.log)!;
    expect(cls.questions).toBe(2);
    for (const k of cls.score.skills) {
      const mine = cards.map((c) => c.score.skills.find((x) => x.skill === k.skill)!);
      // Points and ranges add up over the trainees, so each skill lies between the trainees' own.
      expect(k.raw).toBe(mine.reduce((n, x) => n + x.raw, 0));
      expect(k.percent).toBeGreaterThanOrEqual(Math.min(...mine.map((x) => x.percent)) - 1e-9);
      expect(k.percent).toBeLessThanOrEqual(Math.max(...mine.map((x) => x.percent)) + 1e-9);
    }
    // No hot seat: no class figure.
    const plain = Session.create(flood);
    plain.start(0);
    plain.choose(0, 5);
    expect(classCard(flood.scenario, rules, plain.view(), plain.log)).toBeNull();
  });

  it('no seat entries: no cards', () => {
    const s = Session.create(flood);
    s.start(0);
    s.choose(0, 5);
    expect(traineeCards(flood.scenario, rules, s.view(), s.log)).toEqual([]);
  });
});

describe('the report of a live drill', () => {
  it('lists the live items with who answered, the notes and the seats; nothing for a drill without them', async () => {
    const { buildReport } = await import('../../../src/core/report/report.ts');
    const s = Session.create(flood);
    s.start(0);
    s.annotate({ type: 'seat', at: 0, trainee: 'An' });
    s.annotate({ type: 'live', at: 3, kind: 'breaking', ask: 'Dam gates opened?', effects: { accuracy: -2 }, reason: 'guessed' });
    s.annotate({ type: 'note', at: 4, text: 'check the figures first' });
    const report = buildReport(flood, s.view(), s.log);
    expect(report.live).toEqual({
      items: [{ at: 3, kind: 'breaking', ask: 'Dam gates opened?', reason: 'guessed', points: { accuracy: -2 }, trainee: 'An' }],
      notes: [{ at: 4, text: 'check the figures first' }],
      seats: [{ trainee: 'An', from: 0 }],
    });
    const plain = Session.create(flood);
    plain.start(0);
    expect('live' in buildReport(flood, plain.view(), plain.log)).toBe(false);
  });
});
