// The checker's messages for twelve ordinary mistakes, judged as an instructor would: one error
// (the right one), at the line of the mistake, with a message that names the fix.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/core/scenario/diagnostics.ts';
import { loadScenario } from '../../../src/core/scenario/load.ts';
import { applyEdits, MISTAKES } from '../../fixtures/mistakes/mistakes.ts';

const BASE = readFileSync(join(import.meta.dirname, '../../fixtures/mistakes/base.yaml'), 'utf8');

describe('twelve ordinary mistakes', () => {
  it('start from a clean copy of a bundled scenario', () => {
    expect(loadScenario(BASE, 'base.yaml').diagnostics.map(formatDiagnostic)).toEqual([]);
  });

  for (const mistake of MISTAKES) {
    it(mistake.name, () => {
      const errors = loadScenario(applyEdits(BASE, mistake.edits), 'mistake.yaml').diagnostics.filter((d) => d.severity === 'error');
      const shown = errors.map(formatDiagnostic);
      expect(errors.length, shown.join('\n')).toBe(1);
      expect({ code: errors[0]!.code, line: errors[0]!.line }, shown.join('\n')).toEqual({ code: mistake.code, line: mistake.line });
      expect(errors[0]!.message).toMatch(mistake.fix);
      expect(errors[0]!.message).not.toMatch(/mapping|scalar|indicator|implicit key|flow collection/i);
    });
  }
});
