// Wires resume-after-refresh to the drill controller. Every drill gets an id and its own slot, and
// this tab remembers (sessionStorage) which drill is its own, so two tabs keep two drills apart.
// Every change of the live drill marks the save dirty (written when the browser is idle); an
// answer, a pause, an inject or the end is written at once, before the next frame shows it, to
// localStorage and to the durable IndexedDB copy; leaving the page writes too. A finished drill's
// slot is dropped only once its record is stored (installReports.ts calls `kept`), so a drill that
// ended just before a crash still reaches the history. At start-up the tab brings back its own
// drill, unless another tab holds it (then it says so); a new tab brings back a drill no tab shows
// (after a crash or a killed browser).
import type { Session } from '../core/session/session.ts';
import type { DrillController } from '../state/drillController.ts';
import type { AppStore } from '../state/store.ts';
import { createResumeSaver, readSlots, RESUME_KEY, slotKey, type ResumeProblem, type ResumeSaver, type ResumeStorage } from '../records/resume.ts';
import type { DurableSlots } from '../records/resumeSlots.ts';
import { claimDrill, heldDrills, type Claim } from '../records/tabClaim.ts';

/** sessionStorage: the id of this tab's own drill (kept across a refresh of the tab). */
const TAB_DRILL_KEY = 'podium.tab.drill';

/** How long a refreshed tab waits for its drill's lock to be let go by the page it replaces. */
const RECLAIM_MS = 2000;

export interface ResumeDeps {
  store: AppStore;
  controller: DrillController;
  storage: ResumeStorage | null;
  /** Per tab (sessionStorage); null where it cannot be used. */
  tabStorage: ResumeStorage | null;
  durable: DurableSlots | null;
  /** Saving failed (quota, private mode): say so; the drill goes on. */
  onProblem(problem: ResumeProblem): void;
  /** A saved drill could not be restored (scenario gone or changed): it is dropped. */
  /** `problem`: a sentence, or the error thrown (a SavedDrillError is worded by i18n/savedDrillText.ts). */
  onRestoreFailed(problem: unknown): void;
  /** This tab's drill is running in another tab: it is not opened here a second time. */
  onOpenElsewhere(): void;
}

export interface ResumeHandle {
  saver: ResumeSaver;
  /** Restores this tab's unfinished drill, or one no tab shows; true when the trainee is back in it. */
  restore(): Promise<boolean>;
  /** The id of a live drill's session (also the id of its record). */
  drillIdOf(session: object): string | null;
  /** The finished drill's record is stored: its slot is no longer needed. */
  kept(id: string): void;
}

type Saved = { scenarioId: string; now?: number; log?: unknown[]; savedAt?: number; snapshot?: { status?: string } };

function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** The further of two copies of one drill: more log entries, then the later drill second. */
function further(a: Saved, b: Saved): Saved {
  const la = a.log?.length ?? 0;
  const lb = b.log?.length ?? 0;
  if (la !== lb) return la > lb ? a : b;
  return (a.now ?? 0) >= (b.now ?? 0) ? a : b;
}

function safely<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

