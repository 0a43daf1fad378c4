// The plan runner itself (src/core/scenario/plan.ts), on the engine fixtures: its messages are what
// an author reads when a transcript no longer matches the scenario.
import { describe, expect, it } from 'vitest';
import { parsePlanFile, runPlan, type Plan } from '../../src/core/scenario/plan.ts';
import { loadFixture } from '../fixtures/engine/checked.ts';

const flood = loadFixture('flood.yaml');
const timing = loadFixture('timing.yaml');

const plan = (steps: Plan['steps'], expect?: Plan['expect'], options?: Plan['options']): Plan => ({
  name: 't',
  steps,
  ...(expect ? { expect } : {}),
  ...(options ? { options } : {}),
});

describe('parsePlanFile', () => {
  it('accepts the documented format', () => {
    const { plan: file, errors } = parsePlanFile(`
scenario: flood-dam-rumour
plans:
  - name: best
    options: { answer_time_factor: 1 }
    steps:
      - { beat: q-open, after: 8, choose: 1 }
      - { beat: q-missing, after: 20, type: "Chúng tôi chưa xác nhận thông tin này" }
      - { beat: q-dam, timeout: true }
      - { inject: { rumour: dam-collapse } }
    expect:
      ending: trusted
      overall: { at_least: 70 }
      skills: { accuracy: { at_least: 80 }, timeliness: { at_most: 50 } }
      flags: [evasive]
`);
    expect(errors).toEqual([]);
    expect(file?.plans[0]?.steps).toHaveLength(4);
  });

  it('explains what is wrong, naming the plan and the step', () => {
    const { plan: file, errors } = parsePlanFile(`
scenario: x
plans:
  - name: first
    steps:
      - { beat: q1, choose: 0 }
      - { beat: q1, choose: 1, type: hello }
      - { beat: q1 }
      - { beat: q1, after: 3, timeout: true }
      - { choose: 2 }
      - { beat: q1, chose: 2 }
      - { inject: { rumour: r }, beat: q1 }
    expect: { overall: { at_least: 120 } }
`);
    expect(file).toBeNull();
    expect(errors).toEqual([
      'plan 1 ("first"), step 1, choose: "choose" counts from 1, in the file\'s order',
      'plan 1 ("first"), step 2: a step does exactly one of "choose", "type" or "timeout: true" (this one has choose and type)',
      'plan 1 ("first"), step 3: a step does exactly one of "choose", "type" or "timeout: true"',
      'plan 1 ("first"), step 4: "timeout" waits for the time limit: leave out "after"',
      'plan 1 ("first"), step 5: a step names the "beat" it answers (or is an "inject")',
      'plan 1 ("first"), step 6: unknown key "chose"',
      'plan 1 ("first"), step 7: an inject step has only "inject"; put the answer in its own step',
      'plan 1 ("first"), expect.overall.at_least: a score is 0 to 100',
    ]);
  });

  it('reports bad YAML and a missing scenario', () => {
    expect(parsePlanFile('scenario: [').errors[0]).toMatch(/^not valid YAML/);
    expect(parsePlanFile('plans: []').errors).toEqual(['scenario: missing "scenario"', 'plans: list at least one plan under "plans"']);
  });
});

