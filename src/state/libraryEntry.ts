// Scenarios kept in the browser by the studio (src/studio/library.ts) join the bundled ones in the
// menu of a deployed build, with no rebuild. A bundled scenario is never replaced: a library copy
// that kept a bundled id is listed with the checker's `duplicate-scenario-id` error instead.
// The clash is worded by the checker's message registry, so the menu shows it in the player's
// language like any other problem; the wording comes with the entries (libraryClash.ts), because
// the registry's templates are too big for the menu's start-up and only a library needs them.
import type { Diagnostic, Position } from '../core/scenario/diagnostics.ts';
import type { ScenarioEntry } from './scenarioEntry.ts';

export interface LibraryEntry extends ScenarioEntry {
  library: {
    /** The library's own key for the file (its name in the studio). */
    name: string;
    /** Where the scenario id is written, for a clash with a bundled id; null when unknown. */
    idAt: Position | null;
  };
}

export function isLibraryEntry(entry: ScenarioEntry): entry is LibraryEntry {
  return (entry as Partial<LibraryEntry>).library !== undefined;
}

/** The checker's `duplicate-scenario-id` for a library copy at `file`, whose id `first` already has. */
export type WordClash = (file: string, at: Position, values: { id: string; first: string }) => Diagnostic;

/** Bundled first, in their order; then the library's, each id used once (the first keeps it). */
export function mergeScenarios(bundled: readonly ScenarioEntry[], library: readonly LibraryEntry[], wordClash: WordClash): ScenarioEntry[] {
  if (library.length === 0) return [...bundled];
  const owner = new Map<string, string>();
  for (const e of bundled) if (e.checked) owner.set(e.checked.scenario.id, e.file);
  const merged: ScenarioEntry[] = [...bundled];
  for (const entry of library) {
    const id = entry.checked?.scenario.id;
    const first = id === undefined ? undefined : owner.get(id);
    if (id === undefined || first === undefined) {
      if (id !== undefined) owner.set(id, entry.file);
      merged.push(entry);
      continue;
    }
    const at = entry.library.idAt ?? { line: 1, column: 1 };
    // The checker's own message for two files with one id (load.ts).
    const clash = wordClash(entry.file, at, { id, first });
    merged.push({ ...entry, checked: null, diagnostics: [clash, ...entry.diagnostics] });
  }
  return merged;
}
