// The studio's texts: every checker code has a title in Vietnamese and English, every key the studio
// asks for exists in both, and the template a new scenario starts from is clean in both languages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from '../../src/core/scenario/diagnostics.ts';
import { loadScenario } from '../../src/core/scenario/load.ts';
import { flagsOf } from '../../src/studio/previewPanel.ts';
import { TEMPLATE, templateFor } from '../../src/studio/template.ts';
import { keyOffset } from '../../src/studio/translations.ts';

const root = join(import.meta.dirname, '../..');
const texts = Object.fromEntries(['vi', 'en'].map((l) => [l, JSON.parse(readFileSync(join(root, `locales/${l}/studio.json`), 'utf8'))]));

function has(data: Record<string, unknown>, key: string): boolean {
  let node: unknown = data;
  const parts = key.split('.');
  for (let i = 0; i < parts.length; i++) {
    const obj = node as Record<string, unknown>;
    if (i === parts.length - 1 && (typeof obj[parts[i]!] === 'string' || typeof obj[`${parts[i]}_other`] === 'string')) return true;
    node = obj?.[parts[i]!];
    if (node === undefined) return false;
  }
  return typeof node === 'string';
}

describe('studio texts', () => {
  it("names every checker code and what to do about it in both languages (shown in the author's language)", () => {
    for (const lang of ['vi', 'en']) {
      const missing = Object.keys(DIAGNOSTIC_CODES).filter((code) =>
        [texts[lang].codes[code], texts[lang].help[code]].some((x) => typeof x !== 'string' || x.length < 5),
      );
      expect(missing, lang).toEqual([]);
    }
    expect(texts.vi.codes['unknown-key']).not.toBe(texts.en.codes['unknown-key']);
  });

  it('has every studio: key the studio asks for, in both languages', () => {
    const dir = join(root, 'src/studio');
    const used = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/['"`]studio:([A-Za-z0-9_.]+)['"`]/g)) used.add(m[1]!);
    }
    // Keys built from values.
    for (const tab of ['problems', 'map', 'preview', 'translations', 'library']) used.add(`tabs.${tab}`);
    for (const s of ['error', 'warning']) used.add(`problems.${s}`);
    for (const r of ['timed', 'spreading', 'rebutted']) used.add(`preview.rumour.${r}`);
    for (const k of ['typed', 'silence', 'jump']) used.add(`map.${k}`);
    expect(used.size).toBeGreaterThan(40);
    for (const lang of ['vi', 'en'])
      expect(
        [...used].filter((k) => !has(texts[lang], k)),
        lang,
      ).toEqual([]);
  });
});

describe('studio template and helpers', () => {
  it('starts a new scenario from a template the checker finds clean', () => {
    const result = loadScenario(TEMPLATE, 'new-scenario.yaml');
    expect(result.diagnostics).toEqual([]);
    expect(flagsOf(result.scenario!)).toEqual(['vague']);
  });

  it("has the template in the studio's language: comments in Vietnamese or English, the same YAML, both clean", () => {
    const comments = (text: string) => [...text.matchAll(/(?:^|\s)# (.*)$/gm)].map((m) => m[1]!);
    const yamlOf = (text: string) => text.replace(/(^|\s+)# .*$/gm, '');
    const vi = templateFor('vi');
    const en = templateFor('en');
    expect(en).toBe(TEMPLATE);
    expect(yamlOf(vi)).toBe(yamlOf(en));
    for (const [lang, text] of [
      ['vi', vi],
      ['en', en],
    ] as const) {
      const result = loadScenario(text, 'new-scenario.yaml');
      expect(result.diagnostics, lang).toEqual([]);
      expect(comments(text).length, lang).toBeGreaterThanOrEqual(5);
    }
    // Every Vietnamese comment has Vietnamese words (letters with diacritics); no English one does,
    // and the two share no comment but the file name of the guide.
    const viWords = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
    for (const c of comments(vi)) expect(c, c).toMatch(viWords);
    for (const c of comments(en)) expect(c, c).not.toMatch(viWords);
    for (const c of comments(vi)) expect(comments(en), c).not.toContain(c);
  });

  it("finds a beat's key in the text (a click on the map goes there)", () => {
    const at = keyOffset(TEMPLATE, ['beats', 'q-next'])!;
    expect(TEMPLATE.slice(at, at + 'q-next:'.length)).toBe('q-next:');
    expect(keyOffset(TEMPLATE, ['beats', 'nope'])).toBeNull();
  });
});
