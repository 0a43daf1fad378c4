// One test per diagnostic code, on its fixture (tests/fixtures/scenarios/<code>.yaml), and the
// link between the codes, the fixtures and docs/diagnostics.md: every code the checker can emit is
// documented with the same example and the exact line the checker prints for it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, formatDiagnostic, type DiagnosticCode } from '../../../src/core/scenario/diagnostics.ts';
import { diagnoseFixture, fixturePath } from './diagnosticFixtures.ts';

/** Where each fixture's problem is (line, column), and codes that must come with it. */
const EXPECTED: Record<DiagnosticCode, { line: number; column: number; also?: DiagnosticCode[] }> = {
  'cannot-read': { line: 1, column: 1 },
  'file-too-large': { line: 1, column: 1 },
  'too-deep': { line: 8, column: 71 },
  'too-many-beats': { line: 18, column: 1 },
  'too-many-aliases': { line: 9, column: 10 },
  'unsupported-tag': { line: 5, column: 8 },
  'text-too-long': { line: 6, column: 10 },
  'too-many-values': { line: 44, column: 179812 },
  'control-character': { line: 5, column: 8 },
  'yaml-syntax': { line: 8, column: 9 },
  'duplicate-key': { line: 33, column: 5 },
  'undefined-alias': { line: 36, column: 18 },
  'not-a-scenario': { line: 3, column: 1 },
  'unsupported-format': { line: 2, column: 9 },
  'unknown-key': { line: 8, column: 1 },
  'missing-key': { line: 30, column: 3 },
  'wrong-type': { line: 22, column: 17 },
  'out-of-range': { line: 22, column: 17 },
  'bad-value': { line: 16, column: 55 },
  'bad-id': { line: 12, column: 13 },
  'conflicting-keys': { line: 42, column: 23 },
  'unquoted-comma': { line: 21, column: 36 },
  'duplicate-id': { line: 13, column: 13 },
  'reserved-id': { line: 41, column: 3 },
  'unknown-beat': { line: 26, column: 15 },
  'unknown-reporter': { line: 31, column: 15 },
  'unknown-rumour': { line: 26, column: 17 },
  'unknown-fact': { line: 23, column: 20 },
  'unknown-skill': { line: 25, column: 20 },
  'skill-not-assessed': { line: 25, column: 33 },
  'missing-language': { line: 17, column: 10 },
  'extra-language': { line: 17, column: 63 },
  'no-answers': { line: 30, column: 3 },
  'last-branch-has-if': { line: 27, column: 13 },
  'branch-without-if': { line: 27, column: 13 },
  'closed-loop': { line: 41, column: 3 },
  'last-ending-has-when': { line: 42, column: 20 },
  'ending-never-shown': { line: 43, column: 11 },
  'time-limit-over-duration': { line: 22, column: 17 },
  'unreachable-beat': { line: 41, column: 3 },
  'loop-repeats-points': { line: 19, column: 3 },
  'flag-never-read': { line: 29, column: 15 },
  'flag-never-set': { line: 42, column: 31 },
  'unrebuttable-rumour': { line: 18, column: 9 },
  'after-duration': { line: 18, column: 11 },
  'escalation-never-happens': { line: 23, column: 27 },
  'best-answer-longest': { line: 24, column: 15 },
  'best-answer-much-longer': { line: 24, column: 15 },
  'one-sided-answers': { line: 34, column: 5 },
  'full-marks-unreachable': { line: 17, column: 8 },
  'silence-milder-than-answers': { line: 31, column: 30 },
  'critical-answer-rewarded': { line: 29, column: 19 },
  'answer-without-effects': { line: 38, column: 9 },
  'answer-without-feedback': { line: 41, column: 9 },
  'model-answer-misses-rubric': { line: 39, column: 21 },
  'rubric-line-missing-language': { line: 37, column: 47 },
  'text-will-not-fit': { line: 32, column: 10 },
  'duplicate-scenario-id': { line: 3, column: 5 },
  'plan-unknown-scenario': { line: 2, column: 11 },
};

const CODES = Object.keys(DIAGNOSTIC_CODES) as DiagnosticCode[];

interface DocEntry {
  code: string;
  yaml: string | null;
  output: string;
}

function docEntries(): Map<string, DocEntry> {
  const doc = readFileSync(join(import.meta.dirname, '../../../docs/diagnostics.md'), 'utf8');
  const entries = new Map<string, DocEntry>();
  const sections = doc.split(/^### /m).slice(1);
  for (const section of sections) {
    const code = section.slice(0, section.indexOf('\n')).trim();
    const yaml = /```yaml\n([\s\S]*?)\n```/.exec(section)?.[1] ?? null;
    const output = /```text\n([\s\S]*?)\n```/.exec(section)?.[1] ?? '';
    entries.set(code, { code, yaml, output });
  }
  return entries;
}

describe('each diagnostic code on its fixture', () => {
  for (const code of CODES) {
    it(code, () => {
      const diagnostics = diagnoseFixture(code);
      const expected = EXPECTED[code];
      const first = diagnostics.find((d) => d.code === code);
      expect(first, `no ${code} in ${diagnostics.map(formatDiagnostic).join('\n')}`).toBeDefined();
      expect({ code: first!.code, line: first!.line, column: first!.column }).toEqual({ code, line: expected.line, column: expected.column });
      expect(first!.severity).toBe(DIAGNOSTIC_CODES[code]);
      // The fixture shows this problem and nothing else.
      const allowed = new Set([code, ...(expected.also ?? [])]);
      expect(diagnostics.filter((d) => !allowed.has(d.code)).map(formatDiagnostic)).toEqual([]);
      // Messages are for people: no zod or JavaScript vocabulary.
      for (const d of diagnostics) expect(d.message).not.toMatch(/Invalid input|undefined|\[object|ZodError|expected \w+, received/);
    });
  }
});

describe('docs/diagnostics.md', () => {
  const entries = docEntries();

  it('documents every code the checker can emit, and nothing else', () => {
    expect([...entries.keys()].sort()).toEqual([...CODES].sort());
  });

  it('has a fixture for every documented code', () => {
    for (const code of entries.keys()) expect(existsSync(fixturePath(code)), code).toBe(true);
  });

  for (const code of CODES) {
    it(`shows the fixture and the checker's exact output for ${code}`, () => {
      const entry = entries.get(code);
      expect(entry).toBeDefined();
      expect(entry!.output).toBe(diagnoseFixture(code).map(formatDiagnostic).join('\n'));
      if (entry!.yaml !== null) expect(readFileSync(fixturePath(code), 'utf8')).toContain(entry!.yaml);
    });
  }
});
