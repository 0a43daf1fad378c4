// A drill record keeps what honest scoring adds to a drill: its shuffle seed (in the options, so a
// replay shows the order the trainee saw) and the critical errors that capped its score. Both go
// through export and import unchanged.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/core/report/report.ts';
import { Session } from '../../src/core/session/session.ts';
import type { CheckedScenario } from '../../src/core/scenario/checked.ts';
import { recordFromReport } from '../../src/records/drillRecord.ts';
import { exportJson } from '../../src/records/exportFile.ts';
import { parseRecordsFile } from '../../src/records/importFile.ts';
import { loadFixture } from '../fixtures/engine/checked.ts';

const flood = loadFixture('flood.yaml');

function withCritical(): CheckedScenario {
  const scenario = structuredClone(flood.scenario);
  scenario.beats['q-open']!.answers![0]!.critical = true;
  return { ...flood, scenario };
}

describe('records of honest scoring', () => {
  it('keep the shuffle seed and the critical errors through export and import', () => {
    const checked = withCritical();
    const options = { shuffleSeed: 4242 };
    const s = Session.create(checked, options);
    s.start(0);
    s.choose(0, 5);
    s.answerText('Chưa xác nhận có người chết, chúng tôi đang xác minh.', 12);
    s.tick(700);
    const report = buildReport(checked, s.view(), s.log);
    expect(report.score.critical).toHaveLength(1);
    const record = recordFromReport(report, { id: 'r1', trainee: 'An', date: new Date('2026-12-03T10:00:00Z'), options, log: [...s.log] });
    const parsed = parseRecordsFile(exportJson([record]));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.records[0]!.options).toEqual(options);
    expect(parsed.records[0]!.score.critical).toEqual(report.score.critical);
    expect(parsed.records[0]!.score.overall).toBe(report.score.overall);
  });
});
