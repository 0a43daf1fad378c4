// A typed beat's part of scenario format 1: `free_text`, an answer the trainee writes, scored by
// rubric lines that look for phrases (engine/rubric.ts). Full zod (the checker and the JSON
// Schema); the engine reads the inferred types only.
import { z } from 'zod';
import { idOrIds, NextSchema, points, TextSchema, refId } from '../../scenario/schemaParts.ts';

/** Flag names follow the rule of ids. */
const flagName = refId;

export const RubricLineSchema = z.union([
  z.strictObject({
    skill: z.string(),
    points,
    any: z.array(z.string().min(1)).min(1),
    /** Extension: a match is excluded when one of these phrases is in the same clause (engine/rubric.ts). */
    unless: z.array(z.string().min(1)).min(1).optional(),
    /** Extension: what this line rewards or penalises, shown in the debrief. */
    feedback: TextSchema.optional(),
  }),
  z.strictObject({
    skill: z.string(),
    points,
    all: z.array(z.string().min(1)).min(1),
    unless: z.array(z.string().min(1)).min(1).optional(),
    feedback: TextSchema.optional(),
  }),
]);
export type RubricLine = z.infer<typeof RubricLineSchema>;

export const FreeTextSchema = z.strictObject({
  rubric: z.array(RubricLineSchema).min(1),
  max_words: z.number().int().min(1).max(1000).optional(),
  rebuts: idOrIds.optional(),
  set: z.array(flagName).optional(),
  /** Extension: a model answer shown in the debrief as the best available answer. */
  model_answer: TextSchema.optional(),
  feedback: TextSchema.optional(),
  next: NextSchema,
});
export type FreeText = z.infer<typeof FreeTextSchema>;

/** The beat key and its schema (scenario-format.md: `free_text`). */
export const typedField = { free_text: FreeTextSchema.optional() };
