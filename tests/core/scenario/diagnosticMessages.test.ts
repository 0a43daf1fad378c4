// Message templates live with their codes (diagnostics.ts): each in English and Vietnamese with the
// same values, and what a templated check reports reads the same in English as before.
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, DIAGNOSTIC_MESSAGES, fillTemplate, formatDiagnosticIn } from '../../../src/core/scenario/diagnostics.ts';
import { loadScenario } from '../../../src/core/scenario/load.ts';
import { readFileSync } from 'node:fs';

const names = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('diagnostic message templates', () => {
  it('belong to known codes and fill the same values in English and Vietnamese', () => {
    for (const [code, variants] of Object.entries(DIAGNOSTIC_MESSAGES)) {
      expect(Object.hasOwn(DIAGNOSTIC_CODES, code), code).toBe(true);
      for (const [variant, t] of Object.entries(variants!)) {
        expect(names(t.vi), `${code}/${variant}`).toEqual(names(t.en));
        expect(t.vi, `${code}/${variant}`).not.toBe(t.en);
      }
    }
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
