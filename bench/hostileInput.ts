// The hostile-input bench (`npm run bench:hostile`; not a test): what `scenario check` costs on
// files built to hurt it, each at most the size limit (1 MiB). Each input is checked by the real
// CLI command in its own child process, so the time and the peak memory (max RSS of that process,
// Node and tsx included) belong to that input alone; the diagnostics go to /dev/null and only
// their line count is kept.
//
// Goal: every input checked in ≤ 2 s and ≤ 300 MB, with at most a screenful of diagnostic lines.
// The time judged is the check's CPU time (user + system), which is what the wall-clock time comes
// to on a quiet machine; the wall-clock time is printed too (it grows with the machine's load).
// A child that passes BENCH_TIMEOUT_S (default 120) is stopped and reported as such.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { generateScenario } from './engine.bench.ts';

const MAX_BYTES = 1024 * 1024;
const GOAL_SECONDS = 2;
const GOAL_MB = 300;
/** A screenful: at most 50 problems, the count of the rest, and the file's summary. */
const SCREENFUL = 70;

/** Repeats `unit` to just under `bytes` of UTF-8. */
function fill(unit: string, bytes: number, prefix = '', suffix = ''): string {
  const n = Math.floor((bytes - Buffer.byteLength(prefix) - Buffer.byteLength(suffix)) / Buffer.byteLength(unit));
  return prefix + unit.repeat(n) + suffix;
}

/** Lines made by `line(i)` for i = 0, 1, … up to just under `bytes` of UTF-8. */
function lines(line: (i: number) => string, bytes: number, prefix = ''): string {
  const out = [prefix];
  let size = Buffer.byteLength(prefix);
  for (let i = 0; ; i++) {
    const next = `${line(i)}\n`;
    size += Buffer.byteLength(next);
    if (size > bytes) break;
    out.push(next);
  }
  return out.join('');
}

/** The largest generated scenario (bench/engine.bench.ts) that fits the size limit. */
function largestScenario(): string {
  let beats = 2000;
  let text = generateScenario(beats);
  while (Buffer.byteLength(text) > MAX_BYTES) text = generateScenario((beats -= 50));
  return text;
}

/** Every input, by name; generated in the child so the parent holds none of them. */
export const HOSTILE_INPUTS: Record<string, () => string> = {
  // The reports of issue 10.
  'explicit keys "? " x 500': () => '? '.repeat(500),
  'explicit keys "? " x 700': () => '? '.repeat(700),
  'flow list of 1,048,571 bytes': () => fill('a, ', 1_048_571 - 2, '[', 'a]'),
  '150,000 lines "a: 1"': () => 'a: 1\n'.repeat(150_000),
  // More of the same family.
  'explicit keys, one per line, deeper each time': () => Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i % 60)}? k${i}`).join('\n'),
  'explicit keys "? " x 60, repeated to 1 MiB': () => fill(`- ${'? '.repeat(60)}a\n`, MAX_BYTES),
  '"- " x 60 lists, repeated to 1 MiB': () => fill(`- ${'- '.repeat(60)}a\n`, MAX_BYTES),
  'flow map of 1 MiB': () => fill('a: b, ', MAX_BYTES - 2, '{', 'z: y}'),
  'nested flow "[" x 100,000': () => '['.repeat(100_000),
  'nested flow "[[..]]" 60 deep, repeated': () => fill(`- ${'['.repeat(60)}${']'.repeat(60)}\n`, MAX_BYTES),
  '1 MiB single-line plain text': () => fill('a', MAX_BYTES - 3, 'x: '),
  '1 MiB double-quoted text': () => fill('a', MAX_BYTES - 6, 'x: "', '"'),
  '1 MiB of "#" comments': () => fill('# comment line\n', MAX_BYTES),
  '1 MiB of blank lines': () => fill('\n', MAX_BYTES),
  '1 MiB of CR-only lines "a: 1"': () => fill('a: 1\r', MAX_BYTES),
  'anchors and 100,000 aliases': () => fill('- *a\n', MAX_BYTES, 'a: &a [x, y, z]\nb:\n'),
  'billion laughs': () =>
    [
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(',')}]`,
      ),
    ].join('\n'),
  'distinct keys "kN: v" to 1 MiB': () => lines((i) => `k${i}: v`, MAX_BYTES),
  '59,900 lines "a: 1" (just under the value limit)': () => 'a: 1\n'.repeat(59_900),
  '59,900 tab indents (just under the value limit)': () => 'a:\n\tb: 1\n'.repeat(29_950),
  '59,900 unclosed quotes (just under the value limit)': () => '- "a\n'.repeat(59_900),
  'explicit keys in brackets "[? ? ? …]"': () => `[${'? '.repeat(700)}a]`,
  'explicit values ": " x 500': () => `? a\n${': '.repeat(500)}b`,
  '100,000 unclosed quotes': () => fill('- "a\n', MAX_BYTES),
  '100,000 tab indents': () => fill('a:\n\tb: 1\n', MAX_BYTES),
  '100,000 unsupported tags': () => fill('- !x a\n', MAX_BYTES),
  '1 MiB of control characters': () => fill('- "\u001b[31m\u202e"\n', MAX_BYTES),
  '1 MiB of escaped control characters': () => fill('- "\\e[31m\\u202E"\n', MAX_BYTES),
  'the largest generated scenario (not hostile)': largestScenario,
};

