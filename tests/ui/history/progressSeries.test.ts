import { describe, expect, it } from 'vitest';
import { progressLabels, progressSeries } from '../../../src/ui/history/progressSeries.ts';
import { sampleRecord } from '../../fixtures/debrief/records.ts';

describe('progressSeries', () => {
  it('lists one trainee’s drills oldest first with each assessed skill’s score', () => {
    const records = [sampleRecord(3), sampleRecord(1), sampleRecord(2, 'Trần Thị Bình'), sampleRecord(5)];
    const series = progressSeries(records, 'nguyen van an');
    expect(series.drills.map((d) => d.id)).toEqual(['drill-1', 'drill-3', 'drill-5']);
    const accuracy = series.skills.find((s) => s.skill === 'accuracy')!;
    const expected = ['drill-1', 'drill-3', 'drill-5'].map((id) =>
      Math.round(records.find((r) => r.id === id)!.score.skills.find((s) => s.skill === 'accuracy')!.percent),
    );
    expect(accuracy.values).toEqual(expected);
    expect(series.skills.map((s) => s.skill)).toEqual(['timeliness', 'accuracy', 'rumour-rebuttal', 'composure']);
  });

  it('leaves a gap where a drill did not assess a skill', () => {
    const narrow = sampleRecord(2);
    narrow.score = { ...narrow.score, skills: narrow.score.skills.filter((s) => s.skill !== 'composure') };
    const series = progressSeries([sampleRecord(1), narrow], 'nguyen van an');
    expect(series.skills.find((s) => s.skill === 'composure')!.values[1]).toBeNull();
  });
});

describe('progressLabels', () => {
  it('adds the time where two drills fall on the same day, so every point can be told apart', () => {
    const dates = ['2026-03-02T02:15:00Z', '2026-03-02T07:40:00Z', '2026-03-05T03:00:00Z'];
    for (const lang of ['vi', 'en']) {
      const labels = progressLabels(dates, lang);
      expect(new Set(labels).size).toBe(3);
      expect(labels[2]).toBe(new Date(dates[2]!).toLocaleDateString(lang === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'short' }));
      expect(labels[0]!.length).toBeGreaterThan(labels[2]!.length);
    }
  });
});
