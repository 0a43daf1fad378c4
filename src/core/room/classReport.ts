// Before and after, per skill: how much better the room told a good answer from a flawed one.
// The change is the mean of each participant's own difference (only those who did both checks
// count), with a 95 % interval from Student's t: with a class of twelve the interval is wide, and
// the report says so instead of letting a few points look like learning.
import type { SkillId } from '../skills.ts';
import type { CheckPhase } from './discernment.ts';

export interface CheckAnswerRow {
  participantId: string;
  phase: CheckPhase;
  skill: SkillId;
  correct: boolean;
  flawCorrect: boolean;
}

export interface ChangeSummary {
  /** Mean share correct (0–100) over the participants who answered that phase. */
  before: number | null;
  after: number | null;
  /** Participants with both phases. */
  paired: number;
  /** Mean of the paired differences, in points (0–100 scale). */
  change: number | null;
  /** Half-width of the 95 % interval of `change`; null when fewer than two pairs. */
  margin: number | null;
}

export interface ClassReport {
  participants: { before: number; after: number; paired: number };
  overall: ChangeSummary;
  /** Share of flawed answers whose flaw was named right, before and after. */
  flawNamed: { before: number | null; after: number | null };
  perSkill: Partial<Record<SkillId, ChangeSummary>>;
  /** What the figures can and cannot show, as a code the interface words. */
  caution: 'no-pairs' | 'too-few' | 'small-class' | 'interval-includes-zero' | 'clear';
}

// Two-sided 95 % quantiles of Student's t for 1–30 degrees of freedom; beyond, the normal's 1.96.
const T95 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069,
  2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

export function t95(df: number): number {
  return df >= 1 && df <= 30 ? T95[df - 1]! : 1.96;
}

function mean(xs: readonly number[]): number | null {
  return xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Per participant and phase: the share (0–100) of rows that satisfy `ok`. */
function shares(rows: readonly CheckAnswerRow[], ok: (r: CheckAnswerRow) => boolean): Map<string, Partial<Record<CheckPhase, number>>> {
  const counts = new Map<string, Partial<Record<CheckPhase, [number, number]>>>();
  for (const r of rows) {
    const p = counts.get(r.participantId) ?? {};
    const [hit, total] = p[r.phase] ?? [0, 0];
    p[r.phase] = [hit + (ok(r) ? 1 : 0), total + 1];
    counts.set(r.participantId, p);
  }
  const out = new Map<string, Partial<Record<CheckPhase, number>>>();
  for (const [id, p] of counts) {
    const s: Partial<Record<CheckPhase, number>> = {};
    for (const phase of ['before', 'after'] as const) {
      const c = p[phase];
      if (c) s[phase] = (100 * c[0]) / c[1];
    }
    out.set(id, s);
  }
  return out;
}

export function summarise(rows: readonly CheckAnswerRow[]): ChangeSummary {
  const byParticipant = [...shares(rows, (r) => r.correct).values()];
  const before = byParticipant.flatMap((s) => (s.before === undefined ? [] : [s.before]));
  const after = byParticipant.flatMap((s) => (s.after === undefined ? [] : [s.after]));
  const diffs = byParticipant.flatMap((s) => (s.before !== undefined && s.after !== undefined ? [s.after - s.before] : []));
  const change = mean(diffs);
  let margin: number | null = null;
  if (change !== null && diffs.length >= 2) {
    const variance = diffs.reduce((a, d) => a + (d - change) ** 2, 0) / (diffs.length - 1);
    margin = t95(diffs.length - 1) * Math.sqrt(variance / diffs.length);
  }
  return { before: mean(before), after: mean(after), paired: diffs.length, change, margin };
}

export function classReport(rows: readonly CheckAnswerRow[]): ClassReport {
  const overall = summarise(rows);
  const perSkill: Partial<Record<SkillId, ChangeSummary>> = {};
  for (const skill of [...new Set(rows.map((r) => r.skill))].sort()) {
    perSkill[skill] = summarise(rows.filter((r) => r.skill === skill));
  }
  const flaw = [...shares(rows, (r) => r.flawCorrect).values()];
  const phaseCount = (phase: CheckPhase) => new Set(rows.filter((r) => r.phase === phase).map((r) => r.participantId)).size;
  let caution: ClassReport['caution'];
  if (overall.paired === 0) caution = 'no-pairs';
  else if (overall.paired < 5 || overall.margin === null) caution = 'too-few';
  else if (overall.change !== null && Math.abs(overall.change) <= overall.margin) caution = 'interval-includes-zero';
  else if (overall.paired < 30) caution = 'small-class';
  else caution = 'clear';
  return {
    participants: { before: phaseCount('before'), after: phaseCount('after'), paired: overall.paired },
    overall,
    flawNamed: {
      before: mean(flaw.flatMap((s) => (s.before === undefined ? [] : [s.before]))),
      after: mean(flaw.flatMap((s) => (s.after === undefined ? [] : [s.after]))),
    },
    perSkill,
    caution,
  };
}
