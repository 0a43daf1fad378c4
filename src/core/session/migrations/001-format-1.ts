// Saved-drill format 1, the first: validated here so a corrupted or foreign file is refused with a
// message before anything tries to restore it. A later format adds 002-….ts with an `up` step from
// this shape and its own schema. zod/mini (tree-shaken) because this runs in the browser too.
import * as z from 'zod/mini';

// z.number() refuses Infinity and NaN.
const at = z.number().check(z.minimum(0));

const LogEntrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start'), at }),
  z.object({ type: z.literal('tick'), at }),
  z.object({ type: z.literal('choose'), at, answerIndex: z.int().check(z.minimum(0)) }),
  z.object({ type: z.literal('type'), at, text: z.string() }),
  z.object({ type: z.literal('pause'), at }),
  z.object({ type: z.literal('resume'), at }),
  z.object({
    type: z.literal('inject'),
    at,
    what: z.union([z.object({ rumour: z.string() }), z.object({ event: z.string() })]),
  }),
  z.object({ type: z.literal('end'), at }),
]);

export const format = 1;

export const schema = z.object({
  format: z.literal(1),
  scenarioId: z.string().check(z.minLength(1)),
  options: z.object({ answerTimeFactor: z.optional(z.nullable(z.number().check(z.positive()))) }),
  now: at,
  snapshot: z.looseObject({ value: z.unknown(), context: z.looseObject({}) }),
  log: z.array(LogEntrySchema),
});
