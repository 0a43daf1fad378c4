// The one way in for a scenario file, used by the CLI, the tests and the browser alike (so nothing
// here may need Node): text in, a CheckedScenario (or null) and the problems out.
import { checkParsed, type CheckResult } from './check.ts';
import { diagnostic, hasErrors } from './diagnostics.ts';
import { parseScenarioText } from './parse.ts';

export type LoadResult = CheckResult;

export function loadScenario(text: string, file: string): LoadResult {
  return checkParsed(parseScenarioText(text, file));
}

export interface SetEntry extends LoadResult {
  file: string;
}

/**
 * Loads several files and adds the check that needs them all: scenario ids are unique. The first
 * file with an id keeps it (and keeps working); later ones get the error.
 */
export function checkScenarioSet(files: readonly { file: string; text: string }[]): SetEntry[] {
  const owner = new Map<string, string>();
  return files.map(({ file, text }) => {
    const result = loadScenario(text, file);
    const summary = result.summary;
    if (summary === null) return { file, ...result };
    const first = owner.get(summary.id);
    if (first === undefined) {
      owner.set(summary.id, file);
      return { file, ...result };
    }
    const diagnostics = [...result.diagnostics, diagnostic('duplicate-scenario-id', file, summary.idAt, { id: summary.id, first })];
    return { file, ...result, diagnostics, checked: hasErrors(diagnostics) ? null : result.checked };
  });
}
