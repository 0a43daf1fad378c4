import { describe, expect, it } from 'vitest';
import { savedDrillAt, savedDrillReplayed, startSessionAt, StartStateError } from '../../../src/core/session/startAt.ts';
import { Session } from '../../../src/core/session/session.ts';
import { loadFixture } from '../../fixtures/engine/checked.ts';

const flood = loadFixture('flood.yaml');

describe('startSessionAt (a drill that starts at a chosen beat, for the studio preview)', () => {
  it('asks the chosen beat at the chosen second, with the flags set and nothing scored yet', () => {
    const s = startSessionAt(flood, { beat: 'q-missing', at: 100, flags: ['evasive'], rumours: {} });
    const v = s.view();
    expect(v.status).toBe('running');
    expect(v.beat).toMatchObject({ id: 'q-missing', askedAt: 100, deadline: 140 });
    expect(v.now).toBe(100);
    expect(v.flags).toEqual(['evasive']);
    expect(v.moments).toEqual([]);
    expect(v.visited).toEqual(['q-missing']);
    // The rumour due at 0:20 has appeared at its own time.
    expect(v.rumours[0]).toMatchObject({ id: 'dam-collapse', appearedAt: 20, rebuttedAt: null });
  });

  it('routes by the chosen flags: with "evasive" the typed answer leads to q-dam, without it the drill ends', () => {
    const withFlag = startSessionAt(flood, { beat: 'q-missing', at: 100, flags: ['evasive'], rumours: {} });
    withFlag.answerText('Chúng tôi đang xác minh, chưa xác nhận thông tin này.', 110);
    expect(withFlag.view().beat?.id).toBe('q-dam');
    const without = startSessionAt(flood, { beat: 'q-missing', at: 100, flags: [], rumours: {} });
    without.answerText('Chúng tôi đang xác minh, chưa xác nhận thông tin này.', 110);
    expect(without.view().status).toBe('ended');
    expect(
      without
        .view()
        .moments.filter((m) => m.source.kind === 'rubric')
        .map((m) => m.points),
    ).toEqual([2]);
  });

  it('a rumour chosen "rebutted" is rebutted at the clock and no longer spreads; one chosen "spreading" appears even before its time', () => {
    const rebutted = startSessionAt(flood, { beat: 'q-dam', at: 60, flags: [], rumours: { 'dam-collapse': 'rebutted' } }).view();
    expect(rebutted.rumours[0]).toMatchObject({ appearedAt: 20, rebuttedAt: 60 });
    expect(rebutted.moments).toEqual([]);
    const early = startSessionAt(flood, { beat: 'q-open', at: 5, flags: [], rumours: { 'dam-collapse': 'spreading' } }).view();
    expect(early.rumours[0]).toMatchObject({ appearedAt: 5, rebuttedAt: null });
    expect(early.feed.map((f) => f.key)).toEqual(['rumour:dam-collapse']);
    // Not chosen and not yet due: it stays off the feed until 0:20.
    const later = startSessionAt(flood, { beat: 'q-open', at: 5, flags: [], rumours: {} });
    expect(later.view().feed).toEqual([]);
    later.tick(21);
    expect(later.view().feed.map((f) => f.key)).toEqual(['rumour:dam-collapse']);
  });

  it('what was due before the clock has happened: the event is on the feed, the passed escalation does not ask its beat again', () => {
    const s = startSessionAt(flood, { beat: 'q-open', at: 300, flags: [], rumours: {} });
    expect(
      s
        .view()
        .feed.map((f) => f.key)
        .sort(),
    ).toEqual(['event:0', 'rumour:dam-collapse'].sort());
    s.choose(1, 305);
    // "No comment" goes to q-missing; without the passed escalation's detour to q-dam.
    expect(s.view().beat?.id).toBe('q-missing');
  });

  it('keeps running like any drill: silence past the deadline times out and goes on', () => {
    const s = startSessionAt(flood, { beat: 'q-open', at: 30, flags: [], rumours: {} });
    s.tick(80);
    expect(s.view().turns[0]).toMatchObject({ beatId: 'q-open', response: { kind: 'timeout' } });
    expect(s.view().beat?.id).toBe('q-missing');
  });

  it('is a saved drill like any other: Session.restore takes it, and it survives save and restore', () => {
    const saved = savedDrillAt(flood, { beat: 'q-dam', at: 120, flags: [], rumours: {} }, { answerTimeFactor: null });
    const s = Session.restore(flood, JSON.parse(JSON.stringify(saved)));
    expect(s.view().beat).toMatchObject({ id: 'q-dam', deadline: null });
    const again = Session.restore(flood, s.save());
    again.choose(0, 130);
    expect(again.view().status).toBe('ended');
  });

  it('refuses a beat, a clock or a rumour that the scenario does not have, in words an author can act on', () => {
    expect(() => savedDrillAt(flood, { beat: 'q-nope', at: 0, flags: [], rumours: {} })).toThrow(StartStateError);
    expect(() => savedDrillAt(flood, { beat: 'q-open', at: 600, flags: [], rumours: {} })).toThrow(/between 0 and 600/);
    expect(() => savedDrillAt(flood, { beat: 'q-open', at: 0, flags: [], rumours: { nope: 'spreading' } })).toThrow(/no rumour "nope"/);
  });

  it("replays the author's answers after an edit up to the last one given, and goes where the edited scenario now leads", () => {
    const start = { beat: 'q-open', at: 0, flags: [], rumours: {} };
    const first = startSessionAt(flood, start);
    first.choose(1, 10);
    first.tick(30);
    // "No comment" (answer 2) leads to q-missing; the author edits it to lead to q-dam.
    const edited = structuredClone(flood);
    edited.scenario.beats['q-open']!.answers![1]!.next = 'q-dam';
    const saved = savedDrillReplayed(edited, start, first.log);
    const s = Session.restore(edited, saved);
    expect(s.view().turns.map((t) => t.beatId)).toEqual(['q-open']);
    expect(s.view().beat).toMatchObject({ id: 'q-dam', askedAt: 10 });
    expect(s.view().flags).toEqual(['evasive']);
    // The tick after the last answer is not replayed: the author is back where the answer left them.
    expect(saved.now).toBe(10);
  });
});
