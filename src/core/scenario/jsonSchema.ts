// The JSON Schema for editors (autocompletion and hover help while writing a scenario), generated
// from schema.ts, the single source of truth, with the titles and descriptions of fields.ts.
// docs/scenario.schema.json is this output; a test keeps it up to date.
import { z } from 'zod';
import { SKILL_IDS } from '../skills.ts';
import { KIND_SCHEMAS, KINDS, type Kind } from './fields.ts';
import { ConditionSchema, EffectsSchema, NextSchema, RubricLineSchema, TextSchema } from './schema.ts';

type JsonObject = Record<string, unknown>;

const SKILL_ENUM = { type: 'string', enum: [...SKILL_IDS], description: 'a skill id' };

/** Parts that schema.ts does not export (escalate, condition atoms): the kind whose keys they use. */
function kindByKeys(keys: string[]): Kind | undefined {
  const fitting = (Object.keys(KINDS) as Kind[]).filter((k) => keys.every((key) => key in KINDS[k].fields));
  return fitting.sort((a, b) => Object.keys(KINDS[a].fields).length - Object.keys(KINDS[b].fields).length)[0];
}

function pascal(kind: string): string {
  return kind.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase());
}

function registry() {
  const r = z.registry<{ id: string; title: string; description: string }>();
  for (const [kind, schema] of Object.entries(KIND_SCHEMAS) as [Kind, z.ZodObject][]) {
    if (kind === 'scenario') continue; // the root stays inline
    r.add(schema, { id: pascal(kind), title: KINDS[kind].title, description: KINDS[kind].description });
  }
  r.add(TextSchema, {
    id: 'Text',
    title: 'Text',
    description: 'A text: one entry per language, like { vi: "…", en: "…" }; a plain string where the scenario has one language.',
  });
  r.add(NextSchema, { id: 'Next', title: 'Next', description: KINDS.answer.fields.next! });
  r.add(ConditionSchema, { id: 'Condition', title: KINDS.condition.title, description: KINDS.condition.description });
  r.add(RubricLineSchema, { id: 'RubricLine', title: KINDS['rubric-line'].title, description: KINDS['rubric-line'].description });
  r.add(EffectsSchema, { id: 'Effects', title: 'Effects', description: KINDS.answer.fields.effects! });
  return r;
}

export function scenarioJsonSchema(): JsonObject {
  const kindOf = new Map<unknown, Kind>();
  for (const [kind, schema] of Object.entries(KIND_SCHEMAS) as [Kind, z.ZodObject][]) kindOf.set(schema, kind);
  const schema = z.toJSONSchema(KIND_SCHEMAS.scenario!, {
    io: 'input',
    target: 'draft-2020-12',
    metadata: registry(),
    reused: 'inline',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const json = jsonSchema as JsonObject;
      const properties = json.properties as Record<string, JsonObject> | undefined;
      const kind = kindOf.get(zodSchema) ?? (properties ? kindByKeys(Object.keys(properties)) : undefined);
      if (kind === 'scenario') {
        json.title = KINDS.scenario.title;
        json.description = KINDS.scenario.description;
      }
      if (properties !== undefined) {
        for (const [key, property] of Object.entries(properties)) {
          // Replaced, not edited: generated sub-schemas may be shared between properties.
          const help = kind !== undefined ? KINDS[kind].fields[key] : undefined;
          let next = help !== undefined ? { ...property, description: help } : property;
          if (key === 'skill' && next.type === 'string') next = { ...SKILL_ENUM, description: next.description ?? SKILL_ENUM.description };
          if (key === 'skills' && kind === 'scenario') next = { ...next, items: SKILL_ENUM };
          if (key === 'weights' && kind === 'scenario') next = { ...next, propertyNames: { enum: [...SKILL_IDS] } };
          properties[key] = next;
        }
      }
      if (zodSchema === EffectsSchema) json.propertyNames = { enum: [...SKILL_IDS] };
    },
  }) as JsonObject;
  return { $schema: schema.$schema, $id: 'https://podium.local/scenario.schema.json', ...schema };
}

export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
