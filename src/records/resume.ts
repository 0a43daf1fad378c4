// Resume after refresh: the running drill is saved on every change, off the hot path, and found
// again on the next load. The frame that changed the drill only marks it dirty; serialising and
// writing happen when the browser is idle (at most every `intervalMs`), and synchronously once
// more when the page is hidden or unloaded, so a refresh comes back to the very last state (the
// caller also flushes at once on every answer, pause or inject: app/resumeDrill.ts). Each drill has
// its own slot (`podium.resume.<drill id>`), so two tabs never overwrite each other's drill, and
// an optional durable copy (IndexedDB, resumeSlots.ts) survives a browser that is killed before
// it wrote localStorage to disk. A storage that refuses (quota, private mode) is reported once per
// kind of failure: the drill goes on unsaved.

/** The one slot of older versions; still read once, then moved into its own slot. */
export const RESUME_KEY = 'podium.resume';
const SLOT_PREFIX = `${RESUME_KEY}.`;

export function slotKey(id: string): string {
  return SLOT_PREFIX + id;
}

export interface ResumeStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** Present on localStorage: lets the slots of every drill be listed. */
  readonly length?: number;
  key?(index: number): string | null;
}

/** A second, durable copy of each slot (written after localStorage, never waited for). */
export interface DurableCopy {
  put(id: string, saved: unknown): void;
  delete(id: string): void;
}

/** Runs the callback when the browser is idle (requestIdleCallback, with a deadline). */
export type IdleScheduler = (callback: () => void) => void;
export type Delay = (callback: () => void, ms: number) => void;

export interface ResumeSaverDeps {
  /** The drill as it would be restored, or null when there is none to keep. */
  save: () => unknown | null;
  storage: ResumeStorage | null;
  /** The slot of the drill being saved; without it, the single slot of older versions. */
  slot?: () => string | null;
  durable?: DurableCopy | null;
  onError: (problem: ResumeProblem) => void;
  idle?: IdleScheduler;
  delay?: Delay;
  /** Wall-clock milliseconds, for throttling. */
  nowMs?: () => number;
  /** Fewest milliseconds between two background saves. */
  intervalMs?: number;
}

export type ResumeProblem = { code: 'unavailable' } | { code: 'quota' } | { code: 'write-failed'; detail: string };

export interface ResumeSaver {
  /** Call on every drill change: cheap, never serialises. */
  changed(): void;
  /** Saves now if anything changed (page hidden or unloading). */
  flush(): void;
  /** The drill finished or was left: nothing to resume. */
  clear(): void;
  /** Milliseconds the last write took (serialise + store), for the frame budget checks. */
  readonly lastWriteMs: number;
  /** The longest write so far, and how many writes there were. */
  readonly maxWriteMs: number;
  readonly writes: number;
}

// The deadline keeps saves coming during a busy drill: the clock must never be more than about a
// second behind what is stored.
const IDLE_DEADLINE_MS = 300;

function browserIdle(): IdleScheduler {
  const g = globalThis as typeof globalThis & { requestIdleCallback?: (cb: () => void, o: { timeout: number }) => number };
  if (typeof g.requestIdleCallback === 'function') return (cb) => void g.requestIdleCallback!(cb, { timeout: IDLE_DEADLINE_MS });
  return (cb) => void setTimeout(cb, 0);
}

function isQuota(error: unknown): boolean {
  const name = (error as { name?: string })?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

export function createResumeSaver(deps: ResumeSaverDeps): ResumeSaver {
  const idle = deps.idle ?? browserIdle();
  const delay = deps.delay ?? ((cb: () => void, ms: number) => void setTimeout(cb, ms));
  const nowMs = deps.nowMs ?? (() => performance.now());
  const intervalMs = deps.intervalMs ?? 250;
  let dirty = false;
  let scheduled = false;
  let lastWrite = -Infinity;
  let lastWriteMs = 0;
  let maxWriteMs = 0;
  let writes = 0;
  const reported = new Set<string>();

  function report(problem: ResumeProblem): void {
    if (reported.has(problem.code)) return;
    reported.add(problem.code);
    deps.onError(problem);
  }

  const slot = deps.slot ?? (() => null);
  const keyOf = (id: string | null) => (id === null ? RESUME_KEY : slotKey(id));

  function write(): void {
    dirty = false;
    const { storage } = deps;
    const id = slot();
    let saved: unknown | null = null;
    if (!storage) {
      saved = deps.save();
      if (id !== null && saved !== null) deps.durable?.put(id, saved);
      return report({ code: 'unavailable' });
    }
    const started = nowMs();
    try {
      saved = deps.save();
      if (id !== null) {
        if (saved === null) deps.durable?.delete(id);
        else deps.durable?.put(id, saved);
      }
      if (saved === null) storage.removeItem(keyOf(id));
      else storage.setItem(keyOf(id), JSON.stringify(saved));
      // A write that works again makes a later failure worth reporting again.
      reported.clear();
    } catch (error) {
      if (isQuota(error)) report({ code: 'quota' });
      else report({ code: 'write-failed', detail: (error as Error)?.message ?? String(error) });
    } finally {
      lastWrite = nowMs();
      lastWriteMs = lastWrite - started;
      maxWriteMs = Math.max(maxWriteMs, lastWriteMs);
      writes++;
    }
  }

  function onIdle(): void {
    scheduled = false;
    if (dirty) write();
  }

  return {
    changed() {
      dirty = true;
      if (scheduled) return;
      scheduled = true;
      delay(() => idle(onIdle), Math.max(0, lastWrite + intervalMs - nowMs()));
    },
    flush() {
      if (dirty) write();
    },
    clear() {
      dirty = false;
      const id = slot();
      if (id !== null) deps.durable?.delete(id);
      try {
        deps.storage?.removeItem(keyOf(id));
      } catch {
        // Nothing saved could be removed either: nothing to resume.
      }
    },
    get lastWriteMs() {
      return lastWriteMs;
    },
    get maxWriteMs() {
      return maxWriteMs;
    },
    get writes() {
      return writes;
    },
  };
}

/** The saved drill, parsed, or null when there is none or it cannot be read (then it is dropped). */
export function readResumable(storage: ResumeStorage | null, key: string = RESUME_KEY): unknown | null {
  if (!storage) return null;
  let text: string | null;
  try {
    text = storage.getItem(key);
  } catch {
    return null;
  }
  if (text === null) return null;
  try {
    const saved = JSON.parse(text) as unknown;
    if (typeof saved === 'object' && saved !== null && typeof (saved as { scenarioId?: unknown }).scenarioId === 'string') return saved;
  } catch {
    // Fall through: a half-written save is worth nothing.
  }
  storage.removeItem(key);
  return null;
}

/** Every drill saved in its own slot, by drill id; the single slot of older versions as "legacy". */
export function readSlots(storage: ResumeStorage | null): Map<string, unknown> {
  const slots = new Map<string, unknown>();
  if (!storage) return slots;
  const keys: string[] = [];
  try {
    for (let i = 0; i < (storage.length ?? 0); i++) {
      const key = storage.key?.(i);
      if (key && (key === RESUME_KEY || key.startsWith(SLOT_PREFIX))) keys.push(key);
    }
  } catch {
    return slots;
  }
  for (const key of keys) {
    const saved = readResumable(storage, key);
    if (saved !== null) slots.set(key === RESUME_KEY ? 'legacy' : key.slice(SLOT_PREFIX.length), saved);
  }
  return slots;
}
