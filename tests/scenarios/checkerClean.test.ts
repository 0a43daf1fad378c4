// The bundled scenarios show neither errors nor warnings (docs/diagnostics.md promises it): a
// warning on a bundled scenario is something a trainee would meet (an answer picked by its length,
// a question that cannot be got wrong, full marks out of reach).
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/core/scenario/diagnostics.ts';
import { loadScenario } from '../../src/core/scenario/load.ts';
import { readScenarioText, scenarioFiles } from './scenarioFiles.ts';

describe('the bundled scenarios check clean', () => {
  for (const file of scenarioFiles()) {
    it(file, () => {
      const { diagnostics } = loadScenario(readScenarioText(file), `scenarios/${file}`);
      expect(diagnostics.map(formatDiagnostic)).toEqual([]);
    });
  }
});
