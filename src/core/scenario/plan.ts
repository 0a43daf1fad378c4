// Play-through transcripts (`scenarios/<id>.plan.yaml`): an author's scripted drills with what
// they must lead to. `npm test` plays every plan through the real engine, so a scenario edit that
// breaks a path, an ending or a score range is caught before a trainee meets it.
//
// Steps: `{beat, after?, choose}` (1-based, in the authored order: as on screen unless shuffled), `{beat, after?, type}`,
// `{beat, timeout: true}`, `{inject: {rumour | event}}`. `after` is seconds after the beat was
// asked (default 5). Time advances in 1-second ticks, between steps too, so rumours spread and
// escalate in their real order. After the last step the clock runs on until the drill ends.
import YAML from 'yaml';
import { z } from 'zod';
import { eventKey } from '../engine/rules.ts';
import { DEFAULT_AFTER, driveStep, runClock, type DriveOptions, type DriveProblem, type DriveStep } from '../session/drive.ts';
import { Session } from '../session/session.ts';
import type { SessionOptions, SessionView } from '../session/types.ts';
import type { CheckedScenario } from './checked.ts';

const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'an id is letters, digits, "-" or "_"');
const percent = z.number().min(0, 'a score is 0 to 100').max(100, 'a score is 0 to 100');
const RangeSchema = z.strictObject({ at_least: percent.optional(), at_most: percent.optional() });
export type ScoreRange = z.infer<typeof RangeSchema>;

const StepSchema = z
  .strictObject({
    beat: id.optional(),
    after: z.number().min(0, '"after" is seconds after the beat was asked, 0 or more').optional(),
    choose: z.number().int('"choose" is an answer number: 1 for the first in the file').min(1, '"choose" counts from 1, in the file\'s order').optional(),
    type: z.string().min(1, '"type" needs the text the trainee types').optional(),
    timeout: z.literal(true, { error: '"timeout" can only be true' }).optional(),
    inject: z
      .union([z.strictObject({ rumour: id }), z.strictObject({ event: z.string().min(1) })], {
        error: '"inject" is { rumour: ID } or { event: ID }',
      })
      .optional(),
  })
  .superRefine((step, ctx) => {
    const actions = (['choose', 'type', 'timeout'] as const).filter((k) => step[k] !== undefined);
    if (step.inject !== undefined) {
      if (step.beat !== undefined || actions.length > 0 || step.after !== undefined) {
        ctx.addIssue({ code: 'custom', message: 'an inject step has only "inject"; put the answer in its own step' });
      }
      return;
    }
    if (step.beat === undefined) ctx.addIssue({ code: 'custom', message: 'a step names the "beat" it answers (or is an "inject")' });
    if (actions.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: `a step does exactly one of "choose", "type" or "timeout: true"${actions.length ? ` (this one has ${actions.join(' and ')})` : ''}`,
      });
    }
    if (step.timeout && step.after !== undefined) ctx.addIssue({ code: 'custom', message: '"timeout" waits for the time limit: leave out "after"' });
  });
export type PlanStep = z.infer<typeof StepSchema>;

const PlanSchema = z.strictObject({
  name: z.string().min(1, 'every plan needs a "name"'),
  options: z.strictObject({ answer_time_factor: z.number().positive().nullable().optional() }).optional(),
  steps: z.array(StepSchema).min(1, 'a plan needs at least one step'),
  expect: z
    .strictObject({
      ending: id.optional(),
      overall: RangeSchema.optional(),
      skills: z.record(z.string(), RangeSchema).optional(),
      flags: z.array(z.string()).optional(),
    })
    .optional(),
});
export type Plan = z.infer<typeof PlanSchema>;

const PlanFileSchema = z.strictObject({
  scenario: z.string().min(1, 'name the scenario id this file plays, e.g. "scenario: flood-dam-rumour"'),
  plans: z.array(PlanSchema).min(1, 'list at least one plan under "plans"'),
});
export type PlanFile = z.infer<typeof PlanFileSchema>;

