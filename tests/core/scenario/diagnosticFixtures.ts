// Runs the checker on the fixture of one diagnostic code the way that code is met in practice:
// most through loadScenario, a few through the file reader, the set check or the CLI's plan check.
// Shared by the per-code tests and the test that keeps docs/diagnostics.md true.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkFiles } from '../../../src/cli/check.ts';
import { readScenarioFile } from '../../../src/cli/readFiles.ts';
import type { Diagnostic, DiagnosticCode } from '../../../src/core/scenario/diagnostics.ts';
import { LIMITS } from '../../../src/core/scenario/limits.ts';
import { checkScenarioSet, loadScenario } from '../../../src/core/scenario/load.ts';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/scenarios');

export function fixturePath(code: string): string {
  return join(FIXTURES, `${code}.yaml`);
}

/** The file name diagnostics carry (as in docs/diagnostics.md). */
export function fixtureName(code: string): string {
  return `${code}.yaml`;
}

function rename(diagnostics: Diagnostic[], name: string): Diagnostic[] {
  return diagnostics.map((d) => ({ ...d, file: name }));
}

export function diagnoseFixture(code: DiagnosticCode): Diagnostic[] {
  const path = fixturePath(code);
  const name = fixtureName(code);
  switch (code) {
    case 'cannot-read': {
      const read = readScenarioFile(path);
      return 'problem' in read ? rename([read.problem], name) : [];
    }
    case 'file-too-large': {
      const text = readFileSync(path, 'utf8');
      const padding = `# ${'x'.repeat(1022)}\n`.repeat(Math.ceil(LIMITS.maxBytes / 1024) + 1);
      return loadScenario(text + padding, name).diagnostics;
    }
    case 'too-many-values': {
      const text = readFileSync(path, 'utf8');
      return loadScenario(`${text}notes: [${'a, '.repeat(LIMITS.maxValues)}a]\n`, name).diagnostics;
    }
    case 'duplicate-scenario-id': {
      const base = { file: 'minimal.yaml', text: readFileSync(join(FIXTURES, 'minimal.yaml'), 'utf8') };
      const [, second] = checkScenarioSet([base, { file: name, text: readFileSync(path, 'utf8') }]);
      return second!.diagnostics;
    }
    case 'plan-unknown-scenario':
      return rename(checkFiles([path])[0]!.diagnostics, name);
    default:
      return loadScenario(readFileSync(path, 'utf8'), name).diagnostics;
  }
}
