// The single source of truth for scenario format 1 (shared/design/scenario-format.md): the
// TypeScript types, the structural validation and the JSON Schema for editors all come from here.
// Cross-references (ids, languages, reachability) are checked in check.ts, not here, because they
// need the whole document.
import { z } from 'zod';
import { ANSWER_FIELDS } from '../answers/fields.ts';
import { ConditionSchema, EffectsSchema, NextSchema, refId, TextSchema } from './schemaParts.ts';

/** Flag names follow the rule of ids. */
const flagName = refId;

export {
  BranchSchema,
  ConditionSchema,
  EffectsSchema,
  NextSchema,
  RUMOUR_STATES,
  TextSchema,
  type Branch,
  type Condition,
  type Effects,
  type Next,
  type RumourState,
  type ScoreAtom,
  type Text,
  type TimeAtom,
} from './schemaParts.ts';

const FORMAT_VERSION = 1;

const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lower-case words joined by hyphens, like "flood-dam-rumour"');

// ---- beats ---------------------------------------------------------------------------------
// What a trainee can answer with is written by the answer kinds (core/answers/fields.ts).
export { AnswerSchema, type Answer } from '../answers/choice/schema.ts';
export { FreeTextSchema, RubricLineSchema, type FreeText, type RubricLine } from '../answers/typed/schema.ts';

export const TimeoutSchema = z.strictObject({
  effects: EffectsSchema.default({}),
  set: z.array(flagName).optional(),
  feedback: TextSchema.optional(),
  next: NextSchema,
});
export type Timeout = z.infer<typeof TimeoutSchema>;

export const BeatSchema = z.strictObject({
  reporter: refId,
  ask: TextSchema,
  time_limit: z.number().int().min(5).max(600),
  ...ANSWER_FIELDS,
  on_timeout: TimeoutSchema.optional(),
});
export type Beat = z.infer<typeof BeatSchema>;

// ---- people, facts, rumours, events ----------------------------------------------------------
export const FACT_STATUSES = ['confirmed', 'unconfirmed', 'confidential'] as const;
export const FactSchema = z.strictObject({ id: refId, status: z.enum(FACT_STATUSES), text: TextSchema });
export type Fact = z.infer<typeof FactSchema>;

export const KeyMessageSchema = z.strictObject({ id: refId, text: TextSchema });
export type KeyMessage = z.infer<typeof KeyMessageSchema>;

export const BriefingSchema = z.strictObject({
  situation: TextSchema,
  facts: z.array(FactSchema).default([]),
  key_messages: z.array(KeyMessageSchema).default([]),
  sensitive: z.array(TextSchema).optional(),
});
export type Briefing = z.infer<typeof BriefingSchema>;

export const STANCES = ['friendly', 'neutral', 'hostile'] as const;
export const REPORTER_KINDS = ['domestic', 'foreign', 'social'] as const;
export const ReporterSchema = z.strictObject({
  id: refId,
  name: z.string().min(1),
  outlet: TextSchema,
  stance: z.enum(STANCES),
  kind: z.enum(REPORTER_KINDS),
  portrait: z.string().optional(),
});
export type Reporter = z.infer<typeof ReporterSchema>;

export const ReachSchema = z.strictObject({
  start: z.number().int().min(1),
  doubling: z.number().min(1),
  peak: z.number().int().min(1),
});
export type Reach = z.infer<typeof ReachSchema>;

export const RumourSchema = z.strictObject({
  id: refId,
  text: TextSchema,
  author: z.string().min(1),
  appears_at: z.number().min(0),
  reach: ReachSchema,
  countered_by: z.array(refId).optional(),
  escalate: z.strictObject({ at_reach: z.number().int().min(1), goto: refId }).optional(),
});
export type Rumour = z.infer<typeof RumourSchema>;

export const EVENT_KINDS = ['breaking', 'post', 'call', 'note'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const EventSchema = z.strictObject({
  /** Extension: an id lets the facilitator and the event log name the event; defaults to its index. */
  id: refId.optional(),
  at: z.number().min(0),
  kind: z.enum(EVENT_KINDS),
  text: TextSchema,
  /**
   * Extension: who posts or calls (shown on the feed or the call pop-up). A plain string is a name,
   * the same in every language (a person, a handle); an agency is a text per language.
   */
  from: TextSchema.optional(),
  goto: refId.optional(),
});
export type ScenarioEvent = z.infer<typeof EventSchema>;

export const EndingSchema = z.strictObject({ id: refId, when: ConditionSchema.optional(), text: TextSchema });
export type Ending = z.infer<typeof EndingSchema>;

// ---- the whole file --------------------------------------------------------------------------
export const ScenarioSchema = z.strictObject({
  format: z.literal(FORMAT_VERSION),
  id: kebabId,
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/, 'a language code is two or three letters, like "vi"')).min(1),
  title: TextSchema,
  summary: TextSchema,
  difficulty: z.number().int().min(1).max(3).default(2),
  duration: z.number().int().min(60).max(7200),
  skills: z.array(z.string()).min(1),
  weights: z.record(z.string(), z.number().min(0)).optional(),
  briefing: BriefingSchema,
  reporters: z.array(ReporterSchema).min(1),
  rumours: z.array(RumourSchema).default([]),
  events: z.array(EventSchema).default([]),
  start: refId,
  beats: z.record(refId, BeatSchema),
  endings: z.array(EndingSchema).min(1),
});
/** A scenario after structural validation (defaults filled in). check.ts makes it a CheckedScenario. */
export type Scenario = z.infer<typeof ScenarioSchema>;

// Re-exported from refs.ts (zod-free, for the browser bundle).
export { END, branchesOf, idsOf } from './refs.ts';
