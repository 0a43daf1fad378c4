// The bundled scenarios, checked at build (and dev) time by scripts/scenarioPlugin.ts.
declare module 'virtual:scenarios' {
  import type { ScenarioEntry } from './state/scenarioEntry.ts';
  /** Loads the checked scenarios (a chunk of their own, fetched once). */
  export function loadScenarios(): Promise<ScenarioEntry[]>;
}
