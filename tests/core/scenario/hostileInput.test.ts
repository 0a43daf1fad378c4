// Files built to hurt the checker (issue 10, items 3 and 8): each is refused quickly and says why
// at the right line. The full time-and-memory figures are the bench's (npm run bench:hostile);
// here each case must finish in a few seconds even on a busy machine, and fails (times out) on the
// checker from before.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/core/scenario/diagnostics.ts';
import { LIMITS } from '../../../src/core/scenario/limits.ts';
import { loadScenario } from '../../../src/core/scenario/load.ts';
import { measureNesting } from '../../../src/core/scenario/nesting.ts';

const MINIMAL = readFileSync(join(import.meta.dirname, '../../fixtures/scenarios/minimal.yaml'), 'utf8');

function timed(text: string, file = 'hostile.yaml') {
  const start = performance.now();
  const result = loadScenario(text, file);
  return { ...result, ms: performance.now() - start, lines: result.diagnostics.map(formatDiagnostic) };
}

describe('explicit keys ("? ") are nesting too', () => {
  it('refuses "? " repeated 500 and 700 times as too deep, at once', () => {
    for (const n of [500, 700]) {
      const r = timed('? '.repeat(n));
      expect(r.diagnostics.map((d) => d.code)).toEqual(['too-deep']);
      expect(r.diagnostics[0]).toMatchObject({ line: 1 });
      expect(r.ms).toBeLessThan(3000);
    }
    expect(measureNesting(`? ${'? '.repeat(10)}a`, 64).depth).toBeGreaterThanOrEqual(11);
    expect(measureNesting(`? a\n${': '.repeat(80)}b`, 64).overAt).toBeGreaterThan(0);
  });

  it('refuses a key that is itself a map or list, before turning the file into values', () => {
    const r = timed(`${'- '.repeat(2)}${'? '.repeat(40)}a\n`.repeat(1000));
    expect(new Set(r.diagnostics.map((d) => d.code))).toEqual(new Set(['wrong-type']));
    expect(r.diagnostics[0]!.message).toMatch(/a key must be a name/);
    expect(r.ms).toBeLessThan(5000);
  });
});

describe('files of very many small values', () => {
  it('refuses a 1 MiB flow list and 150,000 lines of "a: 1" before parsing them', () => {
    const flow = `[${'a, '.repeat(349_522)}a]`;
    const lines = 'a: 1\n'.repeat(150_000);
    for (const text of [flow, lines]) {
      const r = timed(text);
      expect(r.diagnostics.map((d) => d.code)).toEqual(['too-many-values']);
      expect(r.ms).toBeLessThan(3000);
    }
    expect(timed(lines).diagnostics[0]).toMatchObject({ line: LIMITS.maxValues + 1, column: 1 });
  });

  it('still reads a scenario with a long list well under the limit', () => {
    const text = MINIMAL.replace('duration: 300', `duration: 300\nnotes: [${Array(5000).fill('a').join(', ')}]`);
    expect(measureNesting(text, 64, LIMITS.maxValues).tooManyAt).toBe(-1);
    expect(timed(text).diagnostics.map((d) => d.code)).toEqual(['unknown-key']);
  });
});

describe('control, NUL and direction characters', () => {
  it('refuses each raw one at its own line and column, naming it', () => {
    const text = MINIMAL.replace('title: Storm on the coast', 'title: Storm on the \u202Elive\u202C coast').replace(
      'summary: A short',
      'summary: A\u0000 short\u001b[2J',
    );
    const r = timed(text);
    expect(r.lines).toEqual([
      'hostile.yaml:5:21 error [control-character] this line holds the invisible character U+202E (right-to-left override), which can make a text read differently from what it is or disturb the screen it is shown on; delete it (retype the text around it if your editor does not show it)',
      'hostile.yaml:5:26 error [control-character] this line holds the invisible character U+202C (pop directional formatting), which can make a text read differently from what it is or disturb the screen it is shown on; delete it (retype the text around it if your editor does not show it)',
      'hostile.yaml:6:11 error [control-character] this line holds the invisible character U+0000 (NUL), which can make a text read differently from what it is or disturb the screen it is shown on; delete it (retype the text around it if your editor does not show it)',
      'hostile.yaml:6:18 error [control-character] this line holds the invisible character U+001B (escape), which can make a text read differently from what it is or disturb the screen it is shown on; delete it (retype the text around it if your editor does not show it)',
    ]);
    for (const line of r.lines) expect(line).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });

  it('refuses escapes that make one ("\\e", "\\x07", "\\u2066")', () => {
    for (const sequence of ['\\e[31m', '\\x07', '\\u2066', '\\0']) {
      const r = timed(MINIMAL.replace('title: Storm on the coast', `title: "Storm ${sequence} coast"`));
      expect(r.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['control-character', 5, 8]]);
    }
  });

  it('counts the rest after fifty, on a file full of them', () => {
    const r = timed('- "\u001b[31m\u202e"\n'.repeat(50_000));
    expect(r.diagnostics).toHaveLength(51);
    expect(r.diagnostics[50]!.message).toMatch(/99,950 more invisible/);
    expect(r.ms).toBeLessThan(3000);
  });

  it('keeps tabs inside texts and accented letters', () => {
    const r = timed(MINIMAL.replace('title: Storm on the coast', 'title: "Bão\tđổ bộ — Nguyễn"'));
    expect(r.diagnostics).toEqual([]);
  });
});

describe('every line-ending convention', () => {
  it('reads a file with CR-only line endings as the same scenario, positions included', () => {
    const lf = timed(MINIMAL);
    expect(lf.diagnostics).toEqual([]);
    for (const eol of ['\r', '\r\n']) {
      const r = timed(MINIMAL.replace(/\n/g, eol));
      expect(r.diagnostics).toEqual([]);
      expect(r.checked?.scenario).toEqual(lf.checked?.scenario);
      const broken = timed(MINIMAL.replace('ask: Are the roads open?', 'ask: Are the roads open?\n    asks: twice').replace(/\n/g, eol));
      expect(broken.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual(
        timed(MINIMAL.replace('ask: Are the roads open?', 'ask: Are the roads open?\n    asks: twice')).diagnostics.map((d) => [d.code, d.line, d.column]),
      );
    }
  });
});
