import { describe, expect, it } from 'vitest';
import { migrateSavedDrill, SavedDrillError, type MigrationStep } from '../../../src/core/session/migrations/index.ts';
import { Session } from '../../../src/core/session/session.ts';
import { loadFixture } from '../../fixtures/engine/checked.ts';
import { savedDrillInTerminal } from '../../../src/cli/engineNotes.ts';

/** What the trainee reads (locales/<lang>/savedDrill.json): the error is a code with values. */
function worded(fn: () => unknown, lang = 'en'): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(SavedDrillError);
    return savedDrillInTerminal(error, lang);
  }
  throw new Error('did not throw');
}

function savedDrill() {
  const s = Session.create(loadFixture('flood.yaml'));
  s.start(0);
  s.choose(1, 5);
  return JSON.parse(JSON.stringify(s.save()));
}

describe('migrateSavedDrill', () => {
  it('accepts a current save unchanged', () => {
    const saved = savedDrill();
    expect(migrateSavedDrill(saved)).toEqual(saved);
  });

  it('refuses what is not a saved drill', () => {
    for (const bad of [null, 42, 'drill', [], {}, { format: 'one' }, { format: 0 }]) {
      expect(() => migrateSavedDrill(bad)).toThrow(SavedDrillError);
    }
  });

  it('refuses a save from a newer version with a clear message', () => {
    expect(worded(() => migrateSavedDrill({ ...savedDrill(), format: 2 }))).toMatch(/newer version of Podium \(format 2; this version reads up to 1\)/);
    expect(worded(() => migrateSavedDrill({ ...savedDrill(), format: 2 }), 'vi')).toMatch(
      /phiên bản Podium mới hơn \(định dạng 2; phiên bản này đọc được đến 1\)/,
    );
  });

  it('refuses a damaged save and says where', () => {
    const saved = savedDrill();
    saved.log[1].answerIndex = 'first';
    expect(worded(() => migrateSavedDrill(saved))).toMatch(/damaged.*log\.1\.answerIndex/);
    expect(worded(() => migrateSavedDrill({ ...savedDrill(), snapshot: 'x' }))).toMatch(/damaged.*snapshot/);
    expect(worded(() => migrateSavedDrill({ ...savedDrill(), now: -1 }))).toMatch(/damaged.*now/);
  });

  it('runs the numbered steps in order from the saved format to the current one', () => {
    const steps: MigrationStep[] = [
      { from: 2, up: (d) => ({ ...d, trail: [...(d.trail as string[]), 'two'] }) },
      { from: 1, up: (d) => ({ ...d, trail: ['one'] }) },
    ];
    const out = migrateSavedDrill({ format: 1 }, steps, 3, (d) => d) as unknown as { format: number; trail: string[] };
    expect(out).toEqual({ format: 3, trail: ['one', 'two'] });
    expect(worded(() => migrateSavedDrill({ format: 1 }, [steps[1]!], 3, (d) => d))).toMatch(/cannot upgrade saved drills of format 2/);
  });

  it('is what Session.restore goes through', () => {
    expect(() => Session.restore(loadFixture('flood.yaml'), { ...savedDrill(), format: 9 })).toThrow(SavedDrillError);
  });
});