export function installResume(deps: ResumeDeps): ResumeHandle {
  const { store, controller, storage, tabStorage, durable } = deps;
  const ids = new WeakMap<object, string>();
  const kept = new Set<string>();
  let watched: Session | null = null;
  let currentId: string | null = null;
  let claim: Claim | null = null;
  let seenLog = 0;
  /** Set while restoring: the id and claim the restored session takes. */
  let restoring: { id: string; claim: Claim } | null = null;

  const saver = createResumeSaver({
    save: () => {
      if (currentId === null || kept.has(currentId)) return null;
      const saved = controller.save();
      // savedAt orders the slots of a new tab's choice; the saved-drill schema ignores it.
      return saved === null ? null : { ...saved, savedAt: Date.now() };
    },
    slot: () => currentId,
    storage,
    durable,
    onError: deps.onProblem,
  });

  function dropSlot(id: string): void {
    durable?.delete(id);
    safely(() => storage?.removeItem(slotKey(id)), undefined);
  }

  function letGo(): void {
    claim?.release();
    claim = null;
    currentId = null;
    watched = null;
    safely(() => tabStorage?.removeItem(TAB_DRILL_KEY), undefined);
  }

  function adopt(session: Session): void {
    claim?.release();
    claim = null;
    watched = session;
    seenLog = 0;
    if (restoring) {
      currentId = restoring.id;
      claim = restoring.claim;
      restoring = null;
    } else {
      const id = newId();
      currentId = id;
      void claimDrill(id).then((c) => {
        if (currentId === id) claim = c;
        else c?.release();
      });
    }
    ids.set(session, currentId);
    safely(() => tabStorage?.setItem(TAB_DRILL_KEY, currentId!), undefined);
  }

  store.subscribe((state, prev) => {
    if (state.drill === prev.drill) return;
    // A studio preview is a try-out of a scenario being written: nothing to come back to.
    if (state.drill?.preview) return;
    const session = controller.session;
    // Only the controller's own drill counts (a replay has a slot of its own, store.replay).
    if (!session || state.drill?.view !== session.view()) {
      if (!session && prev.drill !== null && state.drill === null && currentId !== null) {
        // Left without finishing: nothing to come back to (a finished one waits for its record).
        if (!kept.has(currentId) && watched?.view().status !== 'ended') saver.clear();
        letGo();
      }
      return;
    }
    if (session !== watched) adopt(session);
    // An answer, pause, inject or the end is on disk before the frame that shows it.
    const log = session.log;
    let urgent = false;
    for (let i = seenLog; i < log.length; i++) if (log[i]!.type !== 'tick') urgent = true;
    seenLog = log.length;
    saver.changed();
    if (urgent) saver.flush();
  });

  const flush = () => {
    if (watched !== null) saver.flush();
  };
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.hidden) flush();
  });

  async function allSlots(): Promise<Map<string, Saved>> {
    const slots = readSlots(storage) as Map<string, Saved>;
    const onDisk = ((await durable?.list()) ?? new Map()) as Map<string, Saved>;
    for (const [id, saved] of onDisk) {
      if (!saved || typeof saved.scenarioId !== 'string') continue;
      const local = slots.get(id);
      slots.set(id, local ? further(local, saved) : saved);
    }
    return slots;
  }

  function tryRestore(id: string, saved: Saved, held: Claim): boolean {
    // A drill from the single slot of older versions gets an id of its own.
    const ownId = id === 'legacy' ? newId() : id;
    restoring = { id: ownId, claim: held };
    try {
      if (controller.restoreDrill(saved as unknown as Parameters<DrillController['restoreDrill']>[0])) {
        if (id === 'legacy') {
          safely(() => storage?.removeItem(RESUME_KEY), undefined);
          saver.changed();
          saver.flush();
        }
        return true;
      }
      deps.onRestoreFailed(`scenario "${saved.scenarioId}" is not installed`);
    } catch (error) {
      deps.onRestoreFailed(error);
    } finally {
      if (restoring?.id === ownId) restoring = null;
    }
    held.release();
    if (id === 'legacy') safely(() => storage?.removeItem(RESUME_KEY), undefined);
    else dropSlot(id);
    return false;
  }

  return {
    saver,
    drillIdOf: (session) => ids.get(session) ?? null,
    kept(id) {
      kept.add(id);
      dropSlot(id);
    },
    async restore() {
      const slots = await allSlots();
      if (controller.session) return false;
      const mine = safely(() => tabStorage?.getItem(TAB_DRILL_KEY) ?? null, null);
      if (mine !== null && slots.has(mine)) {
        const held = await claimDrill(mine, RECLAIM_MS);
        if (!held) {
          safely(() => tabStorage?.removeItem(TAB_DRILL_KEY), undefined);
          deps.onOpenElsewhere();
          return false;
        }
        return tryRestore(mine, slots.get(mine)!, held);
      }
      // A new tab: the newest drill that no tab is showing.
      const busy = await heldDrills();
      const free = [...slots].filter(([id]) => !busy.has(id)).sort(([, a], [, b]) => (b.savedAt ?? 0) - (a.savedAt ?? 0));
      for (const [id, saved] of free) {
        const held = await claimDrill(id);
        if (held) return tryRestore(id, saved, held);
      }
      return false;
    },
  };
}
