// The engine bench (`npm run bench`; not a test): what loading a scenario costs compared with
// merely parsing its YAML, on scenarios of 100, 500 and 1,500 beats generated in the run.
//
//   yaml      YAML.parse of the text (the floor: any loader has to read the YAML)
//   load      loadScenario (parse with positions, limits, schema, references, graph, bounds, paths)
//   compile   compileScenario of the checked scenario
//   actor     createActor(machine).start() and the first beat asked
//   total     load + compile + actor, each timed as a whole per repetition
//
// Goal: total ≤ 3 × yaml at 1,500 beats. Medians of BENCH_RUNS repetitions (default 9) after a
// warm-up, all in this process so the ratio compares like with like on a busy machine.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createActor } from 'xstate';
import YAML from 'yaml';
import { compileScenario } from '../src/core/engine/compile.ts';
import { formatDiagnostic } from '../src/core/scenario/diagnostics.ts';
import { loadScenario } from '../src/core/scenario/load.ts';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 9);
const SIZES = [100, 500, 1500];
const GOAL = 3;

/** A plausible scenario: bilingual texts, 3 answers per beat, every 5th beat typed, branches. */
export function generateScenario(beats: number): string {
  const id = (i: number) => `q${i}`;
  const next = (i: number, k: number) => (i + k < beats ? id(i + k) : 'end');
  const lines: string[] = [
    'format: 1',
    `id: bench-${beats}`,
    'languages: [vi, en]',
    `title: { vi: "Họp báo thử ${beats} câu", en: "Bench conference, ${beats} beats" }`,
    'summary: { vi: "Kịch bản sinh tự động để đo tốc độ.", en: "A generated scenario for timing." }',
    'duration: 7200',
    'skills: [timeliness, transparency, accuracy, rumour-rebuttal, composure, key-messages]',
    'weights: { accuracy: 2 }',
    'briefing:',
    '  situation: { vi: "Mưa lớn kéo dài, nhiều xã bị ngập.", en: "Heavy rain for days; many communes flooded." }',
    '  facts:',
    '    - { id: f1, status: confirmed, text: { vi: "Đập an toàn.", en: "The dam is safe." } }',
    '  key_messages:',
    '    - { id: k1, text: { vi: "Theo dõi thông tin chính thức.", en: "Follow official information." } }',
    'reporters:',
    '  - { id: lan, name: Nguyễn Thị Lan, outlet: { vi: Báo Tin Nhanh, en: Tin Nhanh Daily }, stance: hostile, kind: domestic }',
    '  - { id: tom, name: Tom Reed, outlet: { vi: Hãng tin Reuters, en: Reuters }, stance: neutral, kind: foreign }',
    'rumours:',
  ];
  for (let r = 0; r < 3; r++) {
    lines.push(
      `  - id: r${r}`,
      `    text: { vi: "Tin đồn số ${r}: đập sắp vỡ!", en: "Rumour ${r}: the dam is about to burst!" }`,
      `    author: "@tin${r}"`,
      `    appears_at: ${30 + r * 200}`,
      '    reach: { start: 500, doubling: 60, peak: 200000 }',
      '    countered_by: [f1]',
      `    escalate: { at_reach: 50000, goto: ${id(Math.floor((beats * (r + 1)) / 4))} }`,
    );
  }
  lines.push('events:');
  for (let e = 0; e < 3; e++) {
    lines.push(
      `  - { id: e${e}, at: ${600 + e * 900}, kind: breaking, text: { vi: "Tin nóng ${e}", en: "Breaking ${e}" }, goto: ${id(Math.floor((beats * (e + 1)) / 5))} }`,
    );
  }
  lines.push(`start: ${id(0)}`, 'beats:');
  for (let i = 0; i < beats; i++) {
    lines.push(
      `  ${id(i)}:`,
      `    reporter: ${i % 2 ? 'tom' : 'lan'}`,
      `    ask: { vi: "Câu hỏi ${i}: ông xác nhận chứ?", en: "Question ${i}: do you confirm?" }`,
      `    time_limit: ${20 + (i % 5) * 10}`,
    );
    if (i % 5 === 4) {
      lines.push(
        '    free_text:',
        '      max_words: 60',
        `      rebuts: r${i % 3}`,
        '      rubric:',
        '        - { skill: accuracy, points: 2, any: ["chưa xác nhận", "not confirmed"] }',
        '        - { skill: accuracy, points: -3, any: ["đã chết", "has died"] }',
        `      next: ${next(i, 1)}`,
      );
    } else {
      lines.push(
        '    answers:',
        `      - text: { vi: "Đập đã được kiểm tra, không có vết nứt (${i}).", en: "The dam was inspected; no cracks (${i})." }`,
        '        effects: { accuracy: 2, rumour-rebuttal: 1 }',
        `        rebuts: r${i % 3}`,
        ...(i % 3 === 0 ? ['        feedback: { vi: Nêu sự thật đã xác minh., en: You gave the verified fact. }'] : []),
        `        next: ${next(i, 1)}`,
        '      - text: { vi: Miễn bình luận., en: No comment. }',
        '        effects: { transparency: -2 }',
        '        set: [evasive]',
        `        next: ${next(i, 1)}`,
        '      - text: { vi: Sẽ thông tin sau., en: We will inform you later. }',
        '        effects: { timeliness: -1, key-messages: 1 }',
        '        next:',
        `          - { if: { flag: evasive }, goto: ${next(i, 2)} }`,
        `          - { goto: ${next(i, 1)} }`,
      );
    }
  }
  lines.push(
    'endings:',
    '  - { id: trusted, when: { score: { total_at_least: 70 } }, text: { vi: Báo chí tin tưởng., en: The press trusts you. } }',
    '  - { id: shaken, when: { flag: evasive }, text: { vi: Báo chí nghi ngờ., en: The press doubts you. } }',
    '  - { id: default, text: { vi: Kết thúc., en: The end. } }',
  );
  return `${lines.join('\n')}\n`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

interface Row {
  beats: number;
  kb: number;
  yaml: number;
  load: number;
  compile: number;
  actor: number;
  total: number;
}

function measure(beats: number): Row {
  const text = generateScenario(beats);
  const file = `bench-${beats}.yaml`;
  const first = loadScenario(text, file);
  if (!first.checked) throw new Error(`the generated scenario does not load:\n${first.diagnostics.map(formatDiagnostic).join('\n')}`);
  const samples = { yaml: [] as number[], load: [] as number[], compile: [] as number[], actor: [] as number[], total: [] as number[] };
  for (let run = -1; run < RUNS; run++) {
    const [, yaml] = time(() => YAML.parse(text));
    const [loaded, load] = time(() => loadScenario(text, file));
    const [machine, compile] = time(() => compileScenario(loaded.checked!));
    const [, actor] = time(() => {
      const a = createActor(machine).start();
      a.send({ type: 'start', at: 0 });
      return a;
    });
    if (run < 0) continue; // warm-up
    samples.yaml.push(yaml);
    samples.load.push(load);
    samples.compile.push(compile);
    samples.actor.push(actor);
    samples.total.push(load + compile + actor);
  }
  return {
    beats,
    kb: Buffer.byteLength(text) / 1024,
    yaml: median(samples.yaml),
    load: median(samples.load),
    compile: median(samples.compile),
    actor: median(samples.actor),
    total: median(samples.total),
  };
}

function main(): void {
  const rows = SIZES.map(measure);
  const ms = (n: number) => n.toFixed(1).padStart(8);
  console.log(`engine bench: median of ${RUNS} runs (after one warm-up), Node ${process.version}\n`);
  console.log(
    `${'beats'.padStart(6)}${'KB'.padStart(7)}${'yaml'.padStart(8)}${'load'.padStart(8)}${'compile'.padStart(8)}${'actor'.padStart(8)}${'total'.padStart(8)}   ratio total/yaml`,
  );
  for (const r of rows) {
    console.log(
      `${String(r.beats).padStart(6)}${r.kb.toFixed(0).padStart(7)}${ms(r.yaml)}${ms(r.load)}${ms(r.compile)}${ms(r.actor)}${ms(r.total)}   ${(r.total / r.yaml).toFixed(2)}×`,
    );
  }
  const last = rows[rows.length - 1]!;
  const ratio = last.total / last.yaml;
  console.log(`\ngoal at ${last.beats} beats: total ≤ ${GOAL}× yaml — ${ratio <= GOAL ? 'met' : 'MISSED'} (${ratio.toFixed(2)}×)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