describe('runPlan', () => {
  it('plays steps in 1-based choices, `after` seconds after each beat was asked', () => {
    const r = runPlan(
      flood,
      plan([
        { beat: 'q-open', after: 8, choose: 2 },
        { beat: 'q-missing', type: 'chưa xác nhận' },
        { beat: 'q-dam', choose: 1 },
      ]),
    );
    expect(r.failures).toEqual([]);
    expect(r.view.turns.map((t) => [t.beatId, t.answeredAt, t.response.kind])).toEqual([
      ['q-open', 8, 'choice'],
      ['q-missing', 13, 'text'],
      ['q-dam', 18, 'choice'],
    ]);
    expect(r.view.turns[0]!.response).toEqual({ kind: 'choice', answerIndex: 1 });
  });

  it('says which beat the drill is at when a step expects another', () => {
    const r = runPlan(
      flood,
      plan([
        { beat: 'q-open', choose: 1 },
        { beat: 'q-dam', choose: 1 },
      ]),
    );
    expect(r.ok).toBe(false);
    expect(r.failures[0]).toMatch(/^step 2 expected beat q-dam but the drill is at q-missing; so far: q-open \(choice 1 at 5 s\)$/);
  });

  it('says when the drill has already ended', () => {
    const r = runPlan(
      flood,
      plan([
        { beat: 'q-open', choose: 1 },
        { beat: 'q-missing', type: 'ok' },
        { beat: 'q-dam', choose: 1 },
      ]),
    );
    expect(r.failures[0]).toMatch(
      /^step 3 expected beat q-dam but the drill has already ended \(ending "trusted", end\); so far: q-open \(choice 1 at 5 s\) → q-missing \(typed at 10 s\)$/,
    );
  });

  it('refuses an answer after the time limit, and names what does not exist', () => {
    expect(runPlan(flood, plan([{ beat: 'q-open', after: 45, choose: 1 }])).failures[0]).toMatch(/45 s after it was asked is too late: its time limit is 45 s/);
    expect(runPlan(flood, plan([{ beat: 'q-open', choose: 3 }])).failures[0]).toBe('step 1: beat q-open has 2 answers, so there is no answer 3');
    expect(runPlan(flood, plan([{ beat: 'q-open', type: 'x' }])).failures[0]).toBe('step 1: beat q-open takes no typed answer (it has no free_text)');
    expect(runPlan(flood, plan([{ beat: 'q-nope', choose: 1 }], { ending: 'nah', skills: { authority: { at_least: 1 } } })).failures).toEqual([
      'step 1: scenario "flood-dam-rumour" has no beat "q-nope"',
      'expect: scenario "flood-dam-rumour" has no ending "nah"',
      'expect: "authority" is not one of the skills scenario "flood-dam-rumour" assesses (timeliness, accuracy, rumour-rebuttal, composure, key-messages)',
    ]);
  });

  it('times out at the deadline on `timeout: true`, and needs time limits for it', () => {
    const r = runPlan(flood, plan([{ beat: 'q-open', timeout: true }]));
    expect(r.view.turns[0]).toMatchObject({ beatId: 'q-open', answeredAt: 45, response: { kind: 'timeout' } });
    const off = runPlan(flood, plan([{ beat: 'q-open', timeout: true }], undefined, { answer_time_factor: null }));
    expect(off.failures).toEqual(['step 1: "timeout: true" needs answer time limits, but this plan turns them off']);
  });

  it('injects before the next step, and rumours escalate in their real order between steps', () => {
    const r = runPlan(
      timing,
      plan([{ inject: { event: 'call' } }, { beat: 'q1', choose: 1 }, { beat: 'q-minister', choose: 1 }], undefined, { answer_time_factor: null }),
    );
    expect(r.failures).toEqual([]);
    const escalated = runPlan(
      timing,
      plan(
        [
          { beat: 'q1', choose: 2 },
          { beat: 'q2', after: 40, choose: 2 },
          { beat: 'q-poison', choose: 1 },
        ],
        undefined,
        { answer_time_factor: 2 },
      ),
    );
    expect(escalated.failures).toEqual([]);
  });

  it('runs the clock to the end after the last step', () => {
    const r = runPlan(flood, plan([{ beat: 'q-open', choose: 2 }]));
    expect(r.view.status).toBe('ended');
    expect(r.view.turns.map((t) => t.response.kind)).toEqual(['choice', 'timeout', 'timeout']);
  });

  it('compares the end with the expectations, with clear messages', () => {
    const r = runPlan(
      flood,
      plan([{ beat: 'q-open', choose: 2 }], {
        ending: 'trusted',
        overall: { at_least: 90 },
        skills: { accuracy: { at_least: 50 }, timeliness: { at_most: 0 } },
        flags: ['evasive', 'brave'],
      }),
    );
    expect(r.failures[0]).toMatch(/^ending: expected "trusted" but got "default" \(end\); so far: q-open/);
    expect(r.failures.slice(1)).toEqual([
      `overall: expected at least 90 but got ${Math.round(r.view.score.overall * 10) / 10}`,
      'accuracy (raw 0 of -3..4): expected at least 50 but got 42.9',
      'timeliness (raw -2 of -5..2): expected at most 0 but got 42.9',
      'flags: expected "brave" to be set at the end (set: evasive)',
    ]);
  });
});
