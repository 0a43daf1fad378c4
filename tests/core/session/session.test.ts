import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/core/session/session.ts';
import type { SessionView } from '../../../src/core/session/types.ts';
import { loadFixture } from '../../fixtures/engine/checked.ts';

const flood = loadFixture('flood.yaml');

describe('Session', () => {
  it('is ready before start, with every view field filled', () => {
    const s = Session.create(flood);
    const v = s.view();
    expect(v).toEqual({
      scenarioId: 'flood-dam-rumour',
      status: 'ready',
      now: 0,
      duration: 600,
      beat: null,
      rumours: [
        expect.objectContaining({ id: 'dam-collapse', state: 'dormant', reach: 0, appearedAt: null, rebuttedAt: null, injected: false, author: '@tinnong24h' }),
      ],
      feed: [],
      turns: [],
      lastTurn: null,
      flags: [],
      visited: [],
      moments: [],
      score: expect.objectContaining({ overall: expect.any(Number) }),
      ending: null,
    });
    expect(v.score.skills.map((sk) => sk.skill)).toEqual(flood.scenario.skills);
  });

  it('asks the start beat with its texts as Text maps, answers 0-based', () => {
    const s = Session.create(flood);
    s.start(0);
    const beat = s.view().beat!;
    expect(beat).toEqual({
      id: 'q-open',
      reporterId: 'lan',
      ask: flood.scenario.beats['q-open']!.ask,
      askedAt: 0,
      deadline: 45,
      answers: flood.scenario.beats['q-open']!.answers!.map((a, index) => ({ index, text: a.text })),
      freeText: null,
    });
    s.choose(0, 8);
    expect(s.view().lastTurn).toMatchObject({ beatId: 'q-open', askedAt: 0, answeredAt: 8, response: { kind: 'choice', answerIndex: 0 } });
    expect(s.view().beat).toMatchObject({ id: 'q-missing', freeText: { maxWords: 60 }, answers: [] });
  });

  it('records each scored moment with its reason and the author feedback', () => {
    const s = Session.create(flood);
    s.start(0);
    s.choose(0, 30); // rebuts dam-collapse 10 s after it appeared
    const moments = s.view().moments;
    expect(moments.filter((m) => m.source.kind === 'answer').map((m) => [m.skill, m.points])).toEqual([
      ['accuracy', 2],
      ['rumour-rebuttal', 3],
      ['key-messages', 1],
    ]);
    expect(moments[0]!.feedback).toEqual(flood.scenario.beats['q-open']!.answers![0]!.feedback);
    expect(moments.filter((m) => m.source.kind === 'rumour').map((m) => [m.skill, m.points, m.source])).toEqual([
      ['timeliness', 2, { kind: 'rumour', rumourId: 'dam-collapse', measure: 'speed' }],
      ['rumour-rebuttal', 2, { kind: 'rumour', rumourId: 'dam-collapse', measure: 'reach' }],
    ]);
    const accuracy = s.view().score.skills.find((k) => k.skill === 'accuracy')!;
    expect(accuracy.raw).toBe(2);
  });

  it('a rebuttal before the rumour appears pre-empts it and earns both rumour maxima', () => {
    const s = Session.create(flood);
    s.start(0);
    s.choose(0, 5);
    const rumour = s.view().moments.filter((m) => m.source.kind === 'rumour');
    expect(rumour.map((m) => [m.skill, m.points])).toEqual([
      ['timeliness', 2],
      ['rumour-rebuttal', 2],
    ]);
    // The engine says it as a code; the interface words it (locales/*/engine.json).
    expect(rumour[0]!.note).toEqual({ code: 'rumour-pre-empted' });
    expect(rumour[0]!.feedback).toBeUndefined();
  });

  it('scores a typed answer by rubric line with the matched phrases', () => {
    const s = Session.create(flood);
    s.start(0);
    s.choose(0, 5);
    s.answerText('Chúng tôi CHUA XAC NHAN, đang xác minh', 20);
    const turn = s.view().lastTurn!;
    expect(turn.response).toEqual({ kind: 'text', text: 'Chúng tôi CHUA XAC NHAN, đang xác minh', matchedLines: [0], overLimit: false });
    expect(turn.moments).toEqual([
      { at: 20, skill: 'accuracy', points: 2, source: { kind: 'rubric', beatId: 'q-missing', lineIndex: 0, matched: ['chưa xác nhận', 'đang xác minh'] } },
    ]);
    expect(s.view().ending).toMatchObject({ id: 'trusted', reason: 'end' });
  });

  it('ignores events that make no sense, without throwing', () => {
    const s = Session.create(flood);
    s.choose(0, 1);
    s.answerText('x', 1);
    s.tick(5);
    expect(s.view().status).toBe('ready');
    s.start(0);
    s.start(3);
    s.choose(7, 1);
    s.choose(-1, 1);
    s.choose(0.5, 1);
    s.answerText('typed on a choice-only beat', 2);
    expect(s.view().turns).toHaveLength(0);
    s.choose(0, 4);
    s.choose(1, 5); // q-missing has no answers to pick
    s.answerText('   ', 5);
    expect(s.view().turns).toHaveLength(1);
    s.tick(Number.NaN);
    s.tick(-4);
    expect(s.view().status).toBe('running');
    s.resume(6);
    expect(s.view().status).toBe('running');
  });

  it('never moves time backwards', () => {
    const s = Session.create(flood);
    s.start(0);
    s.tick(30);
    s.tick(10);
    expect(s.view().now).toBe(30);
    s.choose(0, 12);
    expect(s.view().lastTurn?.answeredAt).toBe(30);
  });

  it('gives a new view object after each change, the same one otherwise', () => {
    const s = Session.create(flood);
    s.start(0);
    const a = s.view();
    expect(s.view()).toBe(a);
    s.tick(1);
    const b = s.view();
    expect(b).not.toBe(a);
    expect(a.now).toBe(0);
  });

  it('tells subscribers about each change until they unsubscribe', () => {
    const s = Session.create(flood);
    const seen: SessionView[] = [];
    const off = s.subscribe((v) => seen.push(v));
    s.start(0);
    s.tick(2);
    s.tick(2);
    off();
    s.tick(3);
    expect(seen.map((v) => v.now)).toEqual([0, 2]);
  });

  it('keeps a log of every call, merging consecutive ticks', () => {
    const s = Session.create(flood);
    s.start(0);
    for (let t = 1; t <= 10; t++) s.tick(t);
    s.choose(1, 12);
    s.tick(13);
    s.tick(14);
    s.inject({ rumour: 'dam-collapse' }, 15);
    s.pause(16);
    s.tick(17);
    s.resume(16);
    s.answerText('chưa xác nhận', 18);
    s.end(19);
    s.end(20);
    expect(s.log).toEqual([
      { type: 'start', at: 0 },
      { type: 'tick', at: 10 },
      { type: 'choose', at: 12, answerIndex: 1 },
      { type: 'tick', at: 14 },
      { type: 'inject', at: 15, what: { rumour: 'dam-collapse' } },
      { type: 'pause', at: 16 },
      { type: 'resume', at: 16 },
      { type: 'type', at: 18, text: 'chưa xác nhận' },
      { type: 'end', at: 19 },
    ]);
  });

  it('saves in the documented shape', () => {
    const s = Session.create(flood, { answerTimeFactor: 2 });
    s.start(0);
    s.tick(12);
    const saved = s.save();
    expect(saved).toMatchObject({ format: 1, scenarioId: 'flood-dam-rumour', options: { answerTimeFactor: 2 }, now: 12, log: s.log });
    expect(saved.snapshot).toMatchObject({ value: { running: { 'q-open': 'asking' } } });
    expect(JSON.parse(JSON.stringify(saved))).toEqual(saved);
  });
});
