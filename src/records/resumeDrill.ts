// Wires resume-after-refresh to the drill controller: every change of the live drill marks the
// save dirty (the saver writes it when the browser is idle), leaving the page writes it at once,
// and the next start-up brings the drill back before the trainee sees the menu.
import type { DrillController } from '../state/drillController.ts';
import type { AppStore } from '../state/store.ts';
import { createResumeSaver, readResumable, type ResumeProblem, type ResumeSaver, type ResumeStorage } from './resume.ts';

export interface ResumeDeps {
  store: AppStore;
  controller: DrillController;
  storage: ResumeStorage | null;
  /** Saving failed (quota, private mode): say so; the drill goes on. */
  onProblem(problem: ResumeProblem): void;
  /** A saved drill could not be restored (scenario gone or changed): it is dropped. */
  onRestoreFailed(detail: string): void;
}

export interface ResumeHandle {
  saver: ResumeSaver;
  /** Restores a saved unfinished drill, if any; true when the trainee is back in it. */
  restore(): boolean;
}

function liveStatus(controller: DrillController): string | null {
  return controller.session?.view().status ?? null;
}

export function installResume(deps: ResumeDeps): ResumeHandle {
  const { store, controller, storage } = deps;
  const saver = createResumeSaver({
    // An ended drill has nothing to resume: it is in the records now.
    save: () => (liveStatus(controller) === 'ended' ? null : controller.save()),
    storage,
    onError: deps.onProblem,
  });

  let watched: unknown = null;
  store.subscribe((state, prev) => {
    if (state.drill === prev.drill) return;
    const session = controller.session;
    const status = liveStatus(controller);
    // Only the controller's own drill counts (a replay also writes views into the store).
    if (!session || state.drill?.view !== session.view()) {
      if (!session && prev.drill !== null && state.drill === null) saver.clear();
      return;
    }
    watched = session;
    if (status === 'ended') saver.clear();
    else saver.changed();
  });

  const flush = () => {
    if (watched !== null && liveStatus(controller) !== 'ended') saver.flush();
  };
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.hidden) flush();
  });

  return {
    saver,
    restore() {
      const saved = readResumable(storage);
      if (saved === null) return false;
      try {
        if (controller.restoreDrill(saved as Parameters<DrillController['restoreDrill']>[0])) return true;
        deps.onRestoreFailed(`scenario "${(saved as { scenarioId: string }).scenarioId}" is not installed`);
      } catch (error) {
        deps.onRestoreFailed((error as Error)?.message ?? String(error));
      }
      saver.clear();
      return false;
    },
  };
}
