// What the `scenario` command prints for hostile or odd files (issue 10, items 3 and 8): never a
// raw escape or direction character, at most a screenful of problems per file, files with any
// line-ending convention, and a quiet exit when the reader of its output goes away.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/scenario.ts';

const ROOT = join(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const FLOOD = join(ROOT, 'tests/fixtures/examples/example-flood.yaml');
const tmp = mkdtempSync(join(tmpdir(), 'podium-hostile-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

async function runHere(...args: string[]): Promise<{ status: number; stdout: string }> {
  const out: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  try {
    return { status: await main(args), stdout: out.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

function write(name: string, text: string): string {
  const file = join(tmp, name);
  writeFileSync(file, text);
  return file;
}

describe('scenario play and check never print a raw control character', () => {
  it('play writes a typed answer with escapes as visible text', async () => {
    const { status, stdout } = await runHere('play', FLOOD, '--answers', '1,text:\u001b[2J\u001b[31mchưa xác nhận\u202e', '--lang', 'en');
    expect(status).toBe(0);
    expect(stdout).not.toMatch(RAW_CONTROL);
    expect(stdout).toContain('\\u{1B}[2J\\u{1B}[31mchưa xác nhận\\u{202E}');
  });

  it('play refuses a scenario with an escape in a text, naming the character', async () => {
    const file = write('esc.yaml', readFileSync(FLOOD, 'utf8').replace('en: Floods and the dam-collapse rumour (example)', 'en: \u001b[2JFloods\u202e'));
    const { status, stdout } = await runHere('play', file, '--answers', '1');
    expect(status).toBe(1);
    expect(stdout).toContain('[control-character]');
    expect(stdout).toContain('U+001B (escape)');
    expect(stdout).not.toMatch(RAW_CONTROL);
  });

  it('check writes a file name with an escape as visible text', async () => {
    const { stdout } = await runHere('check', join(tmp, 'no\u001b[31msuch.yaml'));
    expect(stdout).toContain('no\\u{1B}[31msuch.yaml');
    expect(stdout).not.toMatch(RAW_CONTROL);
  });
});

describe('scenario check prints a screenful of problems per file', () => {
  it('prints the first 50 problems of a file, then counts the rest', async () => {
    const file = write('dupes.yaml', 'a: 1\n'.repeat(2000));
    const { status, stdout } = await runHere('check', file);
    expect(status).toBe(1);
    const problems = stdout.split('\n').filter((l) => l.includes('[duplicate-key]'));
    expect(problems).toHaveLength(50);
    expect(stdout).toContain(`${file}: … and 1,949 more problems (fix the ones above and check again)`);
    expect(stdout.split('\n').length).toBeLessThan(60);
  });
});

describe('line endings', () => {
  it('checks a file with CR-only line endings like the same file with LF', async () => {
    const file = write('cr.yaml', readFileSync(FLOOD, 'utf8').replace(/\r?\n/g, '\r'));
    const { status, stdout } = await runHere('check', file);
    expect(stdout).not.toContain('the file is empty');
    expect(status).toBe(0);
    expect(stdout).toContain(`${file} (example-flood): no problems`);
  });
});

describe('a reader that goes away', () => {
  it('exits quietly when `check … | head -1` closes the pipe', () => {
    const files = Array.from({ length: 300 }, () => 'tests/fixtures/scenarios/unknown-beat.yaml').join(' ');
    const result = spawnSync('sh', ['-c', `"${TSX}" src/cli/scenario.ts check ${files} | head -1`], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(result.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(result.stderr).toBe('');
  });
});
