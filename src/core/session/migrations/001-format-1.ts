// Saved-drill format 1, the first: validated here so a corrupted or foreign file is refused with a
// message before anything tries to restore it. A later format adds 002-….ts with an `up` step from
// this shape and its own schema. zod/mini (tree-shaken) because this runs in the browser too.
import * as z from 'zod/mini';
import { DrillLogSchema, drillId, drillSeconds, SessionOptionsSchema } from '../logSchema.ts';

export const schema = z.object({
  format: z.literal(1),
  scenarioId: drillId,
  // The log and the options are those of a drill record too (one schema, logSchema.ts).
  options: SessionOptionsSchema,
  now: drillSeconds,
  snapshot: z.looseObject({ value: z.unknown(), context: z.looseObject({}) }),
  log: DrillLogSchema,
});
