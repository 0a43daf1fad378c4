// The bundled scenarios, checked at build (and dev) time by scripts/scenarioPlugin.ts.
declare module 'virtual:scenarios' {
  import type { ScenarioEntry } from './state/scenarioEntry.ts';
  const scenarios: ScenarioEntry[];
  export default scenarios;
}
