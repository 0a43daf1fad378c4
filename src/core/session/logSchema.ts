// The one schema of a drill's event log and options, and the limits a drill stays within. A saved
// drill (resume after refresh, session/migrations) and a kept or imported drill record
// (records/drillRecord.ts) are both validated with it, so a file from elsewhere is held to what a
// live drill can produce. zod/mini (tree-shaken) because this runs in the browser too.
import * as z from 'zod/mini';
import { LIVE_ITEM_KINDS, LIVE_POINTS } from '../live/liveEntries.ts';
import { SKILL_IDS } from '../skills.ts';
import { ANSWER_ENTRY_SCHEMAS } from '../answers/registry.ts';
import { DRILL_LIMITS, drillId, drillSeconds } from './drillLimits.ts';

// Where they were first written: saved drills and records import them from here.
export { DRILL_LIMITS, drillId, drillSeconds };

const injectWhat = z.union([z.strictObject({ rumour: drillId }), z.strictObject({ event: drillId })]);

export const LogEntrySchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('start'), at: drillSeconds }),
  z.strictObject({ type: z.literal('tick'), at: drillSeconds }),
  // An answer, one entry per kind (core/answers/registry.ts).
  ...ANSWER_ENTRY_SCHEMAS,
  z.strictObject({ type: z.literal('pause'), at: drillSeconds }),
  z.strictObject({ type: z.literal('resume'), at: drillSeconds }),
  z.strictObject({ type: z.literal('inject'), at: drillSeconds, what: injectWhat }),
  z.strictObject({ type: z.literal('end'), at: drillSeconds }),
  // A live drill's facilitator skipped the open question (engine/skip.ts); drills from before have none.
  z.strictObject({ type: z.literal('skip'), at: drillSeconds }),
  // A live drill's facilitator: more or less answer time (core/live/answerTime.ts), then the
  // entries never sent to the machine (core/live/liveEntries.ts); drills from before have none.
  z.strictObject({ type: z.literal('time'), at: drillSeconds, seconds: z.number().check(z.minimum(-3600), z.maximum(3600)) }),
  z.strictObject({
    type: z.literal('live'),
    at: drillSeconds,
    kind: z.enum(LIVE_ITEM_KINDS),
    ask: z.string().check(z.maxLength(DRILL_LIMITS.maxTypedChars)),
    effects: z.partialRecord(z.enum(SKILL_IDS), z.int().check(z.minimum(-LIVE_POINTS), z.maximum(LIVE_POINTS))),
    reason: z.string().check(z.maxLength(DRILL_LIMITS.maxTypedChars)),
    answer: z.optional(z.string().check(z.maxLength(DRILL_LIMITS.maxTypedChars))),
  }),
  z.strictObject({ type: z.literal('seat'), at: drillSeconds, trainee: z.string().check(z.minLength(1), z.maxLength(200)) }),
  z.strictObject({ type: z.literal('note'), at: drillSeconds, text: z.string().check(z.maxLength(DRILL_LIMITS.maxTypedChars)) }),
]);

export const DrillLogSchema = z.array(LogEntrySchema).check(z.maxLength(DRILL_LIMITS.maxLogEntries));

/** As engine/rules.ts accepts them: a positive multiplier, or null for no time limits. */
export const SessionOptionsSchema = z.strictObject({
  answerTimeFactor: z.optional(z.nullable(z.number().check(z.positive()))),
  // engine/shuffle.ts: an unsigned 32-bit integer; absent in drills from before shuffling.
  shuffleSeed: z.optional(z.int().check(z.minimum(0), z.maximum(0xffff_ffff))),
});
