// Every string the report overlays ask for exists in both languages, including the keys they
// build from data (reasons, event kinds, import problems, CSV columns).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS } from '../../../src/core/scenario/schema.ts';
import { BEAT_COLUMNS, DRILL_COLUMNS } from '../../../src/records/csv.ts';
import { isSkillId } from '../../../src/core/skills.ts';

const ROOT = join(import.meta.dirname, '../../..');
const PLURAL = /_(zero|one|two|few|many|other)$/;

function keys(lang: string, ns: string): Set<string> {
  const flatten = (value: unknown, prefix: string): string[] =>
    typeof value === 'string' ? [prefix] : Object.entries(value as object).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
  const data = JSON.parse(readFileSync(join(ROOT, 'locales', lang, `${ns}.json`), 'utf8'));
  return new Set(flatten(data, '').map((k) => k.replace(PLURAL, '')));
}

function literalKeys(dir: string): string[] {
  const found: string[] = [];
  for (const file of readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.ts'))) {
    for (const m of readFileSync(join(ROOT, dir, file), 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_.-]+)'/g)) found.push(m[1]!);
  }
  return found;
}

const dynamic = {
  debrief: [
    ...['answer', 'rubric', 'timeout', 'timeoutEnded', 'speed', 'reach', 'unrebutted'].map((k) => `reason.${k}`),
    ...[...EVENT_KINDS, 'rumour'].map((k) => `event.${k}`),
    ...['end', 'duration', 'facilitator'].map((k) => `endingReason.${k}`),
    ...['quota', 'unavailable', 'write-failed', 'restoreFailed', 'restored'].map((k) => `resume.${k}`),
  ],
  history: [
    ...['not-json', 'not-records', 'newer-format', 'corrupted', 'failed'].map((k) => `importError.${k}`),
    ...[...DRILL_COLUMNS, ...BEAT_COLUMNS].filter((c) => !isSkillId(c)).map((c) => `csv.${c}`),
    ...['date', 'trainee', 'scenario', 'overall', 'ending', 'length', 'actions'].map((c) => `col.${c}`),
  ],
};

describe('report overlay strings', () => {
  const used = {
    debrief: [...literalKeys('src/ui/debrief'), ...dynamic.debrief],
    history: [...literalKeys('src/ui/history'), ...dynamic.history],
  };

  it('finds the keys it checks', () => {
    expect(used.debrief.length).toBeGreaterThan(40);
    expect(used.history.length).toBeGreaterThan(30);
  });

  for (const lang of ['vi', 'en']) {
    for (const ns of ['debrief', 'history'] as const) {
      it(`has every ${ns} key in ${lang}`, () => {
        const have = keys(lang, ns);
        expect(used[ns].filter((k) => !have.has(k))).toEqual([]);
      });
    }
  }
});
