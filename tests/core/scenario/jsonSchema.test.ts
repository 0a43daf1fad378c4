// The JSON Schema for editors: generated from schema.ts, committed as docs/scenario.schema.json,
// and with a description for every key (from fields.ts, which also words the checker's messages).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIND_SCHEMAS, KINDS, knownKeys, type Kind } from '../../../src/core/scenario/fields.ts';
import { scenarioJsonSchema, scenarioJsonSchemaText } from '../../../src/core/scenario/jsonSchema.ts';

type Json = Record<string, unknown>;

describe('the scenario JSON Schema', () => {
  it('is committed up to date as docs/scenario.schema.json (regenerate: npm run scenario -- schema --out docs/scenario.schema.json)', () => {
    const committed = readFileSync(join(import.meta.dirname, '../../../docs/scenario.schema.json'), 'utf8');
    expect(committed).toBe(scenarioJsonSchemaText());
  });

  it('describes every key of every object', () => {
    const schema = scenarioJsonSchema();
    const missing: string[] = [];
    const visit = (node: unknown, where: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${where}[${i}]`));
      if (typeof node !== 'object' || node === null) return;
      const properties = (node as Json).properties as Record<string, Json> | undefined;
      for (const [key, property] of Object.entries(properties ?? {})) {
        if (typeof property.description !== 'string' || property.description === '') missing.push(`${where}.${key}`);
      }
      for (const [key, child] of Object.entries(node)) visit(child, `${where}.${key}`);
    };
    visit(schema, '#');
    expect(missing).toEqual([]);
    expect(Object.keys(schema.$defs as Json)).toEqual(expect.arrayContaining(['Beat', 'Answer', 'Condition', 'Text', 'Next', 'RubricLine']));
  });
});

describe('fields.ts', () => {
  it('has help for exactly the keys each part of the schema accepts', () => {
    for (const [kind, schema] of Object.entries(KIND_SCHEMAS) as [Kind, { shape: Json }][]) {
      expect(Object.keys(KINDS[kind].fields).sort(), kind).toEqual(Object.keys(schema.shape).sort());
      expect(knownKeys(kind)).toEqual(Object.keys(schema.shape));
    }
  });
});
