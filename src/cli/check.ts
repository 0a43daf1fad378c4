// `scenario check FILE…`: every problem as PATH:LINE:COL severity [code] message, then a summary
// per file. Exit 0 without errors (warnings allowed), 1 with errors, 2 when a file cannot be read.
//
// Play-through transcripts (*.plan.yaml, or any file whose top level has `plans:` and no `beats:`)
// sit next to the scenarios, so `check scenarios/*.yaml` meets them: they get a light check here
// (valid YAML, and the scenario they play exists) and their full check in `npm test`.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SKILL_NAMES, type SkillId } from '../core/skills.ts';
import type { ScenarioSummary } from '../core/scenario/check.ts';
import { diagnostic, formatDiagnosticIn, hintIn, sortDiagnostics, type Diagnostic } from '../core/scenario/diagnostics.ts';
import { checkScenarioSet } from '../core/scenario/load.ts';
import { LIMITS } from '../core/scenario/limits.ts';
import { parseScenarioText } from '../core/scenario/parse.ts';
import { formatPathCount } from '../core/scenario/pathCount.ts';
import { expandPattern, readScenarioFile } from './readFiles.ts';

export const CHECK_HELP = `Usage: npm run scenario -- check [--json] [--lang en|vi] FILE...

Checks scenario files and prints one line per problem:
  PATH:LINE:COLUMN severity [code] message
then a summary per file: beats, the number of routes from start to an ending ("unbounded" when a
loop can repeat) and, per assessed skill, the lowest and highest points possible.
At most 50 problems are printed per file, then a count of the rest.
Every code is explained in docs/diagnostics.md.

  FILE     scenario files, e.g. scenarios/*.yaml. Play-through plans (*.plan.yaml, or files with a
           top-level "plans:") only get a light check here: valid YAML, and the scenario exists.
  --json   print the problems and summaries as JSON instead (each problem's "texts" has its
           message in every language, "hints" its hint)
  --lang   the language of the messages and hints: en (default) or vi
  --help   this text

A line "hint: …" under a problem lists what the format accepts there (known keys, valid values).

Exit status: 0 no errors (warnings allowed), 1 errors (a file over 1 MiB too), 2 a file cannot be
read (missing, a folder, not UTF-8).`;

type Outcome =
  | { file: string; kind: 'unreadable'; diagnostics: Diagnostic[] }
  | { file: string; kind: 'scenario'; diagnostics: Diagnostic[]; summary: ScenarioSummary | null }
  | { file: string; kind: 'plan'; diagnostics: Diagnostic[]; scenario: string | null; plans: number };

function looksLikePlan(file: string, text: string): boolean {
  return file.endsWith('.plan.yaml') || (/^plans[ \t]*:/m.test(text) && !/^beats[ \t]*:/m.test(text));
}

