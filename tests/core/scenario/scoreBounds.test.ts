// The per-skill bounds against brute force: on random scenarios whose beats only lead forward
// (no loops, no jumps) the dynamic programme must give exactly the lowest and highest totals of
// all routes; with event jumps it must stay sound (never narrower than the truth).
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { analyseGraph } from '../../../src/core/scenario/checkGraph.ts';
import { rebuttableRumours } from '../../../src/core/scenario/checkFlow.ts';
import { loadScenario } from '../../../src/core/scenario/load.ts';
import { ScenarioSchema } from '../../../src/core/scenario/schema.ts';
import { scoreBounds } from '../../../src/core/scenario/scoreBounds.ts';

const SKILLS = ['accuracy', 'composure', 'timeliness', 'transparency'] as const;
type Skill = (typeof SKILLS)[number];
type Totals = Record<Skill, number>;

interface GenResponse {
  effects: Partial<Totals>;
  targets: number[]; // beat indices after this one, or -1 for end
}
interface GenBeat {
  answers: GenResponse[];
  freeText: { rubric: { skill: Skill; points: number }[]; targets: number[] } | null;
  timeout: GenResponse | null;
}

const effectsArb = fc.record(
  {
    accuracy: fc.integer({ min: -3, max: 3 }),
    composure: fc.integer({ min: -3, max: 3 }),
    timeliness: fc.integer({ min: -3, max: 3 }),
    transparency: fc.integer({ min: -3, max: 3 }),
  },
  { requiredKeys: [] },
);

function beatsArb(jumpTargets: boolean) {
  return fc.integer({ min: 1, max: 6 }).chain((n) =>
    fc.tuple(
      fc.tuple(
        ...Array.from({ length: n }, (_, i) => {
          const target = fc.integer({ min: i + 1, max: n }).map((t) => (t === n ? -1 : t));
          const targets = fc.array(target, { minLength: 1, maxLength: 2 });
          const response = fc.record({ effects: effectsArb, targets });
          return fc.record({
            answers: fc.array(response, { minLength: 2, maxLength: 3 }),
            freeText: fc.option(
              fc.record({
                rubric: fc.array(
                  fc.record({ skill: fc.constantFrom<Skill>('accuracy', 'composure', 'transparency'), points: fc.integer({ min: -3, max: 3 }) }),
                  { minLength: 1, maxLength: 3 },
                ),
                targets,
              }),
            ),
            timeout: fc.option(response),
          });
        }),
      ),
      jumpTargets ? fc.array(fc.integer({ min: 0, max: n - 1 }), { maxLength: 2 }) : fc.constant([] as number[]),
    ),
  );
}

function nextOf(targets: number[]): unknown {
  const ids = targets.map((t) => (t < 0 ? 'end' : `b${t}`));
  if (ids.length === 1) return ids[0];
  return ids.map((goto, i) => (i < ids.length - 1 ? { if: { visited: 'b0' }, goto } : { goto }));
}

function scenarioValue(beats: GenBeat[], jumps: number[]): unknown {
  return {
    format: 1,
    id: 'generated',
    languages: ['en'],
    title: 'Generated',
    summary: 'Generated',
    duration: 600,
    skills: [...SKILLS],
    briefing: { situation: 'x' },
    reporters: [{ id: 'r', name: 'R', outlet: 'O', stance: 'neutral', kind: 'domestic' }],
    events: jumps.map((t, i) => ({ at: 10 + i, kind: 'call', text: 'call', goto: `b${t}` })),
    start: 'b0',
    beats: Object.fromEntries(
      beats.map((beat, i) => [
        `b${i}`,
        {
          reporter: 'r',
          ask: 'q',
          time_limit: 30,
          answers: beat.answers.map((a) => ({ text: 'a', effects: a.effects, next: nextOf(a.targets) })),
          ...(beat.freeText ? { free_text: { rubric: beat.freeText.rubric.map((l) => ({ ...l, any: ['word'] })), next: nextOf(beat.freeText.targets) } } : {}),
          ...(beat.timeout ? { on_timeout: { effects: beat.timeout.effects, next: nextOf(beat.timeout.targets) } } : {}),
        },
      ]),
    ),
    endings: [{ id: 'default', text: 'end' }],
  };
}

