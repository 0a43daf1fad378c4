// A checked scenario becomes an XState v5 machine. The shape mirrors the scenario:
//
//   ready ──start──▶ running ──(next: end | duration | facilitator)──▶ ended (final)
//                      └─ one compound state per beat:
//                           asking ──choose i──▶ answer-i ─┐
//                                  ──answerText─▶ typed ───┼─ routes: pending escalation/event beat,
//                                  ──(deadline)─▶ silent ──┘  else the first branch that holds
//                                  ──skip───────▶ silent (nothing scored: skip.ts)
//                           (each answer kind gives its event and transient states: core/answers)
//                      └─ ~detour: routes to the beat an escalation or event asked for
//
// Answering first applies the answer (scores, flags, rebuttals) and only then routes, in an
// eventless step, so a `next` condition sees the answer's own effects. Routing targets are explicit
// transitions, so the machine's graph is the scenario's graph.
//
// Time is data: `tick` only moves the horizon; eventless transitions then handle what fell due
// (timeline.ts), one item at a time, in order. There is no `after`: delayed transitions do not
// survive restoring a persisted snapshot, and a drill must survive a page refresh.
//
// setup() is small and typed by hand: the generated states use its named actions and guards with
// data parameters, and the config itself is built as plain data (typing it through the generics
// of a machine this size would hit TS7056).
import { assign, setup } from 'xstate';
import { ANSWER_KINDS, type AnswerEvent } from '../answers/registry.ts';
import type { CheckedScenario } from '../scenario/checked.ts';
import { branchesOf, END } from '../scenario/refs.ts';
import type { Beat, Condition, Next } from '../scenario/schema.ts';
import type { SessionOptions } from '../session/types.ts';
import { evaluateCondition } from './conditions.ts';
import { initialContext, type DrillContext, type EndReason } from './drillContext.ts';
import { finishDrill } from './ending.ts';
import { factsOf } from './facts.ts';
import { injectInto, isKnownInject, type InjectTarget } from './injects.ts';
import { moveDeadline } from '../live/answerTime.ts';
import { askBeat, canRespond, respond, timeOut } from './respond.ts';
import { buildRules, type DrillRules } from './rules.ts';
import { silenceNext } from './silence.ts';
import { canSkip, skipQuestion, type SkipTarget } from './skip.ts';
import { applyDue, nextDue, type DueItem } from './timeline.ts';

export type DrillEvent =
  | { type: 'start'; at?: number }
  | { type: 'tick'; at: number }
  /** An answer of some kind (core/answers/registry.ts: choose, answerText). */
  | AnswerEvent
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'inject'; what: InjectTarget }
  /** A live drill's facilitator moves the open question's deadline (core/live/answerTime.ts). */
  | { type: 'moveDeadline'; seconds: number }
  /** A live drill's facilitator skips the named question (engine/skip.ts): routed as silence, scored nothing. */
  | ({ type: 'skip' } & SkipTarget)
  | { type: 'end' };

/** The id of the state node that asks a beat (beat ids never contain "~"). */
export const askStateId = (beatId: string) => `ask~${beatId}`;

