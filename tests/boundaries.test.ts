// Every layer's imports run one way (docs/architecture.md "Layout and boundaries"): the room
// server runs in Node without the browser's libraries, the phone, console and studio pages load
// without Phaser, the game reaches the app only through its documented contracts, and nothing in
// src imports the tests. src/core's own rules: tests/core/boundaries.test.ts.
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeOnly, files, importsWithKind, resolveImport, SRC } from './sourceFiles.ts';

interface Source {
  /** Path under src/, with forward slashes. */
  file: string;
  path: string;
  source: string;
  imports: { spec: string; typeOnly: boolean; target: string | null }[];
}

const under = (path: string) => relative(SRC, path).split(sep).join('/');
const sources: Source[] = files(SRC).map((path) => {
  const source = readFileSync(path, 'utf8');
  return { file: under(path), path, source, imports: importsWithKind(source).map((i) => ({ ...i, target: resolveImport(path, i.spec) })) };
});
const byPath = new Map(sources.map((s) => [s.path, s]));
const layerOf = (file: string) => file.split('/')[0]!;
const isPackage = (spec: string, names: string[]) => names.some((p) => spec === p || spec.startsWith(`${p}/`));
const inLayer = (...layers: string[]) => sources.filter((s) => layers.includes(layerOf(s.file)));

/** Every module a file loads at run time (type-only imports are erased from the build). */
function reachable(start: Source): Source[] {
  const seen = new Set<string>([start.path]);
  const queue = [start];
  for (const s of queue) {
    for (const i of s.imports) {
      if (i.typeOnly || i.target === null || seen.has(i.target)) continue;
      seen.add(i.target);
      const next = byPath.get(i.target);
      if (next) queue.push(next);
    }
  }
  return queue;
}

/** "a.ts imports b" for each import of the files that `bad` refuses. */
function offending(list: Source[], bad: (i: Source['imports'][number], s: Source) => boolean): string[] {
  return list.flatMap((s) => s.imports.filter((i) => bad(i, s)).map((i) => `${s.file} imports ${i.spec}`));
}

const BROWSER_PACKAGES = ['phaser', 'howler', 'chart.js', 'idb', 'i18next', 'zustand'];
const BROWSER_GLOBALS = ['document', 'window', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator', 'requestAnimationFrame'];
/** What src/game may use from src/app: the contracts documented in docs/architecture.md. */
const GAME_MAY_IMPORT_FROM_APP = ['app/commands.ts', 'app/overlayStack.ts', 'app/live/projectorPrivacy.ts'];

describe('layer boundaries', () => {
  it('reads every layer', () => {
    const layers = new Set(sources.map((s) => layerOf(s.file)));
    for (const layer of ['app', 'console', 'core', 'game', 'phone', 'room', 'state', 'studio', 'ui']) expect(layers, layer).toContain(layer);
  });

  it('src/room (the Node server) loads no browser library and touches no browser global', () => {
    const room = inLayer('room');
    const loaded = [...new Set(room.flatMap(reachable))];
    expect(offending(loaded, (i) => isPackage(i.spec, BROWSER_PACKAGES))).toEqual([]);
    expect(
      offending(room, (i) => i.target !== null && ['app', 'console', 'game', 'phone', 'state', 'studio', 'ui', 'audio'].includes(layerOf(under(i.target)))),
    ).toEqual([]);
    const pattern = new RegExp(`(?<![.\\w$])(?:${BROWSER_GLOBALS.join('|')})\\b(?!\\s*:)`);
    const globals = room.flatMap(({ file, source }) =>
      codeOnly(source)
        .split('\n')
        .flatMap((line, n) => (pattern.test(line) ? [`${file}:${n + 1}: ${line.trim()}`] : [])),
    );
    expect(globals).toEqual([]);
  });

  it('the phone, console and studio pages neither import Phaser or src/game nor load them through another module', () => {
    const pages = inLayer('phone', 'console', 'studio');
    expect(offending(pages, (i) => isPackage(i.spec, ['phaser']) || (i.target !== null && layerOf(under(i.target)) === 'game'))).toEqual([]);
    const loaded = [...new Set(pages.flatMap(reachable))];
    expect(offending(loaded, (i) => !i.typeOnly && isPackage(i.spec, ['phaser']))).toEqual([]);
    expect(loaded.filter((s) => layerOf(s.file) === 'game').map((s) => s.file)).toEqual([]);
  });

  it('src/game reaches the DOM layers only through the documented contracts', () => {
    const bad = offending(inLayer('game'), (i) => {
      if (i.target === null) return false;
      const target = under(i.target);
      if (layerOf(target) === 'ui') return true;
      return layerOf(target) === 'app' && !GAME_MAY_IMPORT_FROM_APP.includes(target);
    });
    expect(bad).toEqual([]);
  });

  it('nothing in src imports from tests', () => {
    expect(offending(sources, (i) => i.target !== null && under(i.target).startsWith('../tests/'))).toEqual([]);
  });

  it('would catch what it forbids', () => {
    expect(importsWithKind("import type { A } from '../app/x.ts';\nimport Phaser from 'phaser';\nconst m = import('./m.ts');")).toEqual([
      { spec: '../app/x.ts', typeOnly: true },
      { spec: 'phaser', typeOnly: false },
      { spec: './m.ts', typeOnly: false },
    ]);
    const fake = join(SRC, 'console', 'fake.ts');
    expect(under(resolveImport(fake, '../game/keyboard.ts')!)).toBe('game/keyboard.ts');
    expect(under(resolveImport(fake, '../../tests/e2e/harness.ts')!)).toBe('../tests/e2e/harness.ts');
  });
});