interface Measure {
  name: string;
  bytes: number;
  seconds: number;
  cpuSeconds: number;
  peakMb: number;
  lines: number;
  timedOut: boolean;
}

async function child(name: string, file: string): Promise<void> {
  const { runCheck } = await import('../src/cli/check.ts');
  let lines = 0;
  const count = (...args: unknown[]) => {
    lines += args.map(String).join(' ').split('\n').length;
  };
  console.log = count;
  console.error = count;
  const cpu = process.cpuUsage();
  const start = performance.now();
  await runCheck([file]);
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stderr.write(`${JSON.stringify({ name, seconds, cpuSeconds, peakMb, lines })}\n`);
}

function measure(name: string, dir: string, timeoutS: number): Measure {
  const text = HOSTILE_INPUTS[name]!();
  const file = join(dir, 'input.yaml');
  writeFileSync(file, text);
  const bytes = Buffer.byteLength(text);
  const run = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--one', name, file], {
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: timeoutS * 1000,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const last = run.stderr?.trim().split('\n').pop() ?? '';
  try {
    const m = JSON.parse(last) as { seconds: number; cpuSeconds: number; peakMb: number; lines: number };
    return { name, bytes, ...m, timedOut: false };
  } catch {
    return { name, bytes, seconds: timeoutS, cpuSeconds: timeoutS, peakMb: NaN, lines: NaN, timedOut: true };
  }
}

function overGoal(m: Measure): boolean {
  return m.timedOut || m.cpuSeconds > GOAL_SECONDS || m.peakMb > GOAL_MB || m.lines > SCREENFUL;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--one') return child(argv[1]!, argv[2]!);
  const only = argv.length > 0 ? argv : Object.keys(HOSTILE_INPUTS);
  const timeoutS = Number(process.env.BENCH_TIMEOUT_S) || 120;
  const dir = mkdtempSync(join(tmpdir(), 'podium-hostile-'));
  console.log(`scenario check on hostile inputs (goal: ≤ ${GOAL_SECONDS} s CPU, ≤ ${GOAL_MB} MB peak RSS, ≤ ${SCREENFUL} lines each)\n`);
  console.log(`${pad('input', 52)} ${pad('bytes', 10)} ${pad('cpu', 9)} ${pad('wall', 9)} ${pad('peak', 8)} lines`);
  const results: Measure[] = [];
  try {
    for (const name of only) {
      if (!HOSTILE_INPUTS[name]) {
        console.log(`${name}: no such input`);
        continue;
      }
      const m = measure(name, dir, timeoutS);
      results.push(m);
      const wall = m.timedOut ? `>${timeoutS} s` : `${m.seconds.toFixed(2)} s`;
      const cpu = m.timedOut ? '?' : `${m.cpuSeconds.toFixed(2)} s`;
      const over = overGoal(m) ? '  OVER' : '';
      console.log(
        `${pad(name, 52)} ${pad(m.bytes.toLocaleString('en'), 10)} ${pad(cpu, 9)} ${pad(wall, 9)} ${pad(Number.isNaN(m.peakMb) ? '?' : `${Math.round(m.peakMb)} MB`, 8)} ${Number.isNaN(m.lines) ? '?' : m.lines}${over}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const worstTime = results.reduce((a, b) => (b.cpuSeconds > a.cpuSeconds ? b : a), results[0]!);
  const worstMem = results.reduce((a, b) => (b.peakMb > a.peakMb ? b : a), results[0]!);
  if (worstTime) {
    console.log(
      `\nworst time: ${worstTime.cpuSeconds.toFixed(2)} s CPU, ${worstTime.seconds.toFixed(2)} s wall (${worstTime.name}); worst peak memory: ${Math.round(worstMem.peakMb)} MB (${worstMem.name})`,
    );
  }
  const failed = results.filter(overGoal);
  console.log(failed.length === 0 ? 'every input within the goal' : `${failed.length} input(s) over the goal`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
