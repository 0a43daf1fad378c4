// Parsing with the format's limits: each limit refuses the file before the work it protects, and
// the nesting pre-scan never lets a deeply nested text through to the parser.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { LIMITS, utf8Length } from '../../../src/core/scenario/limits.ts';
import { measureNesting } from '../../../src/core/scenario/nesting.ts';
import { parseScenarioText } from '../../../src/core/scenario/parse.ts';

const minimal = readFileSync(join(import.meta.dirname, '../../fixtures/scenarios/minimal.yaml'), 'utf8');

function depthOf(value: unknown): number {
  if (Array.isArray(value)) return 1 + Math.max(0, ...value.map(depthOf));
  if (typeof value === 'object' && value !== null) return 1 + Math.max(0, ...Object.values(value).map(depthOf));
  return 0;
}

const nested: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'large', maxDepth: 40 },
    fc.constantFrom('a', 'b: c', '[x]', "it's", '"q"', '- d', '#e', 1, true, null),
    tie('list'),
    tie('map'),
  ),
  list: fc.array(tie('value'), { maxLength: 3 }),
  map: fc.dictionary(fc.constantFrom('k', 'key two', 'x-y', '"z"', '[w]'), tie('value'), { maxKeys: 3 }),
})).value;

describe('parseScenarioText', () => {
  it('parses a clean file with positions and no diagnostics', () => {
    const parsed = parseScenarioText(minimal, 'minimal.yaml');
    expect(parsed.diagnostics).toEqual([]);
    expect((parsed.value as { id: string }).id).toBe('fixture');
    expect(parsed.locator!.at(['beats', 'q-next'], 'key')).toEqual({ line: 30, column: 3 });
  });

  it('finds positions through aliases, and for missing keys points at the part that should hold them', () => {
    const parsed = parseScenarioText('base: &b\n  x: 1\n  y: [2, 3]\ncopy: *b\nlist:\n  - { a: 1 }\n', 'a.yaml');
    const at = (path: (string | number)[], anchor?: 'key' | 'parent') => parsed.locator!.at(path, anchor);
    expect(at(['copy'])).toEqual({ line: 4, column: 7 });
    expect(at(['copy', 'y', 1])).toEqual({ line: 3, column: 10 });
    expect(at(['base', 'y'], 'key')).toEqual({ line: 3, column: 3 });
    expect(at(['base', 'missing'])).toEqual({ line: 1, column: 1 });
    expect(at(['list', 0, 'missing'])).toEqual({ line: 6, column: 5 });
    expect(at(['nowhere', 'deeper'])).toEqual({ line: 1, column: 1 });
  });

  it('counts the size in UTF-8 bytes, not characters', () => {
    expect(utf8Length('aé😀ệ')).toBe(1 + 2 + 4 + 3);
    // 400,000 Vietnamese letters of 3 bytes are 1.2 MB though only 400,000 characters.
    const text = `${minimal}# ${'ệ'.repeat(400_000)}\n`;
    expect(text.length).toBeLessThan(LIMITS.maxBytes);
    expect(parseScenarioText(text, 'big.yaml').diagnostics.map((d) => d.code)).toEqual(['file-too-large']);
  });

  it('accepts up to 100 alias expansions and refuses more', () => {
    const aliases = (n: number) => `${minimal}notes: &n x\ncopies: [${Array.from({ length: n }, () => '*n').join(', ')}]\n`;
    expect(parseScenarioText(aliases(100), 'a.yaml').diagnostics).toEqual([]);
    expect(parseScenarioText(aliases(101), 'a.yaml').diagnostics.map((d) => d.code)).toEqual(['too-many-aliases']);
  });

  it('refuses an exponential alias bomb quickly', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++)
      levels.push(
        `l${i}: &l${i} [${Array(9)
          .fill(i === 1 ? '*a' : `*l${i - 1}`)
          .join(', ')}]`,
      );
    const start = performance.now();
    const parsed = parseScenarioText(`${levels.join('\n')}\n`, 'bomb.yaml');
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(['too-many-aliases']);
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('allows the core tags and refuses the others', () => {
    expect(parseScenarioText(minimal.replace('duration: 300', 'duration: !!int 300'), 't.yaml').diagnostics).toEqual([]);
    for (const tag of ['!custom', '!!binary', '!!set', '!!timestamp', '!!python/object']) {
      const text = minimal.replace('title: Storm on the coast', `title: ${tag} Storm`);
      expect(
        parseScenarioText(text, 't.yaml').diagnostics.map((d) => d.code),
        tag,
      ).toContain('unsupported-tag');
    }
  });

  it('refuses a text over 2,000 characters but not one of exactly 2,000', () => {
    const withSummary = (n: number) => minimal.replace('A short conference after a storm.', 'x'.repeat(n));
    expect(parseScenarioText(withSummary(2000), 's.yaml').diagnostics).toEqual([]);
    expect(parseScenarioText(withSummary(2001), 's.yaml').diagnostics.map((d) => d.code)).toEqual(['text-too-long']);
  });

  it('refuses deep nesting before parsing, however it is written', () => {
    const flow = `a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`;
    const block = Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n');
    const dashes = `${Array(200).fill('-').join(' ')} x\n`;
    const sameColumn = Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i)}k:\n${'  '.repeat(i)}- `).join('');
    for (const [name, text] of Object.entries({ flow, block, dashes, sameColumn })) {
      const start = performance.now();
      expect(
        parseScenarioText(text, 'deep.yaml').diagnostics.map((d) => d.code),
        name,
      ).toEqual(['too-deep']);
      expect(performance.now() - start, name).toBeLessThan(2000);
    }
  });

  it('reports YAML errors at their position', () => {
    const parsed = parseScenarioText('a: 1\nb: [1, 2\nc: 3\n', 'y.yaml');
    expect(parsed.diagnostics[0]!.code).toBe('yaml-syntax');
    expect(parsed.diagnostics[0]!.line).toBeGreaterThanOrEqual(2);
    const tabs = parseScenarioText('a:\n\tb: 1\n', 'tab.yaml');
    expect(tabs.diagnostics[0]!.message).toMatch(/spaces, not tabs/);
  });
});

describe('the nesting pre-scan', () => {
  it('never counts less than the real depth of a YAML text, block or flow style', () => {
    fc.assert(
      fc.property(nested, fc.boolean(), (value, flow) => {
        const text = stringify(value, flow ? { collectionStyle: 'flow' } : {});
        const measured = measureNesting(text, 1000).depth;
        expect(measured).toBeGreaterThanOrEqual(depthOf(value));
        // ... and not wildly more (a continued line may count one level more).
        expect(measured).toBeLessThanOrEqual(2 * depthOf(value) + 2);
      }),
      { numRuns: 1000 },
    );
  });

  it('measures the bundled scenarios far below the limit', () => {
    const dir = join(import.meta.dirname, '../../../scenarios');
    const names = readdirSync(dir).filter((name) => name.endsWith('.yaml') && !name.endsWith('.plan.yaml'));
    expect(names.length).toBeGreaterThanOrEqual(8);
    for (const name of names) {
      const text = readFileSync(join(dir, name), 'utf8');
      expect(measureNesting(text, LIMITS.maxDepth).depth).toBeLessThan(15);
    }
  });
});
