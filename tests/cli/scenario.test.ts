// `npm run scenario -- …` as instructors run it: spawned for real where the exit status and the
// absence of stack traces matter, called in-process for the rest (faster on a busy machine).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/scenario.ts';

const ROOT = join(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const FLOOD = 'tests/fixtures/examples/example-flood.yaml';
const SCHOOL = 'tests/fixtures/examples/example-school-meal.yaml';
const BAD = 'tests/fixtures/scenarios/unknown-beat.yaml';
const tmp = mkdtempSync(join(tmpdir(), 'podium-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(TSX, ['src/cli/scenario.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the dispatcher in this process, capturing what it prints. */
async function runHere(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
  try {
    const status = await main(args);
    return { status, stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
    write.mockRestore();
  }
}

function expectNoStackTrace(text: string): void {
  expect(text).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
  expect(text).not.toMatch(/node:internal|TypeError|ReferenceError/);
}

describe('scenario check (spawned)', () => {
  it('exits 0 on clean scenarios and prints a summary for each', () => {
    const { status, stdout, stderr } = run('check', FLOOD, SCHOOL);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain(`${FLOOD} (example-flood): no problems\n  3 beats; routes from start to an ending: 2\n`);
    expect(stdout).toContain(`${SCHOOL} (example-school-meal): no problems`);
    expect(stdout).toMatch(/accuracy +-3 \.\. \+4 points/);
    expect(stdout.trim().split('\n').at(-1)).toBe('2 files checked: 0 errors, 0 warnings.');
  });

  it('exits 1 when one file has errors, and still summarises the good ones', () => {
    const { status, stdout } = run('check', FLOOD, BAD, SCHOOL);
    expect(status).toBe(1);
    expect(stdout.split('\n')[0]).toBe(
      `${BAD}:26:15 error [unknown-beat] answer 1 of beat "q-open" goes to "q-nxet", which is no beat. Did you mean "q-next"?`,
    );
    expect(stdout).toContain(`${FLOOD} (example-flood): no problems`);
    expect(stdout).toContain(`${BAD} (fixture): 1 error, 0 warnings`);
    expect(stdout).toContain(`${SCHOOL} (example-school-meal): no problems`);
    expectNoStackTrace(stdout);
  });

  it('exits 2 when a file cannot be read, and still checks the others', () => {
    writeFileSync(join(tmp, 'latin1.yaml'), Buffer.from([0x74, 0x3a, 0x20, 0xe9, 0x0a]));
    const { status, stdout, stderr } = run('check', 'missing.yaml', FLOOD, tmp, join(tmp, 'latin1.yaml'));
    expect(status).toBe(2);
    expect(stdout).toContain('missing.yaml:1:1 error [cannot-read] cannot read this file: it does not exist');
    expect(stdout).toContain(`${tmp}:1:1 error [cannot-read] this is a folder, not a file`);
    expect(stdout).toContain(`${join(tmp, 'latin1.yaml')}:1:1 error [cannot-read] this file is not UTF-8 text`);
    expect(stdout).toContain(`${FLOOD} (example-flood): no problems`);
    expectNoStackTrace(stdout + stderr);
  });

  it('never prints a stack trace, even for a hostile file', () => {
    writeFileSync(join(tmp, 'hostile.yaml'), `a: ${'['.repeat(50_000)}\nb: &x [*x]\n!!js/function x: 1\n`);
    const { status, stdout, stderr } = run('check', join(tmp, 'hostile.yaml'));
    expect(status).toBe(1);
    expect(stdout).toMatch(/\[too-deep\]/);
    expectNoStackTrace(stdout + stderr);
  });

  it('exits 2 with the usage on an unknown command or no arguments', () => {
    const unknown = run('chekc', FLOOD);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown command "chekc"');
    expect(run().status).toBe(2);
  });
});

describe('scenario check (in-process)', () => {
  it('expands a * pattern the shell left alone, and skips nothing it matched', async () => {
    const { status, stdout } = await runHere('check', 'tests/fixtures/examples/example-*.yaml');
    expect(status).toBe(0);
    expect(stdout).toContain('(example-flood)');
    expect(stdout).toContain('(example-school-meal)');
  });

  it('prints JSON with --json', async () => {
    const { status, stdout } = await runHere('check', '--json', FLOOD, BAD);
    expect(status).toBe(1);
    const json = JSON.parse(stdout) as {
      files: { file: string; kind: string; diagnostics: { code: string; line: number }[]; summary: { paths: string } | null }[];
      errors: number;
    };
    expect(json.errors).toBe(1);
    expect(json.files.map((f) => [f.file, f.kind])).toEqual([
      [FLOOD, 'scenario'],
      [BAD, 'scenario'],
    ]);
    expect(json.files[0]!.summary!.paths).toBe('2');
    expect(json.files[1]!.diagnostics[0]).toMatchObject({ code: 'unknown-beat', line: 26, column: 15, severity: 'error' });
  });

  it('checks play-through files lightly: the scenario they play must exist', async () => {
    const dir = join(tmp, 'plans');
    mkdirSync(dir);
    writeFileSync(join(dir, 'example-flood.yaml'), readFileSync(join(ROOT, FLOOD)));
    writeFileSync(join(dir, 'example-flood.plan.yaml'), 'scenario: example-flood\nplans:\n  - name: best\n    steps: []\n');
    writeFileSync(join(dir, 'other.plan.yaml'), 'scenario: example-flod\nplans: []\n');
    const { status, stdout } = await runHere('check', join(dir, '*.yaml'));
    expect(status).toBe(1);
    expect(stdout).toContain(`${join(dir, 'example-flood.plan.yaml')}: play-throughs for "example-flood", 1 plan (run in full by npm test): no problems`);
    expect(stdout).toContain(`${join(dir, 'other.plan.yaml')}:1:11 error [plan-unknown-scenario]`);
    expect(stdout).toContain(`${join(dir, 'example-flood.yaml')} (example-flood): no problems`);
    // A plan alone still finds its scenario in the same folder.
    expect((await runHere('check', join(dir, 'example-flood.plan.yaml'))).status).toBe(0);
  });

  it('prints the summary that docs/diagnostics.md shows', async () => {
    const BUNDLED = 'scenarios/flood-dam-rumour.yaml';
    const { stdout } = await runHere('check', BUNDLED);
    const doc = readFileSync(join(ROOT, 'docs/diagnostics.md'), 'utf8');
    const summary = stdout.split('\n').filter((line) => line.startsWith(BUNDLED) || line.startsWith('  '));
    expect(doc).toContain(summary.join('\n'));
  });

  it('has --help for every command', async () => {
    for (const args of [['--help'], ['check', '--help'], ['schema', '--help'], ['graph', '--help'], ['play', '--help'], ['help', 'check'], ['help', 'play']]) {
      const { status, stdout } = await runHere(...args);
      expect(status, args.join(' ')).toBe(0);
      expect(stdout, args.join(' ')).toMatch(/^Usage: npm run scenario --/);
    }
  });
});

describe('scenario schema and graph', () => {
  it('schema --out writes the committed JSON Schema', async () => {
    const out = join(tmp, 'schema.json');
    expect((await runHere('schema', '--out', out)).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(ROOT, 'docs/scenario.schema.json'), 'utf8'));
    expect((await runHere('schema', '--out')).status).toBe(2);
  });

  it('graph prints a Mermaid flowchart with answers, timeouts, jumps and endings', async () => {
    const { status, stdout } = await runHere('graph', SCHOOL, '--lang', 'en');
    expect(status).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('flowchart TD');
    // One edge per target, labelled with every way there; dotted when only silence leads there.
    expect(lines).toContain('  b0 -->|"answers 1, 2 · timeout 40 s"| b1');
    expect(lines).toContain('  b1 -->|"typed answer if flag stalled and not (visited q-blame)"| b3');
    expect(lines).toContain('  b1 -.->|"timeout 30 s"| b3');
    expect(lines).toContain('  e0 ==> b3');
    expect(lines).toContain('  finish(["end: reassured if overall ≥ 70 · default"])');
  });

  it('graph refuses a file whose structure is broken, with the problems', async () => {
    const { status, stderr } = await runHere('graph', 'tests/fixtures/scenarios/missing-key.yaml');
    expect(status).toBe(1);
    expect(stderr).toContain('[missing-key]');
    expect((await runHere('graph', 'nowhere.yaml')).status).toBe(2);
  });
});

describe('scenario check: hints and exit status', () => {
  it('prints the hint under its problem', async () => {
    const { status, stdout } = await runHere('check', 'tests/fixtures/scenarios/unknown-key.yaml');
    expect(status).toBe(1);
    const lines = stdout.split('\n');
    const at = lines.findIndex((l) => l.includes('[unknown-key]'));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(lines[at + 1]).toMatch(/^ {4}hint: known keys: format, id, languages, /);
  });

  it('prints the problem and its hint in Vietnamese with --lang vi', async () => {
    const { status, stdout } = await runHere('check', '--lang', 'vi', 'tests/fixtures/scenarios/unknown-key.yaml');
    expect(status).toBe(1);
    const lines = stdout.split('\n');
    const at = lines.findIndex((l) => l.includes('[unknown-key]'));
    expect(lines[at]).toBe(
      'tests/fixtures/scenarios/unknown-key.yaml:8:1 error [unknown-key] kịch bản có khoá "dificulty" mà định dạng không biết. Có phải bạn muốn viết "difficulty"?',
    );
    expect(lines[at + 1]).toMatch(/^ {4}hint: các khoá hợp lệ: format, id, languages, /);
  });

  it('exits 1 for a file over 1 MiB, like any other error (2 stays for a file that cannot be read)', async () => {
    const big = join(tmp, 'big.yaml');
    writeFileSync(big, `${readFileSync(join(ROOT, FLOOD), 'utf8')}${`# ${'x'.repeat(1022)}\n`.repeat(1100)}`);
    const { status, stdout } = await runHere('check', big, FLOOD);
    expect(stdout).toContain(`${big}:1:1 error [file-too-large]`);
    expect(status).toBe(1);
    expect((await runHere('play', big)).status).toBe(1);
    expect((await runHere('graph', big)).status).toBe(1);
  });
});

describe('scenario graph stays readable on a 10+ beat scenario', () => {
  it("draws one edge per beat and target (and condition), with a lone answer's text", async () => {
    const { status, stdout } = await runHere('graph', 'tests/fixtures/mistakes/base.yaml', '--lang', 'en');
    expect(status).toBe(0);
    const edges = stdout.split('\n').filter((l) => /^ {2}b\d+ -/.test(l));
    const pairs = edges.map((l) => {
      const m = /^ {2}(b\d+) \S+\|"[^|]*?( if [^|]*)?"\| (\S+)$/.exec(l)!;
      return `${m[1]}>${m[3]}${m[2] ?? ''}`;
    });
    expect(new Set(pairs).size).toBe(pairs.length);
    // 10 beats; 61 lines before edges were grouped.
    expect(edges.length).toBeLessThanOrEqual(14);
    expect(edges).toContain('  b0 -->|"1. My Sa is the cleanest, safest beach in the c…"| b1');
    expect(edges).toContain('  b0 -->|"answers 2, 3, 4 · timeout 50 s"| b2');
  });
});
