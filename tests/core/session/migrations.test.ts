import { describe, expect, it } from 'vitest';
import { migrateSavedDrill, SavedDrillError, type MigrationStep } from '../../../src/core/session/migrations/index.ts';
import { Session } from '../../../src/core/session/session.ts';
import { loadFixture } from '../../fixtures/engine/checked.ts';

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
    expect(() => migrateSavedDrill({ ...savedDrill(), format: 2 })).toThrow(/newer version of Podium \(format 2; this version reads up to 1\)/);
  });

  it('refuses a damaged save and says where', () => {
    const saved = savedDrill();
    saved.log[1].answerIndex = 'first';
    expect(() => migrateSavedDrill(saved)).toThrow(/damaged.*log\.1\.answerIndex/);
    expect(() => migrateSavedDrill({ ...savedDrill(), snapshot: 'x' })).toThrow(/damaged.*snapshot/);
    expect(() => migrateSavedDrill({ ...savedDrill(), now: -1 })).toThrow(/damaged.*now/);
  });

  it('runs the numbered steps in order from the saved format to the current one', () => {
    const steps: MigrationStep[] = [
      { from: 2, up: (d) => ({ ...d, trail: [...(d.trail as string[]), 'two'] }) },
      { from: 1, up: (d) => ({ ...d, trail: ['one'] }) },
    ];
    const out = migrateSavedDrill({ format: 1 }, steps, 3, (d) => d) as unknown as { format: number; trail: string[] };
    expect(out).toEqual({ format: 3, trail: ['one', 'two'] });
    expect(() => migrateSavedDrill({ format: 1 }, [steps[1]!], 3, (d) => d)).toThrow(/cannot upgrade saved drills of format 2/);
  });

  it('is what Session.restore goes through', () => {
    expect(() => Session.restore(loadFixture('flood.yaml'), { ...savedDrill(), format: 9 })).toThrow(SavedDrillError);
  });
});
