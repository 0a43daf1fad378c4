// The single source of truth for scenario format 1 (shared/design/scenario-format.md): the
// TypeScript types, the structural validation and the JSON Schema for editors all come from here.
// Cross-references (ids, languages, reachability) are checked in check.ts, not here, because they
// need the whole document.
import { z } from 'zod';

const FORMAT_VERSION = 1;

const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lower-case words joined by hyphens, like "flood-dam-rumour"');
/** Beat, fact, reporter, rumour and ending ids: letters, digits, - and _. */
const refId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'an id is letters, digits, "-" or "_"');
const flagName = refId;

/** A text: a map from each language code to a string, or a plain string where there is one language. */
export const TextSchema = z.union([z.string(), z.record(z.string(), z.string())]);
export type Text = z.infer<typeof TextSchema>;

const points = z.number().int().min(-10).max(10);
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

const idOrIds = z.union([refId, z.array(refId).min(1)]);

// ---- beats ---------------------------------------------------------------------------------
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
  answers: z.array(AnswerSchema).min(2).max(5).optional(),
  free_text: FreeTextSchema.optional(),
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
