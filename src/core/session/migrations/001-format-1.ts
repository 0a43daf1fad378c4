// Saved-drill format 1, the first: validated here so a corrupted or foreign file is refused with a
// message before anything tries to restore it. A later format adds 002-….ts with an `up` step from
// this shape and its own schema.
import { z } from 'zod';

const at = z.number().finite().min(0);

const LogEntrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start'), at }),
  z.object({ type: z.literal('tick'), at }),
  z.object({ type: z.literal('choose'), at, answerIndex: z.number().int().min(0) }),
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
  scenarioId: z.string().min(1),
  options: z.object({ answerTimeFactor: z.number().positive().finite().nullable().optional() }),
  now: at,
  snapshot: z.looseObject({ value: z.unknown(), context: z.looseObject({}) }),
  log: z.array(LogEntrySchema),
});
