// The JSON Schema editors use (docs/scenario.schema.json) must accept every bundled scenario and
// refuse what the checker refuses for its structure, checked by a real validator (ajv, draft
// 2020-12), so that an editor never underlines a correct scenario.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const schema = JSON.parse(readFileSync(join(ROOT, 'docs/scenario.schema.json'), 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const bundled = readdirSync(join(ROOT, 'scenarios')).filter((f) => f.endsWith('.yaml') && !f.endsWith('.plan.yaml'));

function problems(value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe('docs/scenario.schema.json with a real validator', () => {
  it('finds the bundled scenarios', () => {
    expect(bundled.length).toBeGreaterThanOrEqual(10);
  });

  for (const file of bundled) {
    it(`accepts scenarios/${file}`, () => {
      expect(problems(parse(readFileSync(join(ROOT, 'scenarios', file), 'utf8')))).toEqual([]);
    });
  }

  it('accepts the smallest fixture and the documentation examples', () => {
    for (const file of [
      'tests/fixtures/scenarios/minimal.yaml',
      'tests/fixtures/examples/example-flood.yaml',
      'tests/fixtures/examples/example-school-meal.yaml',
    ]) {
      expect(problems(parse(readFileSync(join(ROOT, file), 'utf8'))), file).toEqual([]);
    }
  });

  it('refuses an unknown key, a wrong stance and an answer without next, as the checker does', () => {
    const base = parse(readFileSync(join(ROOT, 'tests/fixtures/scenarios/minimal.yaml'), 'utf8')) as {
      beats: Record<string, { timelimit?: number; time_limit?: number; answers: { next?: string }[] }>;
      reporters: { stance: string }[];
    };
    const typo = structuredClone(base);
    typo.beats['q-open']!.timelimit = 30;
    expect(problems(typo).join('\n')).toMatch(/additional properties|must NOT have/);
    const stance = structuredClone(base);
    stance.reporters[0]!.stance = 'supportive';
    expect(problems(stance).join('\n')).toMatch(/\/reporters\/0\/stance/);
    const next = structuredClone(base);
    delete next.beats['q-open']!.answers[0]!.next;
    expect(problems(next).join('\n')).toMatch(/required property 'next'/);
  });
});
