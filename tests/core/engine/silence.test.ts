// Silence is a failure (engine/silence.ts): it costs more than the worst answer on timeliness and
// transparency, follows one rule for where it leads, and a conference ended early scores the
// questions it left unanswered as silence.
import { describe, expect, it } from 'vitest';
import { silenceEffects, silenceLowered, silenceNext, worstResponse } from '../../../src/core/engine/silence.ts';
import type { Beat } from '../../../src/core/scenario/schema.ts';
import { Session } from '../../../src/core/session/session.ts';
import { loadFixture } from '../../fixtures/engine/checked.ts';

const beat = (extra: Partial<Beat>): Beat => ({ reporter: 'r', ask: 'q', time_limit: 30, ...extra }) as Beat;
const answer = (effects: Record<string, number>, next = 'end') => ({ text: 'a', effects, next });

describe('the silence rule', () => {
  it('costs 1 below the worst answer on timeliness and transparency, whatever on_timeout says', () => {
    const b = beat({ answers: [answer({ transparency: -3, timeliness: 1 }), answer({ timeliness: -2, accuracy: -4 })] });
    expect(worstResponse(b, 'transparency')).toBe(-3);
    expect(silenceEffects(b)).toEqual({ timeliness: -3, transparency: -4 });
    const authored = beat({ ...b, on_timeout: { effects: { timeliness: 0, composure: -2, transparency: -9 }, next: 'end' } });
    // Harsher authored values stand; milder ones are lowered; other skills are the author's.
    expect(silenceEffects(authored)).toEqual({ timeliness: -3, composure: -2, transparency: -9 });
    expect(silenceLowered(authored, 'timeliness')).toEqual({ authored: 0, scored: -3 });
    expect(silenceLowered(authored, 'transparency')).toBeNull();
  });

  it('counts the most a typed answer can lose as its worst response', () => {
    const b = beat({
      free_text: {
        rubric: [
          { skill: 'transparency', points: -2, any: ['x'] },
          { skill: 'transparency', points: -1, any: ['y'] },
        ],
        next: 'end',
      },
    });
    expect(silenceEffects(b)).toEqual({ timeliness: -1, transparency: -4 });
  });

  it("leads to on_timeout's next, else the first answer's, else the free text's", () => {
    expect(silenceNext(beat({ answers: [answer({}, 'b'), answer({}, 'c')] }))).toBe('b');
    expect(silenceNext(beat({ answers: [answer({}, 'b')], on_timeout: { effects: {}, next: 'd' } }))).toBe('d');
    expect(silenceNext(beat({ free_text: { rubric: [{ skill: 'accuracy', points: 1, any: ['x'] }], next: 'e' } }))).toBe('e');
  });
});

describe('a conference ended early', () => {
  const timing = loadFixture('timing.yaml');

  it('scores the open question and the ones silence would still have led to, and nothing else happens', () => {
    const s = Session.create(timing);
    s.start(0);
    s.end(5);
    const v = s.view();
    const silent = v.moments.filter((m) => m.source.kind === 'timeout');
    // q1 open; silence leads q1 → q2 → q3 → q4 (q3's branch to q-poison needs the flag sloppy).
    expect(silent.map((m) => [m.source.kind === 'timeout' && m.source.beatId, m.source.kind === 'timeout' && m.source.ended, m.skill, m.points])).toEqual([
      ['q1', 'open', 'timeliness', -1],
      ['q2', 'unasked', 'composure', -2],
      ['q2', 'unasked', 'timeliness', -1],
      ['q3', 'unasked', 'timeliness', -1],
      ['q4', 'unasked', 'timeliness', -1],
    ]);
    expect(silent.every((m) => m.at === 5)).toBe(true);
    // The open question's turn carries its own silence; no flag of q2's on_timeout was set.
    expect(v.turns).toEqual([expect.objectContaining({ beatId: 'q1', response: { kind: 'ended' }, moments: [silent[0]] })]);
    expect(v.flags).toEqual([]);
    expect(v.visited).toEqual(['q1']);
    expect(v.score.skills.find((k) => k.skill === 'timeliness')!.raw).toBe(-4);
  });

  it('scores no better than sitting through the whole conference in silence', () => {
    const early = Session.create(timing);
    early.start(0);
    early.end(13);
    const silent = Session.create(timing);
    silent.start(0);
    silent.tick(400);
    expect(early.view().score.overall).toBeLessThanOrEqual(silent.view().score.overall + 1e-9);
  });

  it('stops following silence at a beat already met (a loop)', () => {
    const looped = loadFixture('timing.yaml');
    const scenario = structuredClone(looped.scenario);
    scenario.beats.q4!.answers![0]!.next = 'q1';
    const s = Session.create({ ...looped, scenario });
    s.start(0);
    s.end(5);
    expect(
      s
        .view()
        .moments.filter((m) => m.source.kind === 'timeout')
        .map((m) => m.source.kind === 'timeout' && m.source.beatId),
    ).toEqual(['q1', 'q2', 'q2', 'q3', 'q4']);
  });
});
