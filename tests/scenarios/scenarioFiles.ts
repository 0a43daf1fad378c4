// The bundled scenarios and their play-through plans, as the scenario tests see them.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CheckedScenario } from '../../src/core/scenario/checked.ts';
import { formatDiagnostic } from '../../src/core/scenario/diagnostics.ts';
import { loadScenario } from '../../src/core/scenario/load.ts';

export const SCENARIO_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));

const yamlFiles = () =>
  readdirSync(SCENARIO_DIR)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();

export const planFiles = () => yamlFiles().filter((f) => f.endsWith('.plan.yaml'));
export const scenarioFiles = () => yamlFiles().filter((f) => !f.endsWith('.plan.yaml'));

export interface LoadedScenario {
  file: string;
  checked: CheckedScenario | null;
  /** The checker's errors, formatted, when it does not load. */
  problems: string;
}

export function loadScenarioFile(file: string): LoadedScenario {
  const path = `scenarios/${file}`;
  const { checked, diagnostics } = loadScenario(readFileSync(SCENARIO_DIR + file, 'utf8'), path);
  return {
    file,
    checked,
    problems: diagnostics
      .filter((d) => d.severity === 'error')
      .map(formatDiagnostic)
      .join('\n'),
  };
}

export const readScenarioText = (file: string) => readFileSync(SCENARIO_DIR + file, 'utf8');
