// What the checker hands on: a scenario that passed every error check, with what the graph says
// about it. The compiler, the session and the screens take only this.
import type { SkillId } from '../skills.ts';
import type { Scenario } from './schema.ts';

export interface SkillBounds {
  min: number;
  max: number;
}

export interface CheckedScenario {
  scenario: Scenario;
  /** The file it came from (for messages), as given to the loader. */
  file: string;
  /** Per assessed skill: the lowest and highest total points the scenario makes possible. */
  bounds: Partial<Record<SkillId, SkillBounds>>;
  /** Distinct paths from start to an ending, or 'unbounded' where a cycle may repeat. */
  paths: number | 'unbounded';
}
