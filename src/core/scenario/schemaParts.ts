// The pieces of scenario format 1 that every part of a beat shares (texts, effects, conditions,
// `next`), apart from schema.ts so that the answer kinds (core/answers/*/schema.ts) can build
// their part of a beat from them while schema.ts builds the beat from the kinds' parts.
import { z } from 'zod';

/** Beat, fact, reporter, rumour and ending ids: letters, digits, - and _. */
export const refId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'an id is letters, digits, "-" or "_"');
const flagName = refId;

/** A text: a map from each language code to a string, or a plain string where there is one language. */
export const TextSchema = z.union([z.string(), z.record(z.string(), z.string())]);
export type Text = z.infer<typeof TextSchema>;

export const points = z.number().int().min(-10).max(10);
/** `{skill: integer}`, each −10..10. Keys are checked against `skills` in check.ts. */
export const EffectsSchema = z.record(z.string(), points);
export type Effects = Record<string, number>;

// ---- conditions ----------------------------------------------------------------------------
export type Condition =
  | { flag: string }
  | { score: ScoreAtom }
  | { rumour: { id: string; is: RumourState } }
  | { visited: string }
  | { time: TimeAtom }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export type ScoreAtom = { skill: string; at_least: number } | { skill: string; below: number } | { total_at_least: number };
export type TimeAtom = { after: number } | { before: number };

export const RUMOUR_STATES = ['dormant', 'spreading', 'rebutted', 'peaked'] as const;
export type RumourState = (typeof RUMOUR_STATES)[number];

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ flag: flagName }),
    z.strictObject({
      score: z.union([
        z.strictObject({ skill: z.string(), at_least: z.number() }),
        z.strictObject({ skill: z.string(), below: z.number() }),
        z.strictObject({ total_at_least: z.number().min(0).max(100) }),
      ]),
    }),
    z.strictObject({ rumour: z.strictObject({ id: refId, is: z.enum(RUMOUR_STATES) }) }),
    z.strictObject({ visited: refId }),
    z.strictObject({
      time: z.union([z.strictObject({ after: z.number().min(0) }), z.strictObject({ before: z.number().min(0) })]),
    }),
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
    z.strictObject({ not: ConditionSchema }),
  ]),
);

// ---- next ----------------------------------------------------------------------------------
export const BranchSchema = z.strictObject({ if: ConditionSchema.optional(), goto: refId });
export type Branch = z.infer<typeof BranchSchema>;
/** A beat id, the word `end`, or ordered branches whose last has no `if` (check.ts). */
export const NextSchema = z.union([refId, z.array(BranchSchema).min(1)]);
export type Next = z.infer<typeof NextSchema>;

export const idOrIds = z.union([refId, z.array(refId).min(1)]);
