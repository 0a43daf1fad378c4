// Shuffled answers: a pure function of (seed, beat, count), a permutation, not the authored order
// for every seed, and the engine keeps scoring the authored answer whatever position it was shown at.
import { describe, expect, it } from 'vitest';
import { answerOrder, isShuffleSeed, MAX_SHUFFLE_SEED, randomShuffleSeed } from '../../../src/core/engine/shuffle.ts';
import { replay } from '../../../src/core/session/replay.ts';
import { Session } from '../../../src/core/session/session.ts';
import { loadFixture } from '../../fixtures/engine/checked.ts';

const flood = loadFixture('flood.yaml');

describe('answerOrder', () => {
  it('keeps the authored order without a seed', () => {
    expect(answerOrder(undefined, 'q', 4)).toEqual([0, 1, 2, 3]);
  });

  it('is a permutation that depends on the seed and the beat, and the same every time', () => {
    const orders = new Set<string>();
    for (let seed = 0; seed < 200; seed++) {
      const order = answerOrder(seed, 'q-open', 4);
      expect([...order].sort()).toEqual([0, 1, 2, 3]);
      expect(answerOrder(seed, 'q-open', 4)).toEqual(order);
      orders.add(order.join(''));
    }
    // 24 permutations of four answers: 200 seeds meet nearly all of them.
    expect(orders.size).toBeGreaterThan(20);
    const beats = new Set(['a', 'b', 'c', 'd', 'e', 'f'].map((beat) => answerOrder(1, beat, 4).join('')));
    expect(beats.size).toBeGreaterThan(1);
  });

  it('puts each answer first about as often as the others', () => {
    const first = [0, 0, 0, 0];
    for (let seed = 0; seed < 4000; seed++) first[answerOrder(seed, 'q', 4)[0]!]!++;
    for (const n of first) expect(n).toBeGreaterThan(800);
  });

  it('draws seeds in range', () => {
    expect(isShuffleSeed(randomShuffleSeed(() => 0))).toBe(true);
    expect(randomShuffleSeed(() => 0.9999999999)).toBeLessThanOrEqual(MAX_SHUFFLE_SEED);
    expect(isShuffleSeed(-1)).toBe(false);
    expect(isShuffleSeed(1.5)).toBe(false);
  });
});

describe('a shuffled drill', () => {
  const seed = [...Array(100).keys()].find((s) => answerOrder(s, 'q-open', flood.scenario.beats['q-open']!.answers!.length)[0] !== 0)!;

  it("shows the answers in the seed's order, each with its authored index, and scores the authored answer", () => {
    const plain = Session.create(flood);
    const shuffled = Session.create(flood, { shuffleSeed: seed });
    plain.start(0);
    shuffled.start(0);
    const shown = shuffled.view().beat!.answers;
    const order = answerOrder(seed, 'q-open', shown.length);
    expect(shown.map((a) => a.index)).toEqual(order);
    expect(shown.map((a) => a.text)).toEqual(order.map((i) => flood.scenario.beats['q-open']!.answers![i]!.text));
    // The answer shown first is authored answer order[0]: choosing it scores as that answer.
    shuffled.choose(shown[0]!.index, 10);
    plain.choose(order[0]!, 10);
    expect(shuffled.view().score).toEqual(plain.view().score);
    expect(shuffled.log.at(-1)).toEqual({ type: 'choose', at: 10, answerIndex: order[0] });
    expect(shuffled.view().turns[0]!.shown).toEqual(order);
    expect(plain.view().turns[0]!.shown).toBeUndefined();
  });

  it('replays, saves and restores with the order the trainee saw', () => {
    const s = Session.create(flood, { shuffleSeed: seed });
    s.start(0);
    s.choose(s.view().beat!.answers[1]!.index, 8);
    const saved = s.save();
    expect(saved.options).toEqual({ shuffleSeed: seed });
    const restored = Session.restore(flood, JSON.parse(JSON.stringify(saved)));
    expect(restored.view().beat!.answers).toEqual(s.view().beat!.answers);
    const again = replay(flood, s.log, saved.options);
    expect(again.view()).toEqual(s.view());
  });

  it("restores a save from before shuffling (no seed) in the file's order", () => {
    const s = Session.create(flood);
    s.start(0);
    s.choose(1, 8);
    const saved = JSON.parse(JSON.stringify(s.save()));
    expect(saved.options).toEqual({});
    const restored = Session.restore(flood, saved);
    expect(restored.view().beat!.answers.map((a) => a.index)).toEqual(restored.view().beat!.answers.map((_, i) => i));
    expect(restored.view().turns[0]!.shown).toBeUndefined();
  });

  it('refuses a seed out of range', () => {
    expect(() => Session.create(flood, { shuffleSeed: -3 })).toThrow(RangeError);
  });
});