function where(path: readonly PropertyKey[], data: unknown): string {
  const parts: string[] = [];
  if (path[0] === 'plans' && typeof path[1] === 'number') {
    const name = (data as { plans?: { name?: unknown }[] })?.plans?.[path[1]]?.name;
    parts.push(`plan ${path[1] + 1}${typeof name === 'string' ? ` ("${name}")` : ''}`);
    if (path[2] === 'steps' && typeof path[3] === 'number') {
      parts.push(`step ${path[3] + 1}`);
      if (path.length > 4) parts.push(path.slice(4).map(String).join('.'));
    } else if (path.length > 2) parts.push(path.slice(2).map(String).join('.'));
  } else if (path.length) parts.push(path.map(String).join('.'));
  return parts.length ? parts.join(', ') : 'the file';
}

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return `missing "${String(issue.path.at(-1))}"`;
  return issue.message;
}

/** Parses and validates a plan file; messages name the plan and step, for the author. */
export function parsePlanFile(text: string): { plan: PlanFile | null; errors: string[] } {
  let data: unknown;
  try {
    data = YAML.parse(text, { schema: 'core', maxAliasCount: 100 });
  } catch (error) {
    return { plan: null, errors: [`not valid YAML: ${(error as Error).message.split('\n')[0]}`] };
  }
  const result = PlanFileSchema.safeParse(data);
  if (result.success) return { plan: result.data, errors: [] };
  // A misspelt key also leaves its step without an action; the spelling is the one thing to say.
  const misspelt = new Set(result.error.issues.filter((i) => i.code === 'unrecognized_keys').map((i) => i.path.join('.')));
  const issues = result.error.issues.filter((i) => i.code !== 'custom' || !misspelt.has(i.path.join('.')));
  return { plan: null, errors: issues.map((i) => `${where(i.path, data)}: ${issueMessage(i)}`) };
}

/** What a plan asks of the scenario that does not need playing: names that exist. */
function checkPlanAgainst(checked: CheckedScenario, plan: Plan): string[] {
  const s = checked.scenario;
  const errors: string[] = [];
  plan.steps.forEach((step, i) => {
    if (step.beat !== undefined && !(step.beat in s.beats)) errors.push(`step ${i + 1}: scenario "${s.id}" has no beat "${step.beat}"`);
    const inject = step.inject;
    if (inject && 'rumour' in inject && !s.rumours.some((r) => r.id === inject.rumour))
      errors.push(`step ${i + 1}: scenario "${s.id}" has no rumour "${inject.rumour}"`);
    if (inject && 'event' in inject && !s.events.some((e, k) => eventKey(e, k) === inject.event))
      errors.push(`step ${i + 1}: scenario "${s.id}" has no event "${inject.event}"`);
  });
  const ending = plan.expect?.ending;
  if (ending !== undefined && !s.endings.some((e) => e.id === ending)) errors.push(`expect: scenario "${s.id}" has no ending "${ending}"`);
  for (const skill of Object.keys(plan.expect?.skills ?? {})) {
    if (!s.skills.includes(skill)) errors.push(`expect: "${skill}" is not one of the skills scenario "${s.id}" assesses (${s.skills.join(', ')})`);
  }
  return errors;
}

export interface PlanResult {
  name: string;
  ok: boolean;
  failures: string[];
  /** The drill at the end of the run. */
  view: SessionView;
}

const fmt = (n: number) => (Math.round(n * 10) / 10).toString();

function rangeFailures(label: string, value: number, range: ScoreRange | undefined): string[] {
  const out: string[] = [];
  if (range?.at_least !== undefined && value < range.at_least) out.push(`${label}: expected at least ${range.at_least} but got ${fmt(value)}`);
  if (range?.at_most !== undefined && value > range.at_most) out.push(`${label}: expected at most ${range.at_most} but got ${fmt(value)}`);
  return out;
}

function trail(view: SessionView): string {
  const turns = view.turns.map((t) => {
    const r = t.response;
    const what = r.kind === 'choice' ? `choice ${r.answerIndex + 1}` : r.kind === 'text' ? 'typed' : r.kind;
    return `${t.beatId} (${what} at ${fmt(t.answeredAt)} s)`;
  });
  return turns.length ? `so far: ${turns.join(' → ')}` : 'no beat answered yet';
}

