// Points become scores here and nowhere else. Every point that moves is a ScoredMoment with its
// reason; a skill's raw total is the sum of its moments; its 0–100 is the raw total placed between
// the lowest and highest totals the scenario makes possible (checked.bounds, from the checker).
// Overall = mean of the assessed skills' percents weighted by `weights` (a skill not named weighs 1),
// capped at CRITICAL_CAP once a critical answer was chosen (critical.ts).
import type { SkillBounds } from '../scenario/checked.ts';
import type { Effects } from '../scenario/schema.ts';
import type { CriticalError, MomentSource, ScoreCard, ScoredMoment, SkillScore } from '../session/types.ts';
import { CRITICAL_CAP } from './critical.ts';
import { saidFields, type Said } from './notes.ts';
import { isSkillId, type SkillId } from '../skills.ts';

export interface ScoringRules {
  /** The assessed skills, in the scenario's order. */
  skills: readonly SkillId[];
  bounds: Partial<Record<SkillId, SkillBounds>>;
  weights?: Record<string, number> | undefined;
}

/** Only assessed skills are ever scored: anything else is dropped here, once, for every source. */
export function assessedSkills(skills: readonly string[]): SkillId[] {
  return skills.filter(isSkillId);
}

/** One moment per assessed skill with a non-zero effect, in the order the author wrote them. */
export function momentsFromEffects(rules: ScoringRules, effects: Effects, at: number, source: MomentSource, said: Said = {}): ScoredMoment[] {
  const out: ScoredMoment[] = [];
  for (const [skill, points] of Object.entries(effects)) {
    if (points === 0 || !isSkillId(skill) || !rules.skills.includes(skill)) continue;
    out.push({ at, skill, points, source, ...saidFields(said) });
  }
  return out;
}

export function addToRaw(raw: Readonly<Record<string, number>>, moments: readonly ScoredMoment[]): Record<string, number> {
  if (moments.length === 0) return raw as Record<string, number>;
  const next = { ...raw };
  for (const m of moments) next[m.skill] = (next[m.skill] ?? 0) + m.points;
  return next;
}

export function percentOf(raw: number, bounds: SkillBounds | undefined): number {
  const min = bounds?.min ?? 0;
  const max = bounds?.max ?? 0;
  if (max === min) return 100;
  return Math.min(100, Math.max(0, ((raw - min) / (max - min)) * 100));
}

function skillScores(rules: ScoringRules, raw: Readonly<Record<string, number>>): SkillScore[] {
  return rules.skills.map((skill) => {
    const b = rules.bounds[skill];
    const value = raw[skill] ?? 0;
    return { skill, raw: value, min: b?.min ?? 0, max: b?.max ?? 0, percent: percentOf(value, b) };
  });
}

export function overallOf(rules: ScoringRules, skills: readonly SkillScore[]): number {
  let total = 0;
  let weight = 0;
  for (const s of skills) {
    const w = rules.weights?.[s.skill] ?? 1;
    total += s.percent * w;
    weight += w;
  }
  // All weights zero: fall back to the plain mean rather than dividing by zero.
  if (weight === 0) return skills.length === 0 ? 0 : skills.reduce((a, s) => a + s.percent, 0) / skills.length;
  return total / weight;
}

/** The score card; after a critical error the overall is capped (critical.ts). */
export function scoreCard(rules: ScoringRules, raw: Readonly<Record<string, number>>, critical: readonly CriticalError[] = []): ScoreCard {
  const skills = skillScores(rules, raw);
  const overall = overallOf(rules, skills);
  if (critical.length === 0) return { skills, overall };
  const card: ScoreCard = { skills, overall: Math.min(overall, CRITICAL_CAP), critical: [...critical] };
  if (overall > CRITICAL_CAP) card.uncapped = overall;
  return card;
}
