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

/** Why a saved drill cannot be opened, as a code with its values; the interface words it
 *  (locales/<lang>/savedDrill.json, i18n/savedDrillText.ts). `message` is an English fallback for logs. */
export type SavedDrillProblem =
  | { code: 'not-a-save' }
  | { code: 'no-format' }
  | { code: 'newer-format'; format: number; current: number }
  | { code: 'no-upgrade'; format: number }
  | { code: 'damaged'; where: string; detail: string }
  | { code: 'other-scenario'; saved: string; scenario: string }
  | { code: 'scenario-changed'; scenario: string }
  | { code: 'cannot-restore'; scenario: string };

export class SavedDrillError extends Error {
  override name = 'SavedDrillError';
  readonly problem: SavedDrillProblem;

  constructor(problem: SavedDrillProblem) {
    super(`${problem.code}${Object.keys(problem).length > 1 ? ` ${JSON.stringify({ ...problem, code: undefined })}` : ''}`);
    this.problem = problem;
  }
}

/** Upgrade steps in order; empty while format 1 is the only format. */
const MIGRATION_STEPS: readonly MigrationStep[] = [];

export function migrateSavedDrill(
  input: unknown,
  steps: readonly MigrationStep[] = MIGRATION_STEPS,
  current: number = SAVED_DRILL_FORMAT,
  validate: (data: unknown) => unknown = (d) => format1.schema.parse(d),
): SavedDrill {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new SavedDrillError({ code: 'not-a-save' });
  }
  let data = input as Record<string, unknown>;
  const format = data.format;
  if (typeof format !== 'number' || !Number.isInteger(format) || format < 1) {
    throw new SavedDrillError({ code: 'no-format' });
  }
  if (format > current) {
    throw new SavedDrillError({ code: 'newer-format', format, current });
  }
  for (let f = format; f < current; f++) {
    const step = steps.find((s) => s.from === f);
    if (!step) throw new SavedDrillError({ code: 'no-upgrade', format: f });
    data = { ...step.up(data), format: f + 1 };
  }
  try {
    return validate(data) as SavedDrill;
  } catch (error) {
    const issue = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues?.[0];
    throw new SavedDrillError({ code: 'damaged', where: issue ? issue.path.map(String).join('.') : '', detail: issue?.message ?? '' });
  }
}
