// The text walk must visit every place where schema.ts puts a text: otherwise a text with a
// missing language would slip past the checker. The places are read from the schema itself.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ScenarioSchema, TextSchema } from '../../../src/core/scenario/schema.ts';
import { forEachCondition, forEachNext, forEachText } from '../../../src/core/scenario/walk.ts';

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  innerType?: z.ZodType;
  getter?: () => z.ZodType;
};
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Paths of every TextSchema in the schema, with list items and map entries as "*". */
function textPlaces(schema: z.ZodType, path: string[] = [], out = new Set<string>(), seen = new Set<unknown>()): Set<string> {
  if (schema === TextSchema) return out.add(path.join('.'));
  if (seen.has(schema)) return out;
  seen.add(schema);
  const def = defOf(schema);
  if (def.type === 'optional' || def.type === 'default') textPlaces(def.innerType!, path, out, seen);
  else if (def.type === 'object') for (const [k, v] of Object.entries(def.shape!)) textPlaces(v, [...path, k], out, seen);
  else if (def.type === 'array') textPlaces(def.element!, [...path, '*'], out, seen);
  else if (def.type === 'record') textPlaces(def.valueType!, [...path, '*'], out, seen);
  else if (def.type === 'union') for (const option of def.options!) textPlaces(option, path, out, seen);
  return out;
}

const t = { en: 'x' };
const full = ScenarioSchema.parse({
  format: 1,
  id: 'full',
  languages: ['en'],
  title: t,
  summary: t,
  duration: 600,
  skills: ['accuracy'],
  briefing: { situation: t, facts: [{ id: 'f', status: 'confirmed', text: t }], key_messages: [{ id: 'k', text: t }], sensitive: [t] },
  reporters: [{ id: 'r', name: 'R', outlet: t, stance: 'neutral', kind: 'domestic' }],
  rumours: [{ id: 'ru', text: t, author: 'a', appears_at: 1, reach: { start: 1, doubling: 1, peak: 2 } }],
  events: [{ at: 1, kind: 'note', text: t, from: t }],
  start: 'b',
  beats: {
    b: {
      reporter: 'r',
      ask: t,
      time_limit: 30,
      answers: [
        {
          text: t,
          feedback: t,
          critical: true,
          critical_reason: t,
          next: [{ if: { all: [{ flag: 'x' }, { not: { visited: 'b' } }] }, goto: 'end' }, { goto: 'end' }],
        },
        { text: t, next: 'end' },
      ],
      free_text: { rubric: [{ skill: 'accuracy', points: 1, any: ['a'], feedback: t }], model_answer: t, feedback: t, next: 'end' },
      on_timeout: { feedback: t, next: 'end' },
    },
  },
  endings: [
    { id: 'e', when: { any: [{ flag: 'x' }] }, text: t },
    { id: 'd', text: t },
  ],
});

describe('walks', () => {
  it('forEachText visits every text place of the schema', () => {
    const visited = new Set<string>();
    forEachText(full, (_text, path) => visited.add(path.map((p) => (typeof p === 'number' || p === 'b' ? '*' : p)).join('.')));
    expect([...visited].sort()).toEqual([...textPlaces(ScenarioSchema)].sort());
  });

  it('forEachNext and forEachCondition reach answers, free text, timeouts and nested conditions', () => {
    const nexts: string[] = [];
    forEachNext(full, ({ path, gotos }) => nexts.push(`${path.join('.')}→${gotos.map((g) => g.goto).join(',')}`));
    expect(nexts).toEqual(['beats.b.answers.0.next→end,end', 'beats.b.answers.1.next→end', 'beats.b.free_text.next→end', 'beats.b.on_timeout.next→end']);
    const atoms: string[] = [];
    forEachCondition(full, (atom, path) => atoms.push(`${path.join('.')}=${JSON.stringify(atom)}`));
    expect(atoms).toEqual([
      'beats.b.answers.0.next.0.if.all.0={"flag":"x"}',
      'beats.b.answers.0.next.0.if.all.1.not={"visited":"b"}',
      'endings.0.when.any.0={"flag":"x"}',
    ]);
  });
});
