// One trainee's progress: per skill, the 0–100 score of each of their drills, oldest first. A
// drill that did not assess a skill leaves a gap rather than a zero.
import type { SkillId } from '../../core/skills.ts';
import { SKILL_IDS } from '../../core/skills.ts';
import { formatDateTime } from '../../i18n/numberFormat.ts';
import type { DrillRecord } from '../../records/drillRecord.ts';

export interface ProgressSeries {
  /** The drills in time order. */
  drills: { id: string; date: string; scenarioId: string; overall: number }[];
  /** Only skills assessed in at least one of the drills, in taxonomy order. */
  skills: { skill: SkillId; values: (number | null)[] }[];
}

export function progressSeries(records: readonly DrillRecord[], traineeKey: string): ProgressSeries {
  const drills = records.filter((r) => r.traineeKey === traineeKey).sort((a, b) => a.date.localeCompare(b.date));
  const skills = SKILL_IDS.flatMap((skill) => {
    const values = drills.map((d) => {
      const s = d.score.skills.find((x) => x.skill === skill);
      return s ? Math.round(s.percent) : null;
    });
    return values.some((v) => v !== null) ? [{ skill, values }] : [];
  });
  return { drills: drills.map((d) => ({ id: d.id, date: d.date, scenarioId: d.scenarioId, overall: Math.round(d.score.overall) })), skills };
}

/**
 * The progress chart's label for each drill: its date, and its time too where another drill of
 * the series falls on the same day (a seminar runs several drills a day), so no two look alike.
 */
export function progressLabels(dates: readonly string[], lang: string): string[] {
  const days = dates.map((d) => formatDateTime(d, lang, { dateStyle: 'short' }));
  return dates.map((d, i) =>
    days.filter((day) => day === days[i]).length > 1 ? formatDateTime(d, lang, { dateStyle: 'short', timeStyle: 'short' }) : days[i]!,
  );
}