function drillSetup(rules: DrillRules) {
  // Guards are called several times per step; the next due item depends only on the context.
  const dueCache = new WeakMap<DrillContext, DueItem | null>();
  const due = (ctx: DrillContext) => {
    if (!dueCache.has(ctx)) dueCache.set(ctx, nextDue(rules, ctx));
    return dueCache.get(ctx) ?? null;
  };
  const timelineKinds = new Set<DueItem['kind']>(['appear', 'escalate', 'event']);
  // One guard and one action per answer kind, under the kind's own names (core/answers), with the
  // response's index as their parameter.
  type AnswerArgs = { context: DrillContext; event: DrillEvent };
  const answerGuards: Record<string, (args: AnswerArgs, p: { index: number }) => boolean> = {};
  const answerActions: Record<string, ReturnType<typeof assign<DrillContext, DrillEvent, { index: number }, DrillEvent, never>>> = {};
  for (const kind of ANSWER_KINDS) {
    const mine = (event: DrillEvent): event is AnswerEvent => event.type === kind.event;
    answerGuards[kind.machine.guard] = ({ context, event }, p) => mine(event) && canRespond(rules, context, kind, event, p.index);
    answerActions[kind.machine.action] = assign(({ context, event }, p: { index: number }) =>
      mine(event) ? respond(rules, context, kind, event, p.index) : {},
    );
  }

  return setup({
    types: {} as { context: DrillContext; events: DrillEvent },
    guards: {
      live: ({ context }) => !context.paused,
      paused: ({ context }) => context.paused,
      ...answerGuards,
      skippable: ({ context, event }) => event.type === 'skip' && canSkip(context, event),
      knownInject: ({ event }) => event.type === 'inject' && isKnownInject(rules, event.what),
      due: ({ context }, p: { kind: 'end' | 'timeout' }) => due(context)?.kind === p.kind,
      dueOnTimeline: ({ context }) => {
        const item = due(context);
        return item !== null && timelineKinds.has(item.kind);
      },
      behind: ({ context }) => context.now < context.horizon && due(context) === null,
      hasPending: ({ context }) => context.pending.length > 0 && rules.beats.has(context.pending[0]!),
      pendingIs: ({ context }, p: { beat: string }) => context.pending[0] === p.beat,
      holds: ({ context }, p: { condition: Condition }) => evaluateCondition(p.condition, factsOf(rules, context)),
    },
    actions: {
      start: assign(({ event }) => {
        const at = event.type === 'start' && typeof event.at === 'number' && event.at >= 0 ? event.at : 0;
        return { startedAt: at, now: at, horizon: at };
      }),
      ask: assign(({ context }, p: { beat: string }) => askBeat(rules, context, p.beat)),
      advance: assign(({ context, event }) => (event.type === 'tick' && event.at > context.horizon ? { horizon: event.at } : {})),
      processDue: assign(({ context }) => {
        const item = due(context);
        return item ? applyDue(rules, context, item) : {};
      }),
      catchUp: assign(({ context }) => ({ now: context.horizon })),
      timeout: assign(({ context }) => timeOut(rules, { ...context, now: context.beat?.deadline ?? context.now })),
      ...answerActions,
      skip: assign(({ context }) => skipQuestion(rules, context)),
      takePending: assign(({ context }) => ({ pending: context.pending.slice(1) })),
      pause: assign({ paused: true }),
      resume: assign({ paused: false }),
      inject: assign(({ context, event }) => (event.type === 'inject' ? injectInto(rules, context, event.what) : {})),
      moveDeadline: assign(({ context, event }) => (event.type === 'moveDeadline' ? moveDeadline(context, event.seconds) : {})),
      finish: assign(({ context }, p: { reason: EndReason }) =>
        finishDrill(rules, context, p.reason, p.reason === 'duration' ? context.startedAt + rules.scenario.duration : context.now),
      ),
    },
  });
}

// Plain-data config pieces; see the header for why they are not typed through XState's generics.
type Transition = { guard?: unknown; target?: string; actions?: unknown };
type StateConfig = Record<string, unknown>;

/** The state that sends the drill to a beat an escalation or event asked for ("~" is in no beat id). */
export const DETOUR = '~detour';

function routes(next: Next): Transition[] {
  const out: Transition[] = [{ guard: 'hasPending', target: `#drill.running.${DETOUR}` }];
  for (const branch of branchesOf(next)) {
    const guard = branch.if === undefined ? {} : { guard: { type: 'holds', params: { condition: branch.if } } };
    out.push(
      branch.goto === END
        ? { ...guard, target: '#drill.ended', actions: { type: 'finish', params: { reason: 'end' } } }
        : { ...guard, target: `#${askStateId(branch.goto)}` },
    );
  }
  return out;
}

