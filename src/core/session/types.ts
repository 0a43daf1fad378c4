// The public face of a running drill: what the store and the screens read (SessionView) and what
// they may send (the Session methods). Rendering depends on this file only, never on the machine.
import type { SkillId } from '../skills.ts';
import type { EventKind, RumourState, Text } from '../scenario/schema.ts';
import type { AnswerLogEntry, AnswerSource, AnswerTurn, AnswerViews } from '../answers/registry.ts';
import type { LiveLogEntry } from '../live/liveEntries.ts';
import type { EndReason } from '../engine/drillContext.ts';
import type { InjectTarget } from '../engine/injects.ts';
import type { EngineNote } from '../engine/notes.ts';

export type DrillStatus = 'ready' | 'running' | 'paused' | 'ended';

/** Why a point moved: every scored moment of a drill keeps one (skills.md). */
export type MomentSource =
  /** An answer of some kind (core/answers: `answer` for a choice, `rubric` for a typed answer's line). */
  | AnswerSource
  /**
   * Silence: a timeout, or a question left unanswered when the conference ended early — `ended:
   * 'open'` the question being asked, `'unasked'` one silence would still have led to.
   */
  | { kind: 'timeout'; beatId: string; ended?: 'open' | 'unasked' }
  | { kind: 'rumour'; rumourId: string; measure: 'speed' | 'reach' | 'unrebutted' }
  /** A live question, call or news item scored by the facilitator (core/live/liveScore.ts). */
  | { kind: 'facilitator'; ask: string; reason: string };

export interface ScoredMoment {
  /** Drill seconds when it happened. */
  at: number;
  skill: SkillId;
  points: number;
  source: MomentSource;
  /** The author's feedback for that answer or rubric line (saves from before notes: also the engine's words). */
  feedback?: Text;
  /** The engine's explanation, as a code the interface words (engine/notes.ts). */
  note?: EngineNote;
}

export interface SkillScore {
  skill: SkillId;
  raw: number;
  min: number;
  max: number;
  /** 0–100: raw placed between min and max. */
  percent: number;
}

export interface ScoreCard {
  skills: SkillScore[];
  /** Weighted mean of the assessed skills' percents, 0–100; at most 50 after a critical error. */
  overall: number;
  /** The critical errors made, in order (engine/critical.ts); present only when there is one. */
  critical?: CriticalError[];
  /** The overall score before the critical-error cap; present only when the cap lowered it. */
  uncapped?: number;
}

/** An answer the author marked critical, as chosen in a drill. */
export interface CriticalError {
  beatId: string;
  /** The authored answer index (0-based). */
  answerIndex: number;
  /** Drill second it was chosen. */
  at: number;
  /** What the error is: the answer's critical_reason, else its feedback, else its text. */
  reason: Text;
}

/** The asked beat; each answer kind adds its piece (core/answers/registry.ts AnswerViews). */
export type BeatView = BeatViewBase & AnswerViews;

interface BeatViewBase {
  id: string;
  reporterId: string;
  ask: Text;
  askedAt: number;
  /** Drill second at which silence counts as a timeout; null when answer time is off. */
  deadline: number | null;
}

export interface RumourView {
  id: string;
  text: Text;
  author: string;
  state: RumourState;
  reach: number;
  appearedAt: number | null;
  rebuttedAt: number | null;
  /** True once it was injected live by the facilitator. */
  injected: boolean;
}

export interface FeedItem {
  /** Stable key: `rumour:ID` or `event:ID`. */
  key: string;
  kind: EventKind | 'rumour';
  at: number;
  text: Text;
  /** Who posted or called: a name, or a text per language. */
  from?: Text;
  rumourId?: string;
}

/** The trainee's response to one beat, as asked and answered (for feedback and the debrief). */
export interface TurnRecord {
  beatId: string;
  askedAt: number;
  answeredAt: number;
  /** An answer of some kind (core/answers: `choice`, `text`), silence, the conference ended, or a skip. */
  response:
    | AnswerTurn
    | { kind: 'timeout' }
    | { kind: 'ended' }
    /** A live drill's facilitator skipped the question: no moments, no flags (engine/skip.ts). */
    | { kind: 'skipped' };
  moments: ScoredMoment[];
  feedback?: Text;
  /** The engine's explanation (silence, cut off), as a code the interface words (engine/notes.ts). */
  note?: EngineNote;
  /**
   * The authored indexes of the beat's answers in the order the trainee saw them (position p
   * showed answer shown[p]); absent when the drill kept the authored order.
   */
  shown?: number[];
}

export interface SessionView {
  scenarioId: string;
  status: DrillStatus;
  /** Drill seconds since the start (stops while paused). */
  now: number;
  duration: number;
  beat: BeatView | null;
  rumours: RumourView[];
  /** Newest last. */
  feed: FeedItem[];
  turns: TurnRecord[];
  /** The most recent turn, for the quick feedback toast. */
  lastTurn: TurnRecord | null;
  flags: string[];
  visited: string[];
  moments: ScoredMoment[];
  score: ScoreCard;
  ending: { id: string; text: Text; reason: EndReason } | null;
}

export interface SessionOptions {
  /** Multiplies every beat's time_limit; null turns answer time limits off (WCAG 2.2.1). */
  answerTimeFactor?: number | null;
  /**
   * Shuffles every beat's answers (engine/shuffle.ts), an unsigned 32-bit integer. Absent: the
   * authored order. Part of the drill: saved, exported and replayed with it.
   */
  shuffleSeed?: number;
}

/** Everything that happened, in order, with drill time: enough to replay a drill exactly. */
export type LogEntry =
  | { type: 'start'; at: number }
  | { type: 'tick'; at: number }
  /** An answer of some kind (core/answers: `choose`, `type`). */
  | AnswerLogEntry
  | { type: 'pause'; at: number }
  | { type: 'resume'; at: number }
  | { type: 'inject'; at: number; what: InjectTarget }
  | { type: 'end'; at: number }
  /** A live drill's facilitator skipped the open question (engine/skip.ts). */
  | { type: 'skip'; at: number }
  /** A live drill's facilitator gave (seconds > 0) or took answer time on the open question. */
  | { type: 'time'; at: number; seconds: number }
  /** A live drill's facilitator entries (core/live/liveEntries.ts): never sent to the machine. */
  | LiveLogEntry;
