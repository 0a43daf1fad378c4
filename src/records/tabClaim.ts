// Which tab has which unfinished drill: a tab running a drill holds the Web Lock
// `podium.drill.<id>` until the drill is finished or left. The browser drops the lock when the tab
// closes, reloads or crashes, so a drill whose lock nobody holds is one no tab is showing: a new tab
// may bring it back, and a tab that finds its own drill held elsewhere (a duplicated tab) says so
// instead of running it twice. Without Web Locks (an insecure origin) every claim succeeds.

export interface Claim {
  release(): void;
}

const PREFIX = 'podium.drill.';

interface LockOptions {
  mode: 'exclusive';
  ifAvailable?: boolean;
  signal?: AbortSignal;
}

interface Locks {
  request(name: string, options: LockOptions, callback: (lock: unknown) => Promise<void>): Promise<void>;
  query(): Promise<{ held?: { name?: string }[] }>;
}

function locks(): Locks | null {
  const l = (globalThis.navigator as { locks?: Locks } | undefined)?.locks;
  return l && typeof l.request === 'function' ? l : null;
}

/** Holds the drill's lock; null when another tab holds it (after waiting up to `waitMs` for it to
 *  be let go, as by the page a refresh replaces). */
export async function claimDrill(id: string, waitMs = 0): Promise<Claim | null> {
  const l = locks();
  if (!l) return { release() {} };
  const options: LockOptions = waitMs > 0 ? { mode: 'exclusive', signal: AbortSignal.timeout(waitMs) } : { mode: 'exclusive', ifAvailable: true };
  return new Promise<Claim | null>((resolve) => {
    void l
      .request(PREFIX + id, options, (lock) => {
        if (!lock) {
          resolve(null);
          return Promise.resolve();
        }
        // Held until released: the callback's promise is the lock's lifetime.
        return new Promise<void>((release) => resolve({ release: () => release() }));
      })
      .catch((error: unknown) => resolve((error as Error)?.name === 'TimeoutError' || (error as Error)?.name === 'AbortError' ? null : { release() {} }));
  });
}

/** Ids of the drills some tab of this browser holds now. */
export async function heldDrills(): Promise<Set<string>> {
  const l = locks();
  if (!l) return new Set();
  try {
    const { held = [] } = await l.query();
    return new Set(held.flatMap((h) => (h.name?.startsWith(PREFIX) ? [h.name.slice(PREFIX.length)] : [])));
  } catch {
    return new Set();
  }
}
