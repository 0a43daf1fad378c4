// Saved drills go through numbered migrations: each step upgrades format N to N+1, and the file
// for the newest format validates the result. A save from a newer Podium is refused, not guessed at.
import type { SavedDrill } from '../saved.ts';
import { SAVED_DRILL_FORMAT } from '../saved.ts';
import * as format1 from './001-format-1.ts';

export interface MigrationStep {
  /** Upgrades data of format `from` to format `from + 1`. */
  from: number;
  up(data: Record<string, unknown>): Record<string, unknown>;
}

export class SavedDrillError extends Error {
  override name = 'SavedDrillError';
}

/** Upgrade steps in order; empty while format 1 is the only format. */
export const MIGRATION_STEPS: readonly MigrationStep[] = [];

export function migrateSavedDrill(
  input: unknown,
  steps: readonly MigrationStep[] = MIGRATION_STEPS,
  current: number = SAVED_DRILL_FORMAT,
  validate: (data: unknown) => unknown = (d) => format1.schema.parse(d),
): SavedDrill {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new SavedDrillError('This is not a saved drill.');
  }
  let data = input as Record<string, unknown>;
  const format = data.format;
  if (typeof format !== 'number' || !Number.isInteger(format) || format < 1) {
    throw new SavedDrillError('This is not a saved drill: it has no valid format number.');
  }
  if (format > current) {
    throw new SavedDrillError(`This drill was saved by a newer version of Podium (format ${format}; this version reads up to ${current}). Update Podium to open it.`);
  }
  for (let f = format; f < current; f++) {
    const step = steps.find((s) => s.from === f);
    if (!step) throw new SavedDrillError(`This version of Podium cannot upgrade saved drills of format ${f}.`);
    data = { ...step.up(data), format: f + 1 };
  }
  try {
    return validate(data) as SavedDrill;
  } catch (error) {
    const issue = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues?.[0];
    const where = issue ? ` (${issue.path.map(String).join('.') || 'top level'}: ${issue.message})` : '';
    throw new SavedDrillError(`This saved drill is damaged and cannot be opened${where}.`);
  }
}
