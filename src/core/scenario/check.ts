// From a parsed file to a CheckedScenario: the structure (schema.ts, explained by
// schemaIssues.ts), then the meaning (references, the beat graph, flags and time), then what the
// graph makes possible (score bounds, path count). Structure errors stop there: the later checks
// need a well-formed scenario to say anything true.
import { isCollection, isPair, isScalar } from 'yaml';
import { ANSWER_CHECKS } from '../answers/checks.ts';
import type { SkillId } from '../skills.ts';
import type { CheckedScenario, SkillBounds } from './checked.ts';
import { CheckContext, quoteList } from './checkContext.ts';
import { checkFit } from './checkFit.ts';
import { checkFlow, rebuttableRumours } from './checkFlow.ts';
import { analyseGraph, checkGraph } from './checkGraph.ts';
import { checkReferences } from './checkReferences.ts';
import { checkScores } from './checkScores.ts';
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

/** Where the parts marked with an anchor (&name) are written, as [from, to] positions. */
function anchoredParts(parsed: ParsedScenario): [Position, Position][] {
  const parts: [Position, Position][] = [];
  const at = (offset: number): Position => {
    const { line, col } = parsed.lineCounter.linePos(offset);
    return { line, column: col };
  };
  const visit = (node: unknown): void => {
    if (!isScalar(node) && !isCollection(node)) return;
    if (node.anchor && node.range) parts.push([at(node.range[0]), at(node.range[1])]);
    if (!isCollection(node)) return;
    for (const item of node.items) {
      if (isPair(item)) {
        visit(item.key);
        visit(item.value);
      } else visit(item);
    }
  };
  if (parsed.doc) visit(parsed.doc.contents);
  return parts;
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.column <= b.column);

/**
 * A part written once and repeated by aliases (&name … *name) is checked at every place it is
 * used, but all those problems point at the same line of the anchored part: the author fixes it
 * once, so it is said once.
 */
function onceEach(parsed: ParsedScenario, diagnostics: Diagnostic[]): Diagnostic[] {
  const parts = anchoredParts(parsed);
  if (parts.length === 0) return diagnostics;
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    if (!parts.some(([from, to]) => before(from, d) && before(d, to))) return true;
    const key = `${d.code}:${d.line}:${d.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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
    return { diagnostics: onceEach(parsed, sortDiagnostics(explainer.diagnostics)), checked: null, summary: null, scenario: null };
  }
  const scenario = result.data;
  const ctx = new CheckContext(file, scenario, locator, value);
  checkReferences(ctx);
  const facts = analyseGraph(scenario);
  checkGraph(ctx, facts);
  const rebuttable = rebuttableRumours(facts);
  checkFlow(ctx, rebuttable);
  // Each answer kind's own checks (core/answers/checks.ts).
  for (const kind of ANSWER_CHECKS) kind.check(ctx, facts, value);

  const { bounds, repeating } = scoreBounds(scenario, facts.graph, facts.components, rebuttable);
  checkScores(ctx, facts, bounds, repeating.length > 0);
  checkFit(ctx);
  for (const loop of repeating) {
    // An unreachable loop scores nothing; a loop with no way to end is already an error.
    if (!loop.beats.some((v) => facts.reachable[v]) || !loop.beats.some((v) => facts.reachesEnd[v])) continue;
    const names = loop.beats.map((v) => facts.graph.ids[v]!);
    const visits = Math.ceil(scenario.duration * LOOP_VISITS_PER_SECOND);
    ctx.say('loop-repeats-points', ['beats', names[0]!], { beats: quoteList(names), skills: quoteList(loop.skills), visits }, { anchor: 'key' });
  }
  const paths = countPaths(facts.graph, facts.components, facts.reachable);
  const diagnostics = onceEach(parsed, sortDiagnostics(ctx.diagnostics));
  // Round a loop with no way out the points run up until the clock stops: meaningless figures.
  const trapped = diagnostics.some((d) => d.code === 'closed-loop');
  const summary: ScenarioSummary = { id: scenario.id, idAt: locator.at(['id']), beats: facts.graph.ids.length, paths, bounds: trapped ? {} : bounds };
  // CheckedScenario travels as JSON (the build's virtual module): a finite number, exact up to 2^53.
  const checked: CheckedScenario | null = hasErrors(diagnostics)
    ? null
    : { scenario, file, bounds, paths: paths === 'unbounded' ? 'unbounded' : Math.min(Number(paths), Number.MAX_VALUE) };
  return { diagnostics, checked, summary, scenario };
}
