// Resume after refresh: the running drill is saved on every change, off the hot path, and found
// again on the next load. The frame that changed the drill only marks it dirty; serialising and
// writing happen when the browser is idle (at most every `intervalMs`), and synchronously once
// more when the page is hidden or unloaded, so a refresh comes back to the very last state.
// A storage that refuses (quota, private mode) is reported once per kind of failure: the drill
// goes on unsaved.

export const RESUME_KEY = 'podium.resume';

export interface ResumeStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Runs the callback when the browser is idle (requestIdleCallback, with a deadline). */
export type IdleScheduler = (callback: () => void) => void;
export type Delay = (callback: () => void, ms: number) => void;

export interface ResumeSaverDeps {
  /** The drill as it would be restored, or null when there is none to keep. */
  save: () => unknown | null;
  storage: ResumeStorage | null;
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

  function write(): void {
    dirty = false;
    const { storage } = deps;
    if (!storage) return report({ code: 'unavailable' });
    const started = nowMs();
    try {
      const saved = deps.save();
      if (saved === null) storage.removeItem(RESUME_KEY);
      else storage.setItem(RESUME_KEY, JSON.stringify(saved));
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
      try {
        deps.storage?.removeItem(RESUME_KEY);
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
export function readResumable(storage: ResumeStorage | null): unknown | null {
  if (!storage) return null;
  let text: string | null;
  try {
    text = storage.getItem(RESUME_KEY);
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
  storage.removeItem(RESUME_KEY);
  return null;
}
