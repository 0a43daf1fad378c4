// The limits a drill stays within and the two values every log entry is made of, apart from
// logSchema.ts so that the answer kinds (core/answers/*/kind.ts) can write their own log entry's
// schema with them while logSchema.ts lists the kinds' entries. zod/mini: this runs in the browser.
import * as z from 'zod/mini';

export const DRILL_LIMITS = {
  /** Log entries. Ticks are merged, so a drill logs one or two entries per answer, pause or
   *  inject: a 2-hour drill (the longest a scenario may last) stays far below this. */
  maxLogEntries: 20_000,
  /** Characters of one typed answer. */
  maxTypedChars: 20_000,
  /** Characters of an id (beat, rumour, event, record, scenario). */
  maxIdLength: 200,
} as const;

// z.number() refuses Infinity and NaN.
export const drillSeconds = z.number().check(z.minimum(0));
export const drillId = z.string().check(z.minLength(1), z.maxLength(DRILL_LIMITS.maxIdLength));
