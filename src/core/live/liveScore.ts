// Live questions scored by the facilitator count like any answer: each becomes scored moments
// (source 'facilitator') and moves the per-skill raw totals. So that percentages stay meaningful,
// every live question widens each assessed skill's range by ±LIVE_POINTS, the range its buttons
// allow: a drill with live questions is scored out of what the scenario AND those questions made
// possible. The ending was decided by the scenario alone (live questions do not move the script).
import { scoreCard, type ScoringRules } from '../engine/scoring.ts';
import type { SkillBounds } from '../scenario/checked.ts';
import type { LogEntry, ScoredMoment, SessionView } from '../session/types.ts';
import type { SkillId } from '../skills.ts';
import { LIVE_POINTS, type LiveLogEntry } from './liveEntries.ts';

type LiveItem = Extract<LiveLogEntry, { type: 'live' }>;

export function liveItemsOf(log: readonly LogEntry[]): LiveItem[] {
  return log.filter((e): e is LiveItem => e.type === 'live');
}

/** The moments of one live item, on the assessed skills only, in the skills' order. */
export function liveMoments(skills: readonly SkillId[], item: LiveItem): ScoredMoment[] {
  const out: ScoredMoment[] = [];
  for (const skill of skills) {
    const points = clampPoints(item.effects[skill] ?? 0);
    if (points === 0) continue;
    const m: ScoredMoment = { at: item.at, skill, points, source: { kind: 'facilitator', ask: item.ask, reason: item.reason } };
    if (item.reason.trim() !== '') m.feedback = item.reason;
    out.push(m);
  }
  return out;
}

export function clampPoints(points: number): number {
  if (!Number.isFinite(points)) return 0;
  return Math.max(-LIVE_POINTS, Math.min(LIVE_POINTS, Math.round(points)));
}

/** The skills' ranges once `count` live questions were scored. */
function widenedBounds(skills: readonly SkillId[], bounds: ScoringRules['bounds'], count: number): Partial<Record<SkillId, SkillBounds>> {
  const out: Partial<Record<SkillId, SkillBounds>> = { ...bounds };
  for (const skill of skills) {
    const b = bounds[skill];
    out[skill] = { min: (b?.min ?? 0) - LIVE_POINTS * count, max: (b?.max ?? 0) + LIVE_POINTS * count };
  }
  return out;
}

/** The view with the live questions' moments and score; the same view when there are none. */
export function withLiveScores(rules: ScoringRules, view: SessionView, log: readonly LogEntry[]): SessionView {
  const items = liveItemsOf(log);
  if (items.length === 0) return view;
  const live = items.flatMap((item) => liveMoments(rules.skills, item));
  const raw: Record<string, number> = {};
  for (const s of view.score.skills) raw[s.skill] = s.raw;
  for (const m of live) raw[m.skill] = (raw[m.skill] ?? 0) + m.points;
  // Widened from the view's own bounds, which already leave out skipped questions (engine/skip.ts).
  const bounds: ScoringRules['bounds'] = {};
  for (const s of view.score.skills) bounds[s.skill] = { min: s.min, max: s.max };
  const score = scoreCard({ ...rules, bounds: widenedBounds(rules.skills, bounds, items.length) }, raw, view.score.critical ?? []);
  // Stable order by drill time: a live moment sits among the answers it came between.
  const moments = [...view.moments, ...live]
    .map((m, i) => ({ m, i }))
    .sort((a, b) => a.m.at - b.m.at || a.i - b.i)
    .map((x) => x.m);
  return { ...view, moments, score };
}
