import { describe, expect, it } from 'vitest';
import { DrillClock } from '../../../src/core/engine/clock.ts';

function fakeSource(start = 1000) {
  let ms = start;
  return { now: () => ms, advance: (by: number) => (ms += by) };
}

describe('DrillClock', () => {
  it('counts drill seconds from the injected millisecond source', () => {
    const src = fakeSource();
    const clock = new DrillClock(src.now);
    expect(clock.now()).toBe(0);
    src.advance(2500);
    expect(clock.now()).toBe(2.5);
  });

  it('stops while paused and continues from the same second', () => {
    const src = fakeSource();
    const clock = new DrillClock(src.now);
    src.advance(10_000);
    clock.pause();
    src.advance(60_000);
    expect(clock.now()).toBe(10);
    expect(clock.paused).toBe(true);
    clock.resume();
    src.advance(1_000);
    expect(clock.now()).toBe(11);
  });

  it('runs faster with a speed factor, and a speed change does not jump', () => {
    const src = fakeSource();
    const clock = new DrillClock(src.now, { speed: 10 });
    src.advance(1_000);
    expect(clock.now()).toBe(10);
    clock.setSpeed(1);
    expect(clock.now()).toBe(10);
    src.advance(1_000);
    expect(clock.now()).toBe(11);
    expect(() => clock.setSpeed(0)).toThrow(RangeError);
  });

  it('never goes back when the source does', () => {
    const src = fakeSource();
    const clock = new DrillClock(src.now);
    src.advance(5_000);
    expect(clock.now()).toBe(5);
    src.advance(-3_000);
    expect(clock.now()).toBe(5);
  });

  it('saves and restores: a restored clock continues from the saved drill second', () => {
    const src = fakeSource();
    const clock = new DrillClock(src.now, { speed: 2 });
    src.advance(30_000);
    const saved = clock.save();
    expect(saved).toEqual({ now: 60, paused: false, speed: 2 });
    const later = fakeSource(999_999);
    const restored = DrillClock.restore(saved, later.now);
    expect(restored.now()).toBe(60);
    later.advance(500);
    expect(restored.now()).toBe(61);
    const paused = DrillClock.restore({ now: 7, paused: true, speed: 1 }, later.now);
    later.advance(10_000);
    expect(paused.now()).toBe(7);
  });

  it('restores onto an existing clock from a reading or a drill second', () => {
    const src = fakeSource();
    const clock = new DrillClock(src.now);
    src.advance(4_000);
    clock.restore(42);
    expect(clock.now()).toBe(42);
    clock.restore({ now: 8, paused: true, speed: 3 });
    src.advance(1_000);
    expect(clock.now()).toBe(8);
    clock.resume();
    src.advance(1_000);
    expect(clock.now()).toBe(11);
  });

  it('can start at a drill second, paused', () => {
    const src = fakeSource();
    const clock = new DrillClock(src.now, { at: 30, paused: true });
    src.advance(1_000);
    expect(clock.now()).toBe(30);
  });
});
