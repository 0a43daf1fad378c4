// `scenario graph FILE [--lang CODE]`: a Mermaid flowchart of the beats: answers (numbered as on
// screen), the other answer kinds by label ("typed answer") and timeouts grouped into one edge per
// target (dotted when only silence takes it), branch conditions, escalations and event jumps
// (thick), and the endings.
import { ANSWER_KINDS } from '../core/answers/registry.ts';
import { silenceNext } from '../core/engine/silence.ts';
import { formatDiagnostic } from '../core/scenario/diagnostics.ts';
import { loadScenario } from '../core/scenario/load.ts';
import { branchesOf, END, type Condition, type Next, type Scenario, type Text } from '../core/scenario/schema.ts';
import { resolveText } from '../i18n/resolveText.ts';
import { readScenarioFile } from './readFiles.ts';

export const GRAPH_HELP = `Usage: npm run scenario -- graph FILE [--lang CODE]

Prints a Mermaid flowchart of the scenario (paste it into any Mermaid viewer, or a Markdown file
between \`\`\`mermaid fences): beats with their reporter and question, then one arrow per beat it
leads to, labelled with the answers that take it (numbered as on screen; a lone answer with its
text), "typed answer" and "timeout" (dotted when only silence leads there), branch conditions,
escalations and event jumps (thick), and the endings. --lang picks the language of the texts
(default: the scenario's first language).

Exit status: 0 printed, 1 the scenario has errors in its structure, 2 the file cannot be read.`;

const MAX_LABEL = 48;

function shorten(raw: string): string {
  const flat = raw.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_LABEL ? `${flat.slice(0, MAX_LABEL - 1)}…` : flat;
}

/** Mermaid label: quoted, with quotes and angle brackets escaped. */
function label(text: string): string {
  return `"${text.replace(/"/g, '#quot;').replace(/[<>]/g, (c) => (c === '<' ? '#lt;' : '#gt;'))}"`;
}

function describeCondition(condition: Condition): string {
  if ('flag' in condition) return `flag ${condition.flag}`;
  if ('visited' in condition) return `visited ${condition.visited}`;
  if ('rumour' in condition) return `${condition.rumour.id} ${condition.rumour.is}`;
  if ('time' in condition) return 'after' in condition.time ? `after ${condition.time.after} s` : `before ${condition.time.before} s`;
  if ('score' in condition) {
    const s = condition.score;
    if ('total_at_least' in s) return `overall ≥ ${s.total_at_least}`;
    return 'at_least' in s ? `${s.skill} ≥ ${s.at_least}` : `${s.skill} < ${s.below}`;
  }
  if ('not' in condition) return `not (${describeCondition(condition.not)})`;
  if ('all' in condition) return condition.all.map(describeCondition).join(' and ');
  return condition.any.map(describeCondition).join(' or ');
}

function scenarioMermaid(scenario: Scenario, language: string): string {
  const ids = Object.keys(scenario.beats);
  const node = new Map(ids.map((id, i) => [id, `b${i}`]));
  const target = (goto: string) => (goto === END ? 'finish' : (node.get(goto) ?? `missing_${goto.replace(/\W/g, '_')}`));
  const lines = ['flowchart TD', '  begin((start))', `  begin --> ${target(scenario.start)}`];

  ids.forEach((id) => {
    const beat = scenario.beats[id]!;
    const from = node.get(id)!;
    lines.push(`  ${from}[${label(shorten(`${id} · ${beat.reporter}: ${resolveText(beat.ask, language)}`))}]`);
    // One edge per target (and condition), labelled with every way of getting there, so that a
    // beat whose four answers all lead on to the same question draws one arrow, not five.
    // Numbered responses (answers, with their words), the other kinds by label, and silence.
    type Group = { target: string; condition: string; answers: { n: number; text: Text | undefined }[]; kinds: string[]; timeout: boolean };
    const groups = new Map<string, Group>();
    const take = (next: Next, mark: (group: Group) => void) => {
      for (const branch of branchesOf(next)) {
        const condition = branch.if ? ` if ${describeCondition(branch.if)}` : '';
        const key = `${branch.goto}\u0000${condition}`;
        let group = groups.get(key);
        if (!group) groups.set(key, (group = { target: target(branch.goto), condition, answers: [], kinds: [], timeout: false }));
        mark(group);
      }
    };
    let answerable = false;
    for (const kind of ANSWER_KINDS) {
      for (const r of kind.responses(beat)) {
        answerable = true;
        take(r.next, (g) => (kind.numbered ? g.answers.push({ n: r.index + 1, text: r.text }) : g.kinds.includes(kind.label) || g.kinds.push(kind.label)));
      }
    }
    if (beat.on_timeout || answerable) take(silenceNext(beat), (g) => (g.timeout = true));
    for (const group of groups.values()) {
      const parts: string[] = [];
      const [only] = group.answers;
      if (group.answers.length === 1 && group.kinds.length === 0 && !group.timeout) parts.push(shorten(`${only!.n}. ${resolveText(only!.text, language)}`));
      else if (group.answers.length > 0) parts.push(`${group.answers.length === 1 ? 'answer' : 'answers'} ${group.answers.map((a) => a.n).join(', ')}`);
      for (const label of group.kinds) parts.push(`${label} answer`);
      if (group.timeout) parts.push(`timeout ${beat.time_limit} s`);
      const arrow = group.answers.length > 0 || group.kinds.length > 0 ? '-->' : '-.->';
      lines.push(`  ${from} ${arrow}|${label(`${parts.join(' · ')}${group.condition}`)}| ${group.target}`);
    }
  });

  scenario.rumours.forEach((rumour, i) => {
    if (!rumour.escalate) return;
    lines.push(`  r${i}{{${label(`rumour ${rumour.id} reaches ${rumour.escalate.at_reach.toLocaleString('en')}`)}}}`);
    lines.push(`  r${i} ==> ${target(rumour.escalate.goto)}`);
  });
  scenario.events.forEach((event, i) => {
    if (event.goto === undefined) return;
    lines.push(`  e${i}[/${label(shorten(`${event.kind} at ${event.at} s: ${resolveText(event.text, language)}`))}/]`);
    lines.push(`  e${i} ==> ${target(event.goto)}`);
  });

  const endings = scenario.endings.map((e) => (e.when ? `${e.id} if ${describeCondition(e.when)}` : e.id)).join(' · ');
  lines.push(`  finish([${label(`end: ${endings}`)}])`);
  return `${lines.join('\n')}\n`;
}

export async function runGraph(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(GRAPH_HELP);
    return 0;
  }
  const at = argv.indexOf('--lang');
  const lang = at >= 0 ? argv[at + 1] : undefined;
  const files = argv.filter((a, i) => !a.startsWith('-') && (at < 0 || i !== at + 1));
  if (files.length !== 1 || (at >= 0 && lang === undefined)) {
    console.error(`scenario graph: ${files.length !== 1 ? 'give exactly one file' : '--lang needs a language code'}\n`);
    console.error(GRAPH_HELP);
    return 2;
  }
  const read = readScenarioFile(files[0]!);
  if ('problem' in read) {
    console.error(formatDiagnostic(read.problem));
    return read.problem.code === 'cannot-read' ? 2 : 1;
  }
  const result = loadScenario(read.text, read.file);
  for (const d of result.diagnostics) console.error(formatDiagnostic(d));
  if (result.scenario === null) return 1;
  process.stdout.write(scenarioMermaid(result.scenario, lang ?? result.scenario.languages[0] ?? 'en'));
  return 0;
}
