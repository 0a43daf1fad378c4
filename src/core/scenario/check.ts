// From a parsed file to a CheckedScenario: the structure (schema.ts, explained by
// schemaIssues.ts), then the meaning (references, the beat graph, flags and time), then what the
// graph makes possible (score bounds, path count). Structure errors stop there: the later checks
// need a well-formed scenario to say anything true.
import type { SkillId } from '../skills.ts';
import type { CheckedScenario, SkillBounds } from './checked.ts';
import { CheckContext, quoteList } from './checkContext.ts';
import { checkChoices } from './checkChoices.ts';
import { checkFit } from './checkFit.ts';
import { checkFlow, rebuttableRumours } from './checkFlow.ts';
import { analyseGraph, checkGraph } from './checkGraph.ts';
import { checkReferences } from './checkReferences.ts';
import { checkRubrics } from './checkRubric.ts';
import { hasErrors, sortDiagnostics, type Diagnostic, type Position } from './diagnostics.ts';
import type { ParsedScenario } from './parse.ts';
import { countPaths } from './pathCount.ts';
import { ScenarioSchema, type Scenario } from './schema.ts';
import { SchemaExplainer } from './schemaIssues.ts';
import { scoreBounds, LOOP_VISITS_PER_SECOND } from './scoreBounds.ts';

/** What the CLI prints after the problems; present whenever the structure is sound. */
export interface ScenarioSummary {
  id: string;
  /** Where the id is written (for problems across files). */
  idAt: Position;
  beats: number;
  paths: bigint | 'unbounded';
  bounds: Partial<Record<SkillId, SkillBounds>>;
}

export interface CheckResult {
  diagnostics: Diagnostic[];
  /** null when there is any error. */
  checked: CheckedScenario | null;
  summary: ScenarioSummary | null;
  /** The typed scenario when the structure is sound, even with other errors (for the graph view). */
  scenario: Scenario | null;
}

export function checkParsed(parsed: ParsedScenario): CheckResult {
  const { file, locator, value } = parsed;
  if (value === undefined || locator === null) {
    return { diagnostics: sortDiagnostics([...parsed.diagnostics]), checked: null, summary: null, scenario: null };
  }
  const result = ScenarioSchema.safeParse(value);
  if (!result.success) {
    const languages = (value as { languages?: unknown } | null)?.languages;
    const explainer = new SchemaExplainer(file, locator, value, Array.isArray(languages) ? languages.length : 2);
    explainer.explain(result.error.issues, [], ScenarioSchema);
    return { diagnostics: sortDiagnostics(explainer.diagnostics), checked: null, summary: null, scenario: null };
  }
  const scenario = result.data;
  const ctx = new CheckContext(file, scenario, locator, value);
  checkReferences(ctx);
  const facts = analyseGraph(scenario);
  checkGraph(ctx, facts);
  const rebuttable = rebuttableRumours(facts);
  checkFlow(ctx, rebuttable);
  checkRubrics(ctx);

  const { bounds, repeating } = scoreBounds(scenario, facts.graph, facts.components, rebuttable);
  checkChoices(ctx, facts, bounds, repeating.length > 0);
  checkFit(ctx);
  for (const loop of repeating) {
    // An unreachable loop scores nothing; a loop with no way to end is already an error.
    if (!loop.beats.some((v) => facts.reachable[v]) || !loop.beats.some((v) => facts.reachesEnd[v])) continue;
    const names = loop.beats.map((v) => facts.graph.ids[v]!);
    const visits = Math.ceil(scenario.duration * LOOP_VISITS_PER_SECOND);
    ctx.report(
      'loop-repeats-points',
      ['beats', names[0]!],
      `the loop through beats ${quoteList(names)} gives or takes ${quoteList(loop.skills)} points each time round, so the lowest and highest scores assume it may be gone round up to ${visits} times and the 0-100 scores get squeezed. Give the points on the answers that leave the loop instead`,
      { anchor: 'key' },
    );
  }
  const paths = countPaths(facts.graph, facts.components, facts.reachable);
  const diagnostics = sortDiagnostics(ctx.diagnostics);
  const summary: ScenarioSummary = { id: scenario.id, idAt: locator.at(['id']), beats: facts.graph.ids.length, paths, bounds };
  // CheckedScenario travels as JSON (the build's virtual module): a finite number, exact up to 2^53.
  const checked: CheckedScenario | null = hasErrors(diagnostics)
    ? null
    : { scenario, file, bounds, paths: paths === 'unbounded' ? 'unbounded' : Math.min(Number(paths), Number.MAX_VALUE) };
  return { diagnostics, checked, summary, scenario };
}