/** One shared state for out-of-turn beats keeps their transitions out of every answer's routes. */
function detourState(pendingTargets: readonly string[]): StateConfig {
  return {
    always: pendingTargets.map((beat) => ({
      guard: { type: 'pendingIs', params: { beat } },
      target: `#${askStateId(beat)}`,
      actions: 'takePending',
    })),
  };
}

function beatState(id: string, beat: Beat): StateConfig {
  const on: Record<string, Transition[]> = {};
  const answered: Record<string, StateConfig> = {};
  for (const kind of ANSWER_KINDS) {
    for (const response of kind.responses(beat)) {
      const params = { index: response.index };
      const target = kind.stateOf(response.index);
      (on[kind.event] ??= []).push({ guard: { type: kind.machine.guard, params }, target, actions: { type: kind.machine.action, params } });
      answered[target] = { always: routes(response.next) };
    }
  }
  // A skipped question goes where silence would, without silence's score (skip.ts).
  on.skip = [{ guard: 'skippable', target: 'silent', actions: 'skip' }];
  const states: Record<string, StateConfig> = {
    asking: {
      id: askStateId(id),
      entry: { type: 'ask', params: { beat: id } },
      always: { guard: { type: 'due', params: { kind: 'timeout' } }, target: 'silent', actions: 'timeout' },
      on,
    },
    silent: { always: routes(silenceNext(beat)) },
    ...answered,
  };
  return { initial: 'asking', states };
}

/** Beats an escalation or an event can ask for out of turn. */
function pendingTargetsOf(rules: DrillRules): string[] {
  const targets = new Set<string>();
  for (const r of rules.scenario.rumours) if (r.escalate && rules.beats.has(r.escalate.goto)) targets.add(r.escalate.goto);
  for (const e of rules.scenario.events) if (e.goto && rules.beats.has(e.goto)) targets.add(e.goto);
  return [...targets];
}

function machineConfig(rules: DrillRules) {
  const pendingTargets = pendingTargetsOf(rules);
  const beats: Record<string, StateConfig> = {};
  for (const [id, beat] of rules.beats) beats[id] = beatState(id, beat);
  beats[DETOUR] = detourState(pendingTargets);
  return {
    id: 'drill',
    context: () => initialContext(rules),
    initial: 'ready',
    states: {
      ready: {
        on: { start: { target: `#${askStateId(rules.scenario.start)}`, actions: 'start' } },
      },
      running: {
        initial: rules.scenario.start,
        on: {
          tick: { guard: 'live', actions: 'advance' },
          pause: { guard: 'live', actions: 'pause' },
          resume: { guard: 'paused', actions: 'resume' },
          inject: { guard: 'knownInject', actions: 'inject' },
          moveDeadline: { actions: 'moveDeadline' },
          end: { target: 'ended', actions: { type: 'finish', params: { reason: 'facilitator' } } },
        },
        always: [
          { guard: { type: 'due', params: { kind: 'end' } }, target: 'ended', actions: { type: 'finish', params: { reason: 'duration' } } },
          { guard: 'dueOnTimeline', actions: 'processDue' },
          { guard: 'behind', actions: 'catchUp' },
        ],
        states: beats,
      },
      ended: { type: 'final' },
    },
  };
}

function createDrillMachine(rules: DrillRules) {
  // The generated config is checked by XState at run time and by the tests; see the header.
  return drillSetup(rules).createMachine(machineConfig(rules) as never);
}

export type DrillMachine = ReturnType<typeof createDrillMachine>;

export interface CompiledDrill {
  machine: DrillMachine;
  rules: DrillRules;
}

export function compileDrill(checked: CheckedScenario, options: SessionOptions = {}): CompiledDrill {
  const rules = buildRules(checked, options);
  return { machine: createDrillMachine(rules), rules };
}

export function compileScenario(checked: CheckedScenario, options: SessionOptions = {}): DrillMachine {
  return compileDrill(checked, options).machine;
}