/** Ids of the scenarios in a folder, read lightly (for a plan whose scenario was not checked). */
function idsInFolder(folder: string): Set<string> {
  const ids = new Set<string>();
  try {
    for (const entry of readdirSync(folder)) {
      if (!/\.ya?ml$/.test(entry) || entry.endsWith('.plan.yaml')) continue;
      const read = readScenarioFile(join(folder, entry));
      if ('text' in read) {
        const id = /^id[ \t]*:[ \t]*["']?([^\s"'#]+)/m.exec(read.text)?.[1];
        if (id) ids.add(id);
      }
    }
  } catch {
    // an unreadable folder simply adds no ids
  }
  return ids;
}

function checkPlan(file: string, text: string, knownIds: Set<string>): Outcome {
  const parsed = parseScenarioText(text, file);
  const value = parsed.value as { scenario?: unknown; plans?: unknown } | null | undefined;
  const diagnostics = [...parsed.diagnostics];
  let scenario: string | null = null;
  if (parsed.locator && value !== undefined) {
    scenario = typeof value?.scenario === 'string' ? value.scenario : null;
    if (scenario === null) {
      diagnostics.push(diagnostic('plan-unknown-scenario', file, parsed.locator.at(['scenario']), {}, { variant: 'no-scenario' }));
    } else if (!knownIds.has(scenario) && !idsInFolder(dirname(file)).has(scenario)) {
      diagnostics.push(diagnostic('plan-unknown-scenario', file, parsed.locator.at(['scenario']), { scenario }));
    }
  }
  const plans = Array.isArray(value?.plans) ? value.plans.length : 0;
  return { file, kind: 'plan', diagnostics, scenario, plans };
}

export function checkFiles(patterns: readonly string[]): Outcome[] {
  const files = patterns.flatMap(expandPattern);
  const reads = files.map(readScenarioFile);
  const scenarios: { file: string; text: string }[] = [];
  const plans: { file: string; text: string }[] = [];
  for (const read of reads) {
    if ('text' in read) (looksLikePlan(read.file, read.text) ? plans : scenarios).push(read);
  }
  const results = new Map(checkScenarioSet(scenarios).map((r) => [r.file, r]));
  const knownIds = new Set([...results.values()].flatMap((r) => (r.summary ? [r.summary.id] : [])));
  const planResults = new Map(plans.map((p) => [p.file, checkPlan(p.file, p.text, knownIds)]));
  return reads.map((read): Outcome => {
    if ('problem' in read) return { file: read.file, kind: 'unreadable', diagnostics: [read.problem] };
    const plan = planResults.get(read.file);
    if (plan) return plan;
    const result = results.get(read.file)!;
    return { file: read.file, kind: 'scenario', diagnostics: result.diagnostics, summary: result.summary };
  });
}

function count(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return { errors, warnings: diagnostics.length - errors };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

function summaryLines(outcome: Outcome): string[] {
  const { errors, warnings } = count(outcome.diagnostics);
  const status = errors + warnings === 0 ? 'no problems' : `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
  if (outcome.kind === 'unreadable') return [`${outcome.file}: not read`];
  if (outcome.kind === 'plan') {
    const what = outcome.scenario ? `play-throughs for "${outcome.scenario}"` : 'play-throughs';
    return [`${outcome.file}: ${what}, ${plural(outcome.plans, 'plan')} (run in full by npm test): ${status}`];
  }
  const summary = outcome.summary;
  if (summary === null) return [`${outcome.file}: ${status}; the summary follows once the file's structure is fixed`];
  const lines = [
    `${outcome.file} (${summary.id}): ${status}`,
    `  ${plural(summary.beats, 'beat')}; routes from start to an ending: ${formatPathCount(summary.paths)}`,
  ];
  const skills = Object.keys(summary.bounds) as SkillId[];
  if (skills.length === 0) lines.push('  lowest and highest points: shown once every route can reach an ending');
  const width = Math.max(0, ...skills.map((s) => s.length));
  for (const skill of skills) {
    const b = summary.bounds[skill]!;
    lines.push(`  ${skill.padEnd(width)}  ${signed(b.min)} .. ${signed(b.max)} points  (${SKILL_NAMES[skill].en})`);
  }
  return lines;
}

/** Problems printed per file: a screenful; the rest are counted (fixing the first ones often
 *  clears many of the others). */
const PROBLEMS_SHOWN = LIMITS.diagnosticsShown;

function problemLines(outcome: Outcome, lang: string): string[] {
  const sorted = sortDiagnostics([...outcome.diagnostics]);
  // The hint (the known keys, the valid values…) goes on an indented line under its problem.
  const lines = sorted.slice(0, PROBLEMS_SHOWN).flatMap((d) => {
    const hint = hintIn(d, lang);
    return [formatDiagnosticIn(d, lang), ...(hint ? [`    hint: ${hint}`] : [])];
  });
  const more = sorted.length - PROBLEMS_SHOWN;
  if (more > 0)
    lines.push(`${outcome.file}: … and ${more.toLocaleString('en')} more ${more === 1 ? 'problem' : 'problems'} (fix the ones above and check again)`);
  return lines;
}

function toJson(outcomes: Outcome[]): unknown {
  return {
    files: outcomes.map((o) => ({
      ...o,
      ...(o.kind === 'scenario' && o.summary
        ? { summary: { ...o.summary, paths: o.summary.paths === 'unbounded' ? 'unbounded' : o.summary.paths.toString() } }
        : {}),
    })),
    ...count(outcomes.flatMap((o) => o.diagnostics)),
  };
}

function exitCodeOf(outcomes: readonly Outcome[]): number {
  // 2 is for a file that could not be read at all; one over the size limit is an error like any other.
  if (outcomes.some((o) => o.kind === 'unreadable' && o.diagnostics.some((d) => d.code === 'cannot-read'))) return 2;
  return outcomes.some((o) => o.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

export async function runCheck(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(CHECK_HELP);
    return 0;
  }
  const json = argv.includes('--json');
  const langAt = argv.indexOf('--lang');
  const lang = langAt < 0 ? 'en' : argv[langAt + 1];
  const args = langAt < 0 ? argv : argv.filter((_, i) => i !== langAt && i !== langAt + 1);
  const unknown = args.filter((a) => a.startsWith('-') && a !== '--json');
  const files = args.filter((a) => !a.startsWith('-'));
  if (lang !== 'en' && lang !== 'vi') {
    console.error(`scenario check: --lang is en or vi\n`);
    console.error(CHECK_HELP);
    return 2;
  }
  if (unknown.length > 0 || files.length === 0) {
    console.error(unknown.length > 0 ? `scenario check: unknown option ${unknown[0]}\n` : 'scenario check: give at least one file\n');
    console.error(CHECK_HELP);
    return 2;
  }
  const outcomes = checkFiles(files);
  if (json) {
    console.log(JSON.stringify(toJson(outcomes), null, 2));
    return exitCodeOf(outcomes);
  }
  const problems = outcomes.flatMap((o) => o.diagnostics);
  for (const outcome of outcomes) for (const line of problemLines(outcome, lang)) console.log(line);
  if (problems.length > 0) console.log('');
  for (const outcome of outcomes) for (const line of summaryLines(outcome)) console.log(line);
  const total = count(problems);
  console.log(`\n${plural(outcomes.length, 'file')} checked: ${plural(total.errors, 'error')}, ${plural(total.warnings, 'warning')}.`);
  return exitCodeOf(outcomes);
}