/** Every response of a beat as [lowest gain, highest gain, targets], by the format's rules. */
function responses(beat: GenBeat): { low: Totals; high: Totals; targets: number[] }[] {
  const zero = (): Totals => ({ accuracy: 0, composure: 0, timeliness: 0, transparency: 0 });
  const fixed = (effects: Partial<Totals>) => ({ ...zero(), ...effects });
  const list = beat.answers.map((a) => ({ low: fixed(a.effects), high: fixed(a.effects), targets: a.targets }));
  if (beat.freeText) {
    const low = zero();
    const high = zero();
    for (const line of beat.freeText.rubric) {
      if (line.points < 0) low[line.skill] += line.points;
      else high[line.skill] += line.points;
    }
    list.push({ low, high, targets: beat.freeText.targets });
  }
  // Silence: the authored timeout (or -1 timeliness), but on timeliness and transparency always
  // 1 below the worst any other response of the beat can give (0 when none touches the skill).
  const timeout = beat.timeout ?? { effects: { timeliness: -1 }, targets: beat.answers[0]!.targets };
  const silence = fixed(timeout.effects);
  for (const s of ['timeliness', 'transparency'] as const) silence[s] = Math.min(silence[s], Math.min(0, ...list.map((r) => r.low[s])) - 1);
  list.push({ low: silence, high: silence, targets: timeout.targets });
  return list;
}

/** Lowest and highest totals by listing every route (scenarios without jumps). */
function enumerate(beats: GenBeat[]): { min: Totals; max: Totals } {
  const min: Totals = { accuracy: Infinity, composure: Infinity, timeliness: Infinity, transparency: Infinity };
  const max: Totals = { accuracy: -Infinity, composure: -Infinity, timeliness: -Infinity, transparency: -Infinity };
  const walk = (beat: number, low: Totals, high: Totals): void => {
    if (beat < 0) {
      for (const s of SKILLS) {
        min[s] = Math.min(min[s], low[s]);
        max[s] = Math.max(max[s], high[s]);
      }
      return;
    }
    for (const r of responses(beats[beat]!)) {
      const nextLow = { ...low };
      const nextHigh = { ...high };
      for (const s of SKILLS) {
        nextLow[s] += r.low[s];
        nextHigh[s] += r.high[s];
      }
      for (const t of r.targets) walk(t, nextLow, nextHigh);
    }
  };
  walk(0, { accuracy: 0, composure: 0, timeliness: 0, transparency: 0 }, { accuracy: 0, composure: 0, timeliness: 0, transparency: 0 });
  return { min, max };
}

/**
 * Exact extremes when each event jump can be taken once, after any response: a search over
 * (beat, jumps already used), memoised (listing routes explodes once jumps go back).
 */
function withJumps(beats: GenBeat[], jumps: number[]): { min: Totals; max: Totals } {
  const memo = new Map<string, { min: Totals; max: Totals }>();
  const best = (beat: number, used: number): { min: Totals; max: Totals } => {
    if (beat < 0)
      return { min: { accuracy: 0, composure: 0, timeliness: 0, transparency: 0 }, max: { accuracy: 0, composure: 0, timeliness: 0, transparency: 0 } };
    const key = `${beat}:${used}`;
    const known = memo.get(key);
    if (known) return known;
    const min: Totals = { accuracy: Infinity, composure: Infinity, timeliness: Infinity, transparency: Infinity };
    const max: Totals = { accuracy: -Infinity, composure: -Infinity, timeliness: -Infinity, transparency: -Infinity };
    for (const r of responses(beats[beat]!)) {
      const after = [...r.targets.map((t) => best(t, used))];
      jumps.forEach((target, j) => {
        if (!(used & (1 << j))) after.push(best(target, used | (1 << j)));
      });
      for (const next of after) {
        for (const s of SKILLS) {
          min[s] = Math.min(min[s], r.low[s] + next.min[s]);
          max[s] = Math.max(max[s], r.high[s] + next.max[s]);
        }
      }
    }
    const result = { min, max };
    memo.set(key, result);
    return result;
  };
  return best(0, 0);
}

