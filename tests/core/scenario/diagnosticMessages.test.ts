// Message templates live with their codes (diagnostics.ts): each in English and Vietnamese with the
// same values, and what a templated check reports reads the same in English as before.
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, DIAGNOSTIC_MESSAGES, fillTemplate, formatDiagnosticIn, type DiagnosticCode } from '../../../src/core/scenario/diagnostics.ts';
import { loadScenario } from '../../../src/core/scenario/load.ts';
import { readFileSync } from 'node:fs';
import { diagnoseFixture } from './diagnosticFixtures.ts';
import { KINDS, type Kind } from '../../../src/core/scenario/fields.ts';
import { KINDS_VI } from '../../../src/core/scenario/fieldHelpVi.ts';

const names = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('diagnostic message templates', () => {
  it('belong to known codes and fill the same values in English and Vietnamese', () => {
    for (const [code, variants] of Object.entries(DIAGNOSTIC_MESSAGES)) {
      expect(Object.hasOwn(DIAGNOSTIC_CODES, code), code).toBe(true);
      for (const [variant, t] of Object.entries(variants as Record<string, { en: string; vi: string }>)) {
        expect(t.en.trim(), `${code}/${variant}`).not.toBe('');
        expect(t.vi.trim(), `${code}/${variant}`).not.toBe('');
        expect(names(t.vi), `${code}/${variant}`).toEqual(names(t.en));
        expect(t.vi, `${code}/${variant}`).not.toBe(t.en);
      }
    }
  });

  it('cover every code', () => {
    // The type already demands it; this says so for a registry edited past the type checker.
    for (const code of Object.keys(DIAGNOSTIC_CODES)) {
      expect(Object.keys(DIAGNOSTIC_MESSAGES[code as DiagnosticCode] ?? {}).length, code).toBeGreaterThan(0);
    }
  });

  it('word every problem of every fixture in both languages, with every value filled in', () => {
    for (const code of Object.keys(DIAGNOSTIC_CODES) as DiagnosticCode[]) {
      const found = diagnoseFixture(code);
      expect(found.length, code).toBeGreaterThan(0);
      for (const d of found) {
        expect(d.texts.en, d.code).toBe(d.message);
        expect(d.texts.vi, d.code).not.toBe(d.texts.en);
        for (const text of [d.texts.en, d.texts.vi]) expect(text, d.code).not.toMatch(/\{\w+\}/);
        if (d.hint !== undefined) {
          expect(d.hints?.en, d.code).toBe(d.hint);
          expect(d.hints?.vi, d.code).not.toBe(d.hint);
        }
      }
    }
  });

  it('speak Vietnamese in Vietnamese: a beat is a "lượt hỏi" and a map a "bảng khoá", as in the studio', () => {
    // Quoted keys and ids ("beats", "q-open") and the names of values ({beat}) may stay as they are.
    const english = (text: string) => text.replace(/"[^"]*"|\{[^}]*\}/g, '').match(/\b(beats?|maps?)\b/g) ?? [];
    for (const [code, variants] of Object.entries(DIAGNOSTIC_MESSAGES)) {
      for (const [variant, t] of Object.entries(variants as Record<string, { en: string; vi: string }>))
        expect(english(t.vi), `${code}/${variant}`).toEqual([]);
    }
    for (const code of Object.keys(DIAGNOSTIC_CODES) as DiagnosticCode[]) {
      for (const d of diagnoseFixture(code)) {
        expect(english(d.texts.vi), `${d.code}: ${d.texts.vi}`).toEqual([]);
        // A hint may list the keys themselves ("các khoá hợp lệ: …, beats, …").
        if (d.hints) expect(english(d.hints.vi.replace(/các khoá hợp lệ: .*/, '')), `${d.code}: ${d.hints.vi}`).toEqual([]);
      }
    }
    const unclosed = loadScenario('format: 1\nid: x\ntitle: { vi: "a", en: "b"\n', 'unclosed.yaml').diagnostics.find((d) => d.code === 'yaml-syntax')!;
    expect(unclosed.texts.vi).toContain('vào cuối bảng khoá');
  });

  it('fills values and leaves other braces alone', () => {
    expect(fillTemplate('test it with { flag: {flag} } ({n})', { flag: 'calm', n: 3 })).toBe('test it with { flag: calm } (3)');
  });

  it('gives a templated problem its message in every language', () => {
    const text = readFileSync('tests/fixtures/scenarios/unrebuttable-rumour.yaml', 'utf8');
    const result = loadScenario(text, 'unrebuttable-rumour.yaml');
    const d = result.diagnostics.find((x) => x.code === 'unrebuttable-rumour')!;
    expect(d.message).toBe(
      'nothing can rebut rumour "bridge-down": no answer or free text that the trainee can reach has "rebuts: bridge-down", so it can only cost points',
    );
    expect(d.texts?.en).toBe(d.message);
    expect(formatDiagnosticIn(d, 'vi')).toMatch(/\[unrebuttable-rumour\] không gì phản bác được tin đồn "bridge-down"/);
  });
});

describe('the Vietnamese help of the format keys', () => {
  it('follows fields.ts key for key', () => {
    for (const kind of Object.keys(KINDS) as Kind[]) {
      expect(Object.keys(KINDS_VI[kind].fields).sort(), kind).toEqual(Object.keys(KINDS[kind].fields).sort());
      expect(KINDS_VI[kind].description, kind).not.toBe('');
      for (const [key, help] of Object.entries(KINDS_VI[kind].fields)) expect(help, `${kind}.${key}`).not.toBe(KINDS[kind].fields[key]);
    }
  });
});
