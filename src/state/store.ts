// What the screens need, in one zustand vanilla store. The drill controller writes the running
// session's view into `drill` (a replay's views go to `replay`); scenes and overlays subscribe and send their input back through the
// controller, never deciding a score themselves.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SessionOptions, SessionView } from '../core/session/types.ts';
import { mergeScenarios, type LibraryEntry, type WordClash } from './libraryEntry.ts';
import { entryKey, type ScenarioEntry } from './scenarioEntry.ts';
import type { Settings } from './settings.ts';

const SCREENS = ['Boot', 'Preloader', 'Menu', 'Briefing', 'PressRoom', 'Debrief'] as const;
export type ScreenKey = (typeof SCREENS)[number];

export interface DrillState {
  scenarioId: string;
  options: SessionOptions;
  view: SessionView;
  /** The drill was paused because the tab was hidden (not by the trainee). */
  autoPaused: boolean;
  /** A studio preview (started at a chosen beat): not kept in the records, not resumed. */
  preview?: boolean;
}

export interface Toast {
  id: number;
  kind: 'info' | 'error';
  message: string;
  /** Stays until the user dismisses it (it carries something they would otherwise lose). */
  sticky?: boolean;
  /** For whoever is at this screen (the trainee's unsent answer): never moved to a live drill's console. */
  forScreen?: boolean;
  /** Not shown on this screen: a live drill's facilitator console is being given it (app/live/facilitatorMessages.ts). */
  held?: boolean;
}

export interface AppState {
  screen: ScreenKey;
  settings: Settings;
  /** Bundled scenarios, then the studio's library (mergeScenarios). */
  scenarios: ScenarioEntry[];
  bundledScenarios: ScenarioEntry[];
  libraryScenarios: LibraryEntry[];
  selectedScenarioId: string | null;
  drill: DrillState | null;
  /** A finished drill played back in the press room (src/app/reports.ts); never the live drill's slot. */
  replay: DrillState | null;
  settingsOpen: boolean;
  toasts: Toast[];
}

export interface AppActions {
  goTo(screen: ScreenKey): void;
  updateSettings(patch: Partial<Settings>): void;
  /** The bundled scenarios (build, or a reload under npm start). */
  setScenarios(scenarios: ScenarioEntry[]): void;
  /** The scenarios kept in the browser by the studio, with the wording of an id clash (state/libraryClash.ts). */
  setLibraryScenarios(library: LibraryEntry[], wordClash: WordClash): void;
  selectScenario(id: string | null): void;
  setDrill(drill: DrillState | null): void;
  setReplay(replay: DrillState | null): void;
  setSettingsOpen(open: boolean): void;
  /** Returns the toast id. */
  pushToast(kind: Toast['kind'], message: string, options?: { sticky?: boolean; forScreen?: boolean }): number;
  dismissToast(id: number): void;
  /** Keeps a toast off this screen (true) or shows it here after all (false). */
  holdToast(id: number, held: boolean): void;
}

export type AppStore = StoreApi<AppState & AppActions>;

export function createAppStore(initial: Pick<AppState, 'settings'> & Partial<AppState>): AppStore {
  let nextToast = 1;
  // Given with the library's entries: the menu's start-up does not load the checker's registry.
  let wordClash: WordClash | null = null;
  return createStore<AppState & AppActions>()((set, get) => {
    // The selection follows its file: a scenario whose file breaks on a save (npm start) stays
    // selected, showing its errors, and is selected again once fixed.
    const list = (bundledScenarios: ScenarioEntry[], libraryScenarios: LibraryEntry[]) => {
      const scenarios = wordClash ? mergeScenarios(bundledScenarios, libraryScenarios, wordClash) : [...bundledScenarios];
      const selected = get().selectedScenarioId;
      const file = get().scenarios.find((e) => entryKey(e) === selected)?.file;
      const same = scenarios.find((e) => entryKey(e) === selected) ?? scenarios.find((e) => file !== undefined && e.file === file);
      set({ bundledScenarios, libraryScenarios, scenarios, selectedScenarioId: same ? entryKey(same) : firstPlayable(scenarios) });
    };
    return {
      screen: 'Boot',
      scenarios: [],
      bundledScenarios: initial.scenarios ?? [],
      libraryScenarios: [],
      selectedScenarioId: null,
      drill: null,
      replay: null,
      settingsOpen: false,
      toasts: [],
      ...initial,
      goTo: (screen) => set({ screen }),
      updateSettings: (patch) => set({ settings: { ...get().settings, ...patch } }),
      setScenarios: (scenarios) => list(scenarios, get().libraryScenarios),
      setLibraryScenarios: (library, wording) => {
        wordClash = wording;
        list(get().bundledScenarios, library);
      },
      selectScenario: (id) => set({ selectedScenarioId: id }),
      setDrill: (drill) => set({ drill }),
      setReplay: (replay) => set({ replay }),
      setSettingsOpen: (open) => set({ settingsOpen: open }),
      pushToast: (kind, message, options) => {
        const id = nextToast++;
        set({
          toasts: [...get().toasts, { id, kind, message, ...(options?.sticky ? { sticky: true } : {}), ...(options?.forScreen ? { forScreen: true } : {}) }],
        });
        return id;
      },
      dismissToast: (id) => set({ toasts: get().toasts.filter((t) => t.id !== id) }),
      holdToast: (id, held) => {
        const toasts = get().toasts;
        const toast = toasts.find((t) => t.id === id);
        if (!toast || (toast.held === true) === held) return;
        const { held: _was, ...rest } = toast;
        set({ toasts: toasts.map((t) => (t === toast ? (held ? { ...rest, held: true } : rest) : t)) });
      },
    };
  });
}

function firstPlayable(scenarios: ScenarioEntry[]): string | null {
  return scenarios.find((e) => e.checked !== null)?.checked?.scenario.id ?? null;
}
