// The labelled typed answers (tests/fixtures/typed-answers/labelled.yaml) scored against the
// bundled scenarios' rubrics: where each lands, and how many land in their band per category.
// The matcher is a parameter so the same measure can be taken of another version of the engine.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { RubricLine } from '../../../src/core/scenario/schema.ts';
import { loadScenarioFile } from '../../scenarios/scenarioFiles.ts';

export const BANDS = ['high', 'partial', 'none', 'negative'] as const;
export type Band = (typeof BANDS)[number];

export interface LabelledAnswer {
  beat: string;
  category: string;
  band: Band;
  text: string;
}

export type Matcher = (text: string, rubric: readonly RubricLine[], maxWords?: number | null) => { lines: { line: RubricLine }[] };

export interface Landing extends LabelledAnswer {
  net: number;
  max: number;
  share: number;
  inBand: boolean;
}

const FILE = fileURLToPath(new URL('../../fixtures/typed-answers/labelled.yaml', import.meta.url));

export function labelledAnswers(): LabelledAnswer[] {
  return parse(readFileSync(FILE, 'utf8')) as LabelledAnswer[];
}

/** high ≥ 0.6 · partial between · none ≤ 0.15 · negative < 0. */
export function inBand(band: Band, share: number): boolean {
  switch (band) {
    case 'high':
      return share >= 0.6;
    case 'partial':
      return share > 0.15 && share < 0.6;
    case 'none':
      return share <= 0.15;
    case 'negative':
      return share < 0;
  }
}

export function land(match: Matcher, answers: readonly LabelledAnswer[] = labelledAnswers()): Landing[] {
  const scenarios = new Map<string, ReturnType<typeof loadScenarioFile>>();
  return answers.map((a) => {
    const [scenarioId, beatId] = a.beat.split('/') as [string, string];
    if (!scenarios.has(scenarioId)) scenarios.set(scenarioId, loadScenarioFile(`${scenarioId}.yaml`));
    const loaded = scenarios.get(scenarioId)!;
    if (!loaded.checked) throw new Error(`${scenarioId} does not load:\n${loaded.problems}`);
    const free = loaded.checked.scenario.beats[beatId]?.free_text;
    if (!free) throw new Error(`${a.beat} has no typed answer`);
    const max = free.rubric.reduce((sum, l) => sum + Math.max(0, l.points), 0);
    const net = match(a.text, free.rubric, free.max_words).lines.reduce((sum, l) => sum + l.line.points, 0);
    const share = max > 0 ? net / max : 0;
    return { ...a, net, max, share, inBand: inBand(a.band, share) };
  });
}

/** Per category: answers, how many land in their band. */
export function summaryTable(landings: readonly Landing[]): string {
  const categories = [...new Set(landings.map((l) => l.category))];
  const rows = categories.map((c) => {
    const of = landings.filter((l) => l.category === c);
    return `| ${c.padEnd(13)} | ${String(of.length).padStart(3)} | ${String(of.filter((l) => l.inBand).length).padStart(7)} |`;
  });
  const total = `| ${'all'.padEnd(13)} | ${String(landings.length).padStart(3)} | ${String(landings.filter((l) => l.inBand).length).padStart(7)} |`;
  return ['| category      |   n | in band |', '|---------------|-----|---------|', ...rows, total].join('\n');
}
