// Whatever an instructor's editor does to a valid scenario (keys deleted, values of the wrong
// type, ids renamed, junk inserted, text cut off), the checker never throws and every problem
// points at a real place in the file.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { isDiagnosticCode, type Diagnostic } from '../../../src/core/scenario/diagnostics.ts';
import { loadScenario } from '../../../src/core/scenario/load.ts';

const ROOT = join(import.meta.dirname, '../../..');
const BASES = ['tests/fixtures/scenarios/minimal.yaml', 'tests/fixtures/examples/example-flood.yaml', 'tests/fixtures/examples/example-school-meal.yaml'].map(
  (f) => readFileSync(join(ROOT, f), 'utf8'),
);

type Path = (string | number)[];

function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
  return out;
}

function parentOf(root: unknown, path: Path): Record<string | number, unknown> | null {
  let node = root as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  return typeof node === 'object' && node !== null ? node : null;
}

const junkValue = fc.oneof(
  fc.constantFrom(null, true, 0, -1, 1e9, 2.5, '', 'end', 'q-open', 'x'.repeat(50), [], {}, [1, 'a'], { flag: 'x' }, { en: 'only' }),
  fc.string({ maxLength: 12 }),
  fc.integer(),
);

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'rename'; at: number; to: string }
  | { kind: 'insert'; at: number; key: string; value: unknown }
  | { kind: 'truncate'; at: number; keep: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: junkValue }),
  fc.record({
    kind: fc.constant('rename' as const),
    at: fc.nat(),
    to: fc.constantFrom('q-open', 'q-missing', 'end', 'lan', 'dam-collapse', 'accuracy', 'nobody', 'Q OPEN'),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    key: fc.constantFrom('extra', 'next', 'if', 'rebuts', 'set', 'when', 'time_limt', 'text'),
    value: junkValue,
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(), keep: fc.nat({ max: 5 }) }),
);

function mutate(base: unknown, mutations: Mutation[]): string {
  const root = structuredClone(base);
  for (const m of mutations) {
    const paths = pathsOf(root).filter((p) => p.length > 0);
    const path = paths[m.at % paths.length]!;
    const parent = parentOf(root, path);
    if (parent === null) continue;
    const key = path[path.length - 1]!;
    const current = parent[key];
    switch (m.kind) {
      case 'delete':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key];
        break;
      case 'replace':
        parent[key] = structuredClone(m.value);
        break;
      case 'rename':
        if (typeof current === 'string') parent[key] = m.to;
        else if (!Array.isArray(parent)) {
          delete parent[key];
          parent[m.to] = current;
        }
        break;
      case 'insert':
        if (typeof current === 'object' && current !== null && !Array.isArray(current)) (current as Record<string, unknown>)[m.key] = structuredClone(m.value);
        break;
      case 'truncate':
        if (typeof current === 'string') parent[key] = current.slice(0, m.keep);
        else if (Array.isArray(current)) current.length = Math.min(current.length, m.keep);
        break;
    }
  }
  return stringify(root);
}

function expectWellPlaced(text: string, diagnostics: Diagnostic[]): void {
  const lines = text.split('\n').length;
  for (const d of diagnostics) {
    expect(isDiagnosticCode(d.code), d.code).toBe(true);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lines + 1);
    expect(d.message.length).toBeGreaterThan(10);
    expect(d.message).not.toMatch(/\[object Object\]|undefined/);
  }
}

function check(text: string): void {
  const result = loadScenario(text, 'mutated.yaml');
  expectWellPlaced(text, result.diagnostics);
  if (result.checked !== null) {
    expect(result.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
    for (const b of Object.values(result.checked.bounds)) expect(Number.isFinite(b.min) && Number.isFinite(b.max) && b.min <= b.max).toBe(true);
  }
}

const base = fc.constantFrom(...BASES);

describe('the checker on mutated scenarios', () => {
  it('never throws and places every problem, when the structure is changed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BASES.map((text) => parse(text) as unknown)), fc.array(mutation, { minLength: 1, maxLength: 3 }), (value, mutations) =>
        check(mutate(value, mutations)),
      ),
      { numRuns: 1000 },
    );
  });

  it('never throws and places every problem, when the text is cut off', () => {
    fc.assert(
      fc.property(base, fc.nat(), (text, at) => check(text.slice(0, at % (text.length + 1)))),
      { numRuns: 1000 },
    );
  });

  it('never throws and places every problem, when junk is typed into the text', () => {
    const junk = fc.string({ unit: fc.constantFrom(...':[]{}-#&*!|>\'"\n\t%@`,? xé'.split('')), minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(base, fc.nat(), junk, (text, at, inserted) => {
        const i = at % (text.length + 1);
        check(text.slice(0, i) + inserted + text.slice(i));
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws and places every problem, when lines are deleted, repeated or re-indented', () => {
    const op = fc.record({ line: fc.nat(), kind: fc.constantFrom('delete', 'repeat', 'indent', 'dedent') });
    fc.assert(
      fc.property(base, fc.array(op, { minLength: 1, maxLength: 3 }), (text, ops) => {
        const lines = text.split('\n');
        for (const { line, kind } of ops) {
          const i = line % lines.length;
          if (kind === 'delete') lines.splice(i, 1);
          else if (kind === 'repeat') lines.splice(i, 0, lines[i]!);
          else if (kind === 'indent') lines[i] = `  ${lines[i]}`;
          else lines[i] = lines[i]!.replace(/^ {1,2}/, '');
        }
        check(lines.join('\n'));
      }),
      { numRuns: 1000 },
    );
  });
});
