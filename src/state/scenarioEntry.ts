// A bundled scenario as the menu sees it: checked at build time by scripts/scenarioPlugin.ts.
import type { CheckedScenario } from '../core/scenario/checked.ts';
import type { Diagnostic } from '../core/scenario/diagnostics.ts';

export interface ScenarioEntry {
  file: string;
  checked: CheckedScenario | null;
  diagnostics: Diagnostic[];
}

/** How the menu and the store name an entry: its scenario id, or its file when it failed to load. */
export function entryKey(entry: ScenarioEntry): string {
  return entry.checked?.scenario.id ?? `file:${entry.file}`;
}