function boundsOf(beats: GenBeat[], jumps: number[]) {
  const scenario = ScenarioSchema.parse(scenarioValue(beats, jumps));
  const facts = analyseGraph(scenario);
  return scoreBounds(scenario, facts.graph, facts.components, rebuttableRumours(facts)).bounds;
}

describe('score bounds', () => {
  it('equal the extremes of all routes on scenarios without loops or jumps', () => {
    fc.assert(
      fc.property(beatsArb(false), ([beats]) => {
        const bounds = boundsOf(beats, []);
        const truth = enumerate(beats);
        for (const s of SKILLS) expect(bounds[s]).toEqual({ min: truth.min[s], max: truth.max[s] });
      }),
      { numRuns: 1000 },
    );
  });

  it('contain the true extremes when events can jump to a beat (and equal them with one jump)', () => {
    fc.assert(
      fc.property(beatsArb(true), ([beats, jumps]) => {
        const bounds = boundsOf(beats, jumps);
        const truth = withJumps(beats, jumps);
        for (const s of SKILLS) {
          expect(bounds[s]!.min).toBeLessThanOrEqual(truth.min[s]);
          expect(bounds[s]!.max).toBeGreaterThanOrEqual(truth.max[s]);
          if (jumps.length <= 1) expect(bounds[s]).toEqual({ min: truth.min[s], max: truth.max[s] });
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('come out of loadScenario for a generated scenario written as YAML', () => {
    const beats: GenBeat[] = [
      {
        answers: [
          { effects: { accuracy: 2 }, targets: [1] },
          { effects: { composure: -1 }, targets: [-1] },
        ],
        freeText: null,
        timeout: null,
      },
      {
        answers: [
          { effects: { accuracy: 1 }, targets: [-1] },
          { effects: { accuracy: -2 }, targets: [-1] },
        ],
        freeText: null,
        timeout: null,
      },
    ];
    const { checked } = loadScenario(stringify(scenarioValue(beats, [])), 'generated.yaml');
    const truth = enumerate(beats);
    for (const s of SKILLS) expect(checked!.bounds[s]).toEqual({ min: truth.min[s], max: truth.max[s] });
  });

  it("add each rumour's outcome range: rebuttable rumours can earn, appearing ones can cost", () => {
    // example-flood (worked out by hand): timeliness: q-open timeout -2, q-missing and q-dam -1 each
    // (no on_timeout), q-dam twice (its branch, then the escalation) = -5; highest: the rumour
    // rebutted fast, +2. rumour-rebuttal: -2 (no comment) - 2 (never rebutted) = -4; +3 +2 = 5.
    // transparency: silence costs 1 below each beat's worst answer: q-open -4, q-missing -1, q-dam
    // -1 twice = -7 .. +1 twice (q-dam asked twice) = 2. composure: ±2 twice.
    const text = readFileSync(join(import.meta.dirname, '../../fixtures/examples/example-flood.yaml'), 'utf8');
    const { checked } = loadScenario(text, 'example-flood.yaml');
    expect(checked!.bounds).toEqual({
      timeliness: { min: -5, max: 2 },
      transparency: { min: -7, max: 2 },
      accuracy: { min: -3, max: 4 },
      'rumour-rebuttal': { min: -4, max: 5 },
      composure: { min: -4, max: 4 },
      'key-messages': { min: 0, max: 1 },
    });
    expect(checked!.paths).toBe(2);
  });

  it('widen without end for points inside a loop, and warn', () => {
    const text = readFileSync(join(import.meta.dirname, '../../fixtures/scenarios/loop-repeats-points.yaml'), 'utf8');
    const result = loadScenario(text, 'loop.yaml');
    expect(result.checked!.paths).toBe('unbounded');
    // The loop q-open → q-next → q-open can be gone round once per second of the 300 s.
    expect(result.checked!.bounds.accuracy!.max).toBeGreaterThanOrEqual(2 * 300);
    expect(result.checked!.bounds.composure!.min).toBeLessThanOrEqual(-3 * 300);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['loop-repeats-points']);
  });
});
