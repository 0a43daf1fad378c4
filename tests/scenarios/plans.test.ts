// Every scenarios/*.plan.yaml is played through the real engine: each plan must reach the beats it
// names, in order, and end with the ending, scores and flags it expects.
import { describe, expect, it } from 'vitest';
import { parsePlanFile, runPlan } from '../../src/core/scenario/plan.ts';
import { loadScenarioFile, planFiles, readScenarioText, scenarioFiles, type LoadedScenario } from './scenarioFiles.ts';

const byId = new Map<string, LoadedScenario>();
for (const file of scenarioFiles()) {
  const loaded = loadScenarioFile(file);
  const id = loaded.checked?.scenario.id ?? /^id[ \t]*:[ \t]*["']?([^\s"'#]+)/m.exec(readScenarioText(file))?.[1];
  if (id) byId.set(id, loaded);
}

describe.each(planFiles())('%s', (planFile) => {
  const { plan, errors } = parsePlanFile(readScenarioText(planFile));

  it('is a valid plan file for a scenario that loads', () => {
    expect(errors, errors.join('\n')).toEqual([]);
    const scenario = byId.get(plan!.scenario);
    expect(scenario, `no file in scenarios/ has the id "${plan!.scenario}"`).toBeDefined();
    expect(scenario!.checked, `scenarios/${scenario!.file} does not load:\n${scenario!.problems}`).not.toBeNull();
  });

  const checked = plan ? byId.get(plan.scenario)?.checked : null;
  if (!plan || !checked) return;
  it.each(plan.plans.map((p) => [p.name, p] as const))('plan "%s" plays through as expected', (_name, p) => {
    const result = runPlan(checked, p);
    expect(result.failures, `${planFile}, plan "${p.name}":\n  ${result.failures.join('\n  ')}`).toEqual([]);
  });
});