function playStep(session: Session, step: PlanStep, n: number): string | null {
  const view = session.view();
  if (step.inject) return problemText(driveStep(session, { kind: 'inject', what: step.inject }, PLAN_DRIVE), n, '');
  const expected = step.beat!;
  if (view.status === 'ended') {
    return `step ${n} expected beat ${expected} but the drill has already ended (ending "${view.ending?.id}", ${view.ending?.reason}); ${trail(view)}`;
  }
  const beat = view.beat;
  if (!beat || beat.id !== expected) return `step ${n} expected beat ${expected} but the drill is at ${beat?.id ?? 'no beat'}; ${trail(view)}`;
  const drive: DriveStep = step.timeout
    ? { kind: 'timeout' }
    : step.choose !== undefined
      ? { kind: 'choose', answer: step.choose, by: 'authored', after: step.after }
      : { kind: 'type', text: step.type!, after: step.after };
  return problemText(driveStep(session, drive, PLAN_DRIVE), n, expected);
}

const PLAN_DRIVE: DriveOptions = { after: DEFAULT_AFTER, late: 'refuse' };

function problemText(problem: DriveProblem | null, n: number, expected: string): string | null {
  if (!problem) return null;
  switch (problem.code) {
    case 'no-time-limits':
      return `step ${n}: "timeout: true" needs answer time limits, but this plan turns them off`;
    case 'no-such-answer':
      return `step ${n}: beat ${expected} has ${problem.answers === 0 ? 'no answers to choose from' : `${problem.answers} answers, so there is no answer ${problem.answer}`}`;
    case 'no-typed-answer':
      return `step ${n}: beat ${expected} takes no typed answer (it has no free_text)`;
    case 'too-late':
      return `step ${n}: answering beat ${expected} ${fmt(problem.after)} s after it was asked is too late: its time limit is ${fmt(problem.limit)} s (use a smaller "after", or "timeout: true")`;
    case 'left-beat':
      return `step ${n}: the drill left beat ${expected} before the answer at ${fmt(problem.at)} s (${problem.ended ? `it ended: ${problem.reason}` : `now at ${problem.now}`})`;
  }
}

/**
 * Plays one plan through a fresh Session and compares the end with its expectations. `extra`
 * adds drill options (a shuffle seed: `choose` names the authored answer, so a plan plays the
 * same whatever order the answers are shown in).
 */
export function runPlan(checked: CheckedScenario, plan: Plan, extra: SessionOptions = {}): PlanResult {
  const options: SessionOptions =
    plan.options?.answer_time_factor === undefined ? { ...extra } : { ...extra, answerTimeFactor: plan.options.answer_time_factor };
  const session = Session.create(checked, options);
  session.start(0);
  const failures = checkPlanAgainst(checked, plan);
  if (failures.length === 0) {
    for (let i = 0; i < plan.steps.length; i++) {
      const problem = playStep(session, plan.steps[i]!, i + 1);
      if (problem) {
        failures.push(problem);
        break;
      }
    }
  }
  // Whatever happened, let the conference finish so the expectations see a whole drill.
  runClock(session, checked.scenario.duration + 1);
  const view = session.view();
  if (failures.length === 0) failures.push(...expectationFailures(view, plan));
  return { name: plan.name, ok: failures.length === 0, failures, view };
}

function expectationFailures(view: SessionView, plan: Plan): string[] {
  const want = plan.expect;
  if (!want) return [];
  const out: string[] = [];
  if (want.ending !== undefined && view.ending?.id !== want.ending) {
    out.push(`ending: expected "${want.ending}" but got "${view.ending?.id}" (${view.ending?.reason}); ${trail(view)}`);
  }
  out.push(...rangeFailures('overall', view.score.overall, want.overall));
  for (const [skill, range] of Object.entries(want.skills ?? {})) {
    const score = view.score.skills.find((s) => s.skill === skill);
    if (score) out.push(...rangeFailures(`${skill} (raw ${score.raw} of ${score.min}..${score.max})`, score.percent, range));
  }
  for (const flag of want.flags ?? []) {
    if (!view.flags.includes(flag)) out.push(`flags: expected "${flag}" to be set at the end (set: ${view.flags.length ? view.flags.join(', ') : 'none'})`);
  }
  return out;
}
