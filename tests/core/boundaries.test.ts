// src/core is pure TypeScript that runs the same in Node and in the browser: no rendering, sound,
// translation, charting or storage library, and no browser globals. (The other layers: tests/boundaries.test.ts.)
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeOnly, files, importsOf } from '../sourceFiles.ts';

const CORE = join(import.meta.dirname, '../../src/core');
const FORBIDDEN_PACKAGES = ['phaser', 'howler', 'i18next', 'chart.js', 'idb'];
const FORBIDDEN_GLOBALS = ['document', 'window', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator'];

describe('src/core boundaries', () => {
  const sources = files(CORE).map((file) => ({ file: relative(CORE, file), source: readFileSync(file, 'utf8') }));

  it('finds the core files', () => {
    expect(sources.map((s) => s.file)).toEqual(expect.arrayContaining(['skills.ts', join('scenario', 'load.ts'), join('scenario', 'schema.ts')]));
  });

  it('imports no UI, sound, translation, charting or storage package, and nothing from Node', () => {
    const bad = sources.flatMap(({ file, source }) =>
      importsOf(source)
        .filter(
          (spec) =>
            FORBIDDEN_PACKAGES.some((p) => spec === p || spec.startsWith(`${p}/`)) || spec.startsWith('node:') || /^(fs|path|os|child_process)$/.test(spec),
        )
        .map((spec) => `${file} imports ${spec}`),
    );
    expect(bad).toEqual([]);
  });

  it('imports nothing from outside src/core', () => {
    const bad = sources.flatMap(({ file, source }) =>
      importsOf(source)
        .filter((spec) => spec.startsWith('.') && relative(CORE, join(CORE, file, '..', spec)).startsWith('..'))
        .map((spec) => `${file} imports ${spec}`),
    );
    expect(bad).toEqual([]);
  });

  it('uses no browser globals', () => {
    const pattern = new RegExp(`(?<![.\\w$])(?:${FORBIDDEN_GLOBALS.join('|')})\\b(?!\\s*:)`);
    const bad = sources.flatMap(({ file, source }) =>
      codeOnly(source)
        .split('\n')
        .flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(bad).toEqual([]);
  });

  it('never turns text into code: no eval, no Function constructor (conditions are data)', () => {
    const bad = sources.flatMap(({ file, source }) =>
      codeOnly(source)
        .split('\n')
        .flatMap((line, i) => (/(?<![.\w$])(?:eval\s*\(|(?:new\s+)?Function\s*\()/.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(bad).toEqual([]);
  });

  it('would catch a forbidden import or global', () => {
    expect(importsOf("import Phaser from 'phaser';\nimport { x } from 'howler/dist';")).toEqual(['phaser', 'howler/dist']);
    expect(codeOnly('const a = 1; // window\nconst s = "document";')).not.toMatch(/window|document/);
    expect(/(?<![.\w$])(?:window|document)\b(?!\s*:)/.test('const w = window.innerWidth;')).toBe(true);
    expect(/(?<![.\w$])(?:eval\s*\(|(?:new\s+)?Function\s*\()/.test('const f = new Function("return 1");')).toBe(true);
  });
});
