// Every interface string exists in both languages, and every key the code asks for exists.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS, FACT_STATUSES, REPORTER_KINDS, RUMOUR_STATES, STANCES } from '../../src/core/scenario/schema.ts';
import { LANGUAGES } from '../../src/i18n/languages.ts';

const LOCALES = join(import.meta.dirname, '../../locales');
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  if (typeof value !== 'object' || value === null) throw new Error(`${prefix}: not a string or an object`);
  return Object.entries(value).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
}

function keysOf(lang: string): Map<string, Set<string>> {
  const byNs = new Map<string, Set<string>>();
  for (const file of readdirSync(join(LOCALES, lang))) {
    if (!file.endsWith('.json')) continue;
    const ns = file.replace(/\.json$/, '');
    const data = JSON.parse(readFileSync(join(LOCALES, lang, file), 'utf8'));
    byNs.set(ns, new Set(flatten(data).map((k) => k.replace(PLURAL, ''))));
  }
  return byNs;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const all = new Map(LANGUAGES.map((lang) => [lang, keysOf(lang)]));

describe('interface strings', () => {
  it('has the same namespaces in every language', () => {
    const [first, ...rest] = LANGUAGES.map((l) => [...all.get(l)!.keys()].sort());
    for (const other of rest) expect(other).toEqual(first);
  });

  for (const lang of LANGUAGES) {
    for (const other of LANGUAGES) {
      if (other === lang) continue;
      it(`has every ${other} key in ${lang}`, () => {
        const missing: string[] = [];
        for (const [ns, keys] of all.get(other)!) {
          const mine = all.get(lang)!.get(ns) ?? new Set();
          for (const key of keys) if (!mine.has(key)) missing.push(`${ns}:${key}`);
        }
        expect(missing).toEqual([]);
      });
    }
  }

  it('has every key the screens ask for, in both languages', () => {
    const src = join(import.meta.dirname, '../../src');
    const used = new Set<string>();
    const namespaces = [...all.get('vi')!.keys()];
    const pattern = new RegExp(`['"\`]((?:${namespaces.join('|')}):[A-Za-z0-9_.]+)['"\`]`, 'g');
    for (const file of [...sourceFiles(join(src, 'game')), ...sourceFiles(join(src, 'ui')), join(src, 'main.ts')]) {
      for (const m of readFileSync(file, 'utf8').matchAll(pattern)) used.add(m[1]!);
    }
    // Keys built from scenario values.
    for (const d of [1, 2, 3]) used.add(`common:difficulty.${d}`);
    for (const s of FACT_STATUSES) used.add(`common:factStatus.${s}`);
    for (const k of REPORTER_KINDS) used.add(`common:kind.${k}`);
    for (const s of STANCES) used.add(`common:stance.${s}`);
    for (const s of RUMOUR_STATES) used.add(`pressRoom:rumourState.${s}`);
    for (const k of [...EVENT_KINDS, 'rumour']) used.add(`pressRoom:live.${k}`);
    expect(used.size).toBeGreaterThan(50);
    for (const lang of LANGUAGES) {
      const missing = [...used].filter((full) => {
        const [ns, key] = full.split(':') as [string, string];
        return !all.get(lang)!.get(ns)?.has(key);
      });
      expect(missing, lang).toEqual([]);
    }
  });
});
