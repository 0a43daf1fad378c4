// The hot seat: trainees take turns at the podium in one drill. Who is seated is logged (a 'seat'
// entry), so every answer is credited to whoever gave it, and replay and resume agree. A trainee's
// score card is built from the questions they faced alone: each skill placed between the lowest
// and highest points those questions allowed (a live question: ±LIVE_POINTS). Rumours spreading or
// being rebutted belong to the whole class and are credited to no one. A question the facilitator
// skipped (engine/skip.ts) is credited to no one and does not count toward rotating the seat.
//
// The class's figure on the scoreboard (`classCard`) is worked out by the same rule over every
// question any trainee faced: the room reads it as "how the class answered", so it never goes
// below every trainee's own figure because of questions nobody reached. The drill's own score
// card (Session.view().score, the class record's) is a different figure: an early end scores the
// route not reached as silence and rumours count there; wherever it is shown beside the cards it
// is labelled as the whole conference including the questions not reached.
import { CRITICAL_CAP, criticalErrors } from '../engine/critical.ts';
import { overallOf, type ScoringRules } from '../engine/scoring.ts';
import { beatRange } from '../engine/beatRange.ts';
import { isSkipped } from '../engine/skip.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { LogEntry, ScoreCard, ScoredMoment, SessionView, TurnRecord } from '../session/types.ts';
import { isSkillId, type SkillId } from '../skills.ts';
import { LIVE_POINTS, type LiveLogEntry } from './liveEntries.ts';
import { liveItemsOf, liveMoments } from './liveScore.ts';

export interface Seat {
  trainee: string;
  /** Drill second the trainee took the seat. */
  from: number;
}

export function seatsOf(log: readonly LogEntry[]): Seat[] {
  const out: Seat[] = [];
  for (const e of log) if (e.type === 'seat') out.push({ trainee: e.trainee, from: e.at });
  return out;
}

/** Who was at the podium at drill second `at` (the latest seat taken at or before it). */
export function seatedAt(seats: readonly Seat[], at: number): string | null {
  let who: string | null = null;
  for (const s of seats) if (s.from <= at) who = s.trainee;
  return who ?? seats[0]?.trainee ?? null;
}

export function seatedNow(log: readonly LogEntry[]): string | null {
  const seats = seatsOf(log);
  return seats[seats.length - 1]?.trainee ?? null;
}

/** The next trainee on the roster after `current` (round and round). */
export function nextOnRoster(roster: readonly string[], current: string | null): string | null {
  if (roster.length === 0) return null;
  const i = current === null ? -1 : roster.indexOf(current);
  return roster[(i + 1) % roster.length]!;
}

/** Whether a turn was the trainee's: not cut off by the end, not skipped by the facilitator (engine/skip.ts). */
function facedByTrainee(turn: TurnRecord): boolean {
  return turn.response.kind !== 'ended' && !isSkipped(turn);
}

/** Questions answered (or let go) since the current trainee sat down; a skipped one does not count. */
function turnsSinceSeat(log: readonly LogEntry[], turns: readonly TurnRecord[]): number {
  const seats = seatsOf(log);
  const from = seats[seats.length - 1]?.from ?? 0;
  return turns.filter((t) => facedByTrainee(t) && t.answeredAt >= from).length;
}

/** Whether rotating every `every` questions says the next trainee should take the seat now. */
export function rotationDue(every: number | null, log: readonly LogEntry[], turns: readonly TurnRecord[]): boolean {
  return every !== null && every > 0 && turnsSinceSeat(log, turns) >= every;
}

type LiveItem = Extract<LiveLogEntry, { type: 'live' }>;

type Range = Partial<Record<SkillId, { min: number; max: number }>>;

function widen(range: Range, skill: SkillId, lo: number, hi: number): void {
  const r = range[skill] ?? { min: 0, max: 0 };
  range[skill] = { min: r.min + lo, max: r.max + hi };
}

export interface TraineeCard {
  trainee: string;
  /** The questions of the scenario they answered or let go. */
  turns: TurnRecord[];
  /** Live questions they were scored on. */
  liveCount: number;
  moments: ScoredMoment[];
  score: ScoreCard;
}

/** The score card of some answered questions and live items, each skill placed within what they allowed. */
function cardOver(
  scenario: Scenario,
  rules: ScoringRules,
  turns: readonly TurnRecord[],
  items: readonly LiveItem[],
): { moments: ScoredMoment[]; score: ScoreCard } {
  const moments = [...turns.flatMap((t) => t.moments.filter((m) => m.source.kind !== 'rumour')), ...items.flatMap((i) => liveMoments(rules.skills, i))];
  const range: Range = {};
  for (const t of turns) {
    const beat = scenario.beats[t.beatId];
    if (!beat) continue;
    const r = beatRange(rules.skills, beat);
    for (const skill of rules.skills) widen(range, skill, r[skill]?.min ?? 0, r[skill]?.max ?? 0);
  }
  for (const skill of rules.skills) widen(range, skill, -LIVE_POINTS * items.length, LIVE_POINTS * items.length);
  const raw: Partial<Record<SkillId, number>> = {};
  for (const m of moments) if (isSkillId(m.skill)) raw[m.skill] = (raw[m.skill] ?? 0) + m.points;
  const skills = rules.skills.map((skill) => {
    const value = raw[skill] ?? 0;
    // What was actually earned always lies in the range (the silence rule may go below an answer).
    const min = Math.min(range[skill]?.min ?? 0, value);
    const max = Math.max(range[skill]?.max ?? 0, value);
    const percent = max === min ? 100 : Math.min(100, Math.max(0, ((value - min) / (max - min)) * 100));
    return { skill, raw: value, min, max, percent };
  });
  // A critical answer caps the one who gave it (and so the class), as it caps the drill (engine/critical.ts).
  const critical = criticalErrors(scenario, turns);
  const overall = overallOf(rules, skills);
  const score: ScoreCard = critical.length === 0 ? { skills, overall } : { skills, overall: Math.min(overall, CRITICAL_CAP), critical };
  if (critical.length > 0 && overall > CRITICAL_CAP) score.uncapped = overall;
  return { moments, score };
}

/** One card per trainee, in the order they first sat down. */
export function traineeCards(scenario: Scenario, rules: ScoringRules, view: Pick<SessionView, 'turns'>, log: readonly LogEntry[]): TraineeCard[] {
  const seats = seatsOf(log);
  const names: string[] = [];
  for (const s of seats) if (!names.includes(s.trainee)) names.push(s.trainee);
  const items = liveItemsOf(log);
  return names.map((trainee) => {
    const turns = view.turns.filter((t) => facedByTrainee(t) && seatedAt(seats, t.answeredAt) === trainee);
    const mine = items.filter((i) => seatedAt(seats, i.at) === trainee);
    return { trainee, turns, liveCount: mine.length, ...cardOver(scenario, rules, turns, mine) };
  });
}

export interface ClassCard {
  /** Questions of the scenario any trainee answered or let go, and live items scored. */
  questions: number;
  score: ScoreCard;
}

/**
 * The class's figure: every question a trainee faced (whoever was seated) and every live item,
 * scored by the trainee cards' rule. With one trainee it is that trainee's card. Null before anyone sat down.
 */
export function classCard(scenario: Scenario, rules: ScoringRules, view: Pick<SessionView, 'turns'>, log: readonly LogEntry[]): ClassCard | null {
  if (seatsOf(log).length === 0) return null;
  const turns = view.turns.filter(facedByTrainee);
  const items = liveItemsOf(log);
  return { questions: turns.length + items.length, score: cardOver(scenario, rules, turns, items).score };
}
