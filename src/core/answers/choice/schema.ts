// A choice beat's part of scenario format 1: `answers`, 2 to 5 written answers the trainee picks
// from. Full zod (the checker and the JSON Schema); the engine reads the inferred type only.
import { z } from 'zod';
import { EffectsSchema, idOrIds, NextSchema, TextSchema, refId } from '../../scenario/schemaParts.ts';

/** Flag names follow the rule of ids. */
const flagName = refId;

export const AnswerSchema = z.strictObject({
  text: TextSchema,
  effects: EffectsSchema.default({}),
  rebuts: idOrIds.optional(),
  set: z.array(flagName).optional(),
  unset: z.array(flagName).optional(),
  feedback: TextSchema.optional(),
  /**
   * Extension: a critical error (disclosing a secret, contradicting the state's position on
   * sovereignty, inventing casualty figures). Choosing it caps the overall score (scoring.ts) and
   * the debrief names it first.
   */
  critical: z.boolean().optional(),
  /** Extension: what the critical error is, in a sentence; the debrief names it (else `feedback`). */
  critical_reason: TextSchema.optional(),
  next: NextSchema,
});
export type Answer = z.infer<typeof AnswerSchema>;

/** The beat key and its schema (scenario-format.md: `answers`). */
export const choiceField = { answers: z.array(AnswerSchema).min(2).max(5).optional() };
