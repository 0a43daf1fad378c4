import { describe, expect, it } from 'vitest';
import { createResumeSaver, readResumable, readSlots, RESUME_KEY, slotKey, type ResumeProblem, type ResumeStorage } from '../../src/records/resume.ts';

class MemoryStorage implements ResumeStorage {
  items = new Map<string, string>();
  fail: Error | null = null;
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.fail) throw this.fail;
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

function quotaError(): Error {
  const e = new Error('The quota has been exceeded.');
  e.name = 'QuotaExceededError';
  return e;
}

/** Timers and idle callbacks run only when the test says so, at a time the test controls. */
function harness(storage: MemoryStorage | null = new MemoryStorage()) {
  let now = 0;
  let timers: { at: number; cb: () => void }[] = [];
  let idles: (() => void)[] = [];
  let state = { scenarioId: 'dam', now: 0 };
  let saves = 0;
  const problems: ResumeProblem[] = [];
  const saver = createResumeSaver({
    save: () => {
      saves++;
      return state;
    },
    storage,
    onError: (p) => problems.push(p),
    nowMs: () => now,
    delay: (cb, ms) => timers.push({ at: now + ms, cb }),
    idle: (cb) => idles.push(cb),
    intervalMs: 250,
  });
  return {
    saver,
    storage,
    problems,
    saves: () => saves,
    set(next: { scenarioId: string; now: number }) {
      state = next;
    },
    advance(ms: number) {
      now += ms;
      const due = timers.filter((t) => t.at <= now);
      timers = timers.filter((t) => t.at > now);
      due.forEach((t) => t.cb());
    },
    runIdle() {
      const pending = idles;
      idles = [];
      pending.forEach((cb) => cb());
    },
    stored: () => (storage ? JSON.parse(storage.getItem(RESUME_KEY) ?? 'null') : null),
  };
}

describe('resume saver', () => {
  it('does no work on the frame that changed the drill, and writes the latest state when idle', () => {
    const h = harness();
    for (let i = 1; i <= 60; i++) {
      h.set({ scenarioId: 'dam', now: i / 60 });
      h.saver.changed();
    }
    expect(h.saves()).toBe(0);
    h.advance(0);
    expect(h.saves()).toBe(0);
    h.runIdle();
    expect(h.saves()).toBe(1);
    expect(h.stored()).toEqual({ scenarioId: 'dam', now: 1 });
  });

  it('writes at most once per interval while the drill keeps changing', () => {
    const h = harness();
    h.saver.changed();
    h.advance(0);
    h.runIdle();
    h.set({ scenarioId: 'dam', now: 2 });
    h.saver.changed();
    h.advance(100);
    h.runIdle();
    expect(h.saves()).toBe(1);
    h.advance(150);
    h.runIdle();
    expect(h.saves()).toBe(2);
    expect(h.stored()?.now).toBe(2);
  });

  it('flushes at once when the page goes away, only if something changed', () => {
    const h = harness();
    h.saver.flush();
    expect(h.saves()).toBe(0);
    h.set({ scenarioId: 'dam', now: 7.5 });
    h.saver.changed();
    h.saver.flush();
    expect(h.stored()?.now).toBe(7.5);
    h.runIdle();
    expect(h.saves()).toBe(1);
  });

  it('reports a full storage once, keeps trying, and reports again after it worked', () => {
    const storage = new MemoryStorage();
    const h = harness(storage);
    storage.fail = quotaError();
    for (let i = 0; i < 3; i++) {
      h.saver.changed();
      h.saver.flush();
    }
    expect(h.problems).toEqual([{ code: 'quota' }]);
    storage.fail = null;
    h.saver.changed();
    h.saver.flush();
    expect(h.stored()).not.toBeNull();
    storage.fail = quotaError();
    h.saver.changed();
    h.saver.flush();
    expect(h.problems).toEqual([{ code: 'quota' }, { code: 'quota' }]);
  });

  it('reports other write failures and a missing storage (private mode) with what happened', () => {
    const storage = new MemoryStorage();
    const h = harness(storage);
    storage.fail = new Error('SecurityError: access denied');
    h.saver.changed();
    h.saver.flush();
    expect(h.problems).toEqual([{ code: 'write-failed', detail: 'SecurityError: access denied' }]);
    const none = harness(null);
    none.saver.changed();
    none.saver.flush();
    expect(none.problems).toEqual([{ code: 'unavailable' }]);
  });

  it('forgets the drill when it is cleared', () => {
    const h = harness();
    h.saver.changed();
    h.saver.flush();
    h.saver.clear();
    expect(h.stored()).toBeNull();
    h.advance(1000);
    h.runIdle();
    expect(h.stored()).toBeNull();
  });
});

describe('readResumable', () => {
  it('gives back what was saved', () => {
    const storage = new MemoryStorage();
    storage.setItem(RESUME_KEY, JSON.stringify({ scenarioId: 'dam', now: 3 }));
    expect(readResumable(storage)).toEqual({ scenarioId: 'dam', now: 3 });
  });

  it('drops a half-written or foreign save', () => {
    for (const text of ['{"scenarioId":"da', '{"now":3}', '42']) {
      const storage = new MemoryStorage();
      storage.setItem(RESUME_KEY, text);
      expect(readResumable(storage)).toBeNull();
      expect(storage.getItem(RESUME_KEY)).toBeNull();
    }
    expect(readResumable(new MemoryStorage())).toBeNull();
    expect(readResumable(null)).toBeNull();
  });
});

describe('a slot per drill (issue 10)', () => {
  class ListedStorage extends MemoryStorage {
    get length() {
      return this.items.size;
    }
    key(index: number) {
      return [...this.items.keys()][index] ?? null;
    }
  }

  it('writes each drill to its own key and to the durable copy, and lists every slot', () => {
    const storage = new ListedStorage();
    const durable: [string, unknown][] = [];
    let id = 'a';
    let state: unknown = { scenarioId: 'flood', now: 1 };
    const saver = createResumeSaver({
      save: () => state,
      slot: () => id,
      storage,
      durable: { put: (k, v) => durable.push([k, v]), delete: (k) => durable.push([k, null]) },
      onError: () => undefined,
    });
    saver.changed();
    saver.flush();
    id = 'b';
    state = { scenarioId: 'school', now: 2 };
    saver.changed();
    saver.flush();
    storage.setItem(RESUME_KEY, JSON.stringify({ scenarioId: 'old', now: 3 }));
    storage.setItem('podium.settings', '{}');
    expect(storage.getItem(slotKey('a'))).toBe(JSON.stringify({ scenarioId: 'flood', now: 1 }));
    expect(readSlots(storage)).toEqual(
      new Map<string, unknown>([
        ['a', { scenarioId: 'flood', now: 1 }],
        ['b', { scenarioId: 'school', now: 2 }],
        ['legacy', { scenarioId: 'old', now: 3 }],
      ]),
    );
    expect(durable).toEqual([
      ['a', { scenarioId: 'flood', now: 1 }],
      ['b', { scenarioId: 'school', now: 2 }],
    ]);
    saver.clear();
    expect(storage.getItem(slotKey('b'))).toBeNull();
    expect(storage.getItem(slotKey('a'))).not.toBeNull();
    expect(durable.at(-1)).toEqual(['b', null]);
  });
});
