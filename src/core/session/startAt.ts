// A drill that starts part-way through: at a chosen beat, with the flags set, the rumours spread or
// rebutted and the clock where the author says. It is what the studio's preview plays, in the real
// press room. The result is a SavedDrill, so the running Session is made by Session.restore exactly
// as after a page refresh: no second way of building a machine, and the same fit checks.
//
// What the chosen state means:
// - the clock: drill seconds since the start; events due by then have happened (on the feed, their
//   jumps to other beats are history and not replayed), rumours not mentioned follow their own times;
// - a rumour "spreading" appeared at its own time, or at the clock if that is later; "rebutted" also
//   was rebutted at the clock (without points: the preview starts from zero);
// - an escalation whose moment has passed counts as done (its beat is not asked again).
// Nothing is scored for what happened before: the preview is about the beats that follow.
import { kindOfEntry } from '../answers/registry.ts';
import { createActor } from 'xstate';
import { compileDrill } from '../engine/compile.ts';
import { initialContext, type DrillContext } from '../engine/drillContext.ts';
import { fireEvent } from '../engine/events.ts';
import { askBeat } from '../engine/respond.ts';
import { appearRumour, escalationAt } from '../engine/rumours.ts';
import type { CheckedScenario } from '../scenario/checked.ts';
import { applyEntry } from './replay.ts';
import { SAVED_DRILL_FORMAT, type SavedDrill } from './saved.ts';
import { Session } from './session.ts';
import type { LogEntry, SessionOptions } from './types.ts';

export type StartRumour = 'spreading' | 'rebutted';

export interface StartState {
  /** The beat asked first. */
  beat: string;
  /** Drill seconds on the clock when it is asked (0 … duration). */
  at: number;
  flags: readonly string[];
  /** Rumours not listed follow the scenario's own timing. */
  rumours: Readonly<Record<string, StartRumour>>;
}

export class StartStateError extends Error {}

/** The drill's persisted snapshot at the chosen beat, as Session.restore takes it. */
export function savedDrillAt(checked: CheckedScenario, start: StartState, options: SessionOptions = {}): SavedDrill {
  const { machine, rules } = compileDrill(checked, options);
  const scenario = checked.scenario;
  if (!rules.beats.has(start.beat)) throw new StartStateError(`There is no beat "${start.beat}" in this scenario.`);
  if (!Number.isFinite(start.at) || start.at < 0 || start.at >= scenario.duration) {
    throw new StartStateError(`The clock must be between 0 and ${scenario.duration} seconds (the conference's length).`);
  }
  for (const id of Object.keys(start.rumours)) {
    if (!rules.rumours.has(id)) throw new StartStateError(`There is no rumour "${id}" in this scenario.`);
  }
  const at = start.at;
  let ctx: DrillContext = { ...initialContext(rules), now: at, horizon: at };

  for (const { key, event } of rules.events) {
    if (event.at <= at) ctx = fireEvent(rules, ctx, key, event.at);
  }
  for (const [id, rumour] of rules.rumours) {
    const chosen = start.rumours[id];
    if (chosen === undefined && rumour.appears_at > at) continue;
    ctx = appearRumour(rules, ctx, id, Math.min(rumour.appears_at, at), false);
    const track = ctx.rumours[id]!;
    const rebutted = chosen === 'rebutted' ? { rebuttedAt: at } : {};
    const escalation = escalationAt(rumour, { ...track, ...rebutted });
    ctx = { ...ctx, rumours: { ...ctx.rumours, [id]: { ...track, ...rebutted, escalated: escalation !== null && escalation <= at } } };
  }
  ctx = { ...ctx, pending: [], flags: [...new Set(start.flags)] };
  ctx = askBeat(rules, ctx, start.beat);

  // The shape of a persisted snapshot is XState's: take a real one and move it to the beat.
  const actor = createActor(machine);
  actor.start();
  const ready = actor.getPersistedSnapshot() as Record<string, unknown>;
  actor.stop();
  const snapshot = { ...ready, value: { running: { [start.beat]: 'asking' } }, context: ctx };
  return { format: SAVED_DRILL_FORMAT, scenarioId: scenario.id, options: { ...options }, now: at, snapshot, log: [{ type: 'start', at }] };
}

/** A running Session at the chosen beat (Session.restore of savedDrillAt). */
export function startSessionAt(checked: CheckedScenario, start: StartState, options: SessionOptions = {}): Session {
  return Session.restore(checked, savedDrillAt(checked, start, options));
}

/**
 * After an edit: the same start, then the author's answers again at the same drill seconds, up to
 * the last one given (what came after it, the end included, is left for the author to play). An
 * answer the edited beat no longer has is ignored, as in any drill, and the replay goes on from
 * wherever the scenario now leads.
 */
export function savedDrillReplayed(checked: CheckedScenario, start: StartState, log: readonly LogEntry[], options: SessionOptions = {}): SavedDrill {
  const session = startSessionAt(checked, start, options);
  let last = -1;
  log.forEach((e, i) => {
    if (kindOfEntry(e.type) !== undefined || e.type === 'inject') last = i;
  });
  for (const entry of log.slice(0, last + 1)) {
    if (entry.type === 'start' || entry.type === 'end' || entry.type === 'pause' || entry.type === 'resume') continue;
    if (session.view().status === 'ended') break;
    applyEntry(session, entry);
  }
  return session.save();
}
