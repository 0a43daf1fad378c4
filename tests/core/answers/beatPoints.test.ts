import { describe, expect, it } from 'vitest';
import { beatPoints } from '../../../src/core/answers/beatPoints.ts';
import { loadFixture } from '../../fixtures/engine/checked.ts';

const flood = loadFixture('flood.yaml');
const beats = flood.scenario.beats;

describe('one beat’s own points', () => {
  it('spans every answer and silence (by the silence rule), per skill', () => {
    expect(beatPoints(beats['q-open']!, ['timeliness', 'accuracy', 'rumour-rebuttal', 'composure', 'transparency'])).toEqual({
      // on_timeout writes −2; silence costs transparency 1 below the worst answer (0).
      timeliness: { min: -2, max: 0 },
      accuracy: { min: 0, max: 2 },
      'rumour-rebuttal': { min: -2, max: 3 },
      composure: { min: 0, max: 0 },
      transparency: { min: -1, max: 0 },
    });
  });

  it('counts a typed answer as any subset of its rubric lines', () => {
    expect(beatPoints(beats['q-missing']!, ['accuracy', 'timeliness'])).toEqual({
      accuracy: { min: -3, max: 2 },
      // No on_timeout: silence costs 1 timeliness.
      timeliness: { min: -1, max: 0 },
    });
  });
});
