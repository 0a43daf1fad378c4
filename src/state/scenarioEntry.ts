// A bundled scenario as the menu sees it: checked at build time by scripts/scenarioPlugin.ts.
import type { CheckedScenario } from '../core/scenario/checked.ts';
import type { Diagnostic } from '../core/scenario/diagnostics.ts';

export interface ScenarioEntry {
  file: string;
  checked: CheckedScenario | null;
  diagnostics: Diagnostic[];
}
