// The scenarios a room server builds its discernment checks from: every good file in scenarios/.
// A broken file is left out (the menu and `scenario check` report it); the room still starts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckedScenario } from '../core/scenario/checked.ts';
import { checkScenarioSet } from '../core/scenario/load.ts';

export function loadBundledScenarios(dir: string): CheckedScenario[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && !f.endsWith('.plan.yaml'))
    .sort()
    .map((f) => ({ file: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));
  return checkScenarioSet(files).flatMap((e) => (e.checked ? [e.checked] : []));
}
