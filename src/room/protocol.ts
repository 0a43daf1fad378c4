// Every message a phone, the console or the projector may send, as zod schemas: the server
// validates each one before it touches the database (types, sizes, ranges), and refuses the rest
// with a reason code. Names and questions are plain text; nothing a participant sends is ever
// treated as markup by any screen.
import { z } from 'zod';
import { LIVE_ITEM_KINDS, LIVE_POINTS } from '../core/live/liveEntries.ts';
import { SKILL_IDS } from '../core/skills.ts';

/** Printable text: no control, NUL or bidi-override characters, trimmed, within `max` characters. */
const plainText = (max: number) =>
  z
    .string()
    .transform((s) =>
      s
        .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .pipe(z.string().max(max));

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const text = z.union([z.string().max(2000), z.record(z.string().max(8), z.string().max(2000))]);
const JOIN_CODE = /^[A-HJ-NP-Z2-9]{6}$/;
/** A session's title: one text, or one per language (each phone shows its own language's). */
export const SessionTitle = z.union([plainText(200), z.strictObject({ vi: plainText(200).optional(), en: plainText(200).optional() })]);
export type SessionTitle = z.infer<typeof SessionTitle>;

const ParticipantAuth = z.strictObject({
  role: z.literal('participant'),
  code: z
    .string()
    .transform((s) => s.trim().toUpperCase())
    .pipe(z.string().regex(JOIN_CODE)),
  participantId: id.optional(),
  token: z.string().max(128).optional(),
});
const FacilitatorAuth = z.strictObject({ role: z.enum(['facilitator', 'projector']), key: z.string().max(128) });
export const Auth = z.union([ParticipantAuth, FacilitatorAuth]);

export const ParticipantMessages = {
  join: z.strictObject({ name: plainText(60).nullable() }),
  vote: z.strictObject({ pollId: id, choice: z.number().int().min(0).max(4) }),
  rate: z.strictObject({ pollId: id, stars: z.number().int().min(1).max(5), skill: z.enum(SKILL_IDS).nullable() }),
  ask: z.strictObject({ text: plainText(280).pipe(z.string().min(3)) }),
  checkAnswer: z.strictObject({
    phase: z.enum(['before', 'after']),
    itemId: z.string().max(200),
    choice: z.union([z.literal(0), z.literal(1)]),
    flaw: z.enum(SKILL_IDS),
  }),
} as const;

export const FacilitatorMessages = {
  createSession: z.strictObject({ title: SessionTitle, scenarioId: id.nullable() }),
  attach: z.strictObject({ sessionId: id }),
  openPoll: z.strictObject({
    beatId: id,
    kind: z.enum(['choice', 'rating']),
    prompt: text,
    options: z.array(text).max(5),
    best: z.number().int().min(0).max(4).nullable(),
  }),
  /** `trainee`: who was at the podium when the question was answered (hot seat), if anyone was named. */
  closePoll: z.strictObject({ pollId: id, traineeChoice: z.number().int().min(0).max(4).nullable(), trainee: plainText(120).nullable().optional() }),
  /** A live item the facilitator scored (core/live/liveEntries.ts), kept once per `key`. */
  liveItem: z.strictObject({
    key: z.string().min(1).max(200),
    at: z.number().min(0).max(1_000_000),
    kind: z.enum(LIVE_ITEM_KINDS),
    ask: plainText(2000).pipe(z.string().min(1)),
    answer: plainText(4000).nullable(),
    trainee: plainText(120).nullable(),
    effects: z.partialRecord(z.enum(SKILL_IDS), z.number().int().min(-LIVE_POINTS).max(LIVE_POINTS)),
    reason: plainText(1000),
  }),
  /**
   * Publish a poll's results on the projector and the phones (or take them down). `best`: the
   * facilitator's reveal setting lets the room see feedback now; the best answer is marked only
   * then, and only once the trainee has answered (publishing.ts). A choice poll still open is refused.
   */
  reveal: z.strictObject({ pollId: id, revealed: z.boolean(), best: z.boolean().optional() }),
  /** A scenario is played in the session: the check leaves it out. Not bundled here? Its text comes by POST /room/scenario. */
  played: z.strictObject({ scenarioId: id }),
  openCheck: z.strictObject({ phase: z.enum(['before', 'after']) }),
  closeCheck: z.strictObject({}),
  pickQuestion: z.strictObject({ questionId: id }),
  saveRecord: z.strictObject({ trainee: plainText(120).pipe(z.string().min(1)), record: z.record(z.string(), z.unknown()) }),
  results: z.strictObject({}),
  /** `lang`: the language of the question texts in the spreadsheet (the facilitator's). */
  exportCsv: z.strictObject({ lang: z.enum(['vi', 'en']).optional() }),
} as const;

export type ParticipantMessage = keyof typeof ParticipantMessages;
export type FacilitatorMessage = keyof typeof FacilitatorMessages;

/** Why a message was refused: a code the phone or the console words in its language. */
export type Refusal =
  | 'invalid'
  | 'rate-limited'
  | 'not-joined'
  | 'unknown-session'
  | 'poll-closed'
  | 'choice-out-of-range'
  | 'check-closed'
  | 'not-in-form'
  | 'forbidden'
  /** Results of a choice question the trainee has not answered yet: they would hint at the answer. */
  | 'poll-open'
  | 'server-error';

export type Ack<T = Record<string, never>> = ({ ok: true } & T) | { ok: false; error: Refusal };

/** What the console sees of a poll, live. `version` grows with every change: keep the highest. */
export interface Tally {
  pollId: string;
  version: number;
  counts: number[];
  total: number;
  /** Rating polls: how many gave each of 1–5 stars, and how often each skill was named. */
  stars?: number[];
  skills?: Record<string, number>;
}

/** What a phone is asked, without the answer. */
export interface PollForPhone {
  id: string;
  kind: 'choice' | 'rating';
  prompt: unknown;
  options: unknown[];
}

/**
 * Results the facilitator published, as the projector and the phones get them (event `reveal`):
 * the room's tally, what the trainee chose, and the best answer only when it may be shown.
 */
export interface PublishedPoll {
  pollId: string;
  revealed: true;
  /** The question's number in the session. */
  seq: number;
  kind: 'choice' | 'rating';
  prompt: unknown;
  options: unknown[];
  tally: Tally;
  /** Null unless the trainee answered and the facilitator's reveal setting allows feedback. */
  best: number | null;
  traineeChoice: number | null;
}

/** Published results taken down (the facilitator hid them, or the next question was asked). */
export interface UnpublishedPoll {
  pollId: string;
  revealed: false;
}

/** What a phone gets of the published results when it (re)connects: with its own vote or rating. */
export type PublishedForPhone = PublishedPoll & { mine: { choice: number | null; stars: number | null } };
