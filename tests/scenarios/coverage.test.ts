// Path coverage of every scenario in scenarios/: paths generated from the compiled machine with
// @xstate/graph's getShortestPaths must, between them, ask every beat, pick every answer, type into
// every free-text beat and let every beat time out, and every path must reach an ending.
//
// How the traversal is modelled, and why:
// - The machine is driven by `tick` events carrying drill time, so "every event type" is not a
//   finite list: the events offered in each state are given explicitly — choose each answer now,
//   type a representative answer now (the rubric's rewarded phrases, then its penalised ones), let
//   the beat time out (tick to its deadline), or stay silent until something on the timeline
//   happens (tick to the next rumour appearance, escalation or event, beats timing out on the way).
// - States are compared by their state VALUE plus the few facts that decide where a drill goes
//   next: its flags, the beats escalations and events have asked for, each rumour's state and
//   whether it escalated, which events with a goto fired, and which of the beats that conditions
//   test with `visited` were asked. Scores, times and moments stay out: with them in, every state is
//   new and the traversal never ends (a branch on a score or a time is covered only if some path
//   happens to meet it).
// - Shortest paths reach every such state; each is then extended by every event offered there (so
//   every edge, not only every state, is walked) and played on to an ending.
import { describe, expect, it } from 'vitest';
import { getShortestPaths } from '@xstate/graph';
import { getNextSnapshot, type SnapshotFrom } from 'xstate';
import { compileDrill, type DrillEvent, type DrillMachine } from '../../src/core/engine/compile.ts';
import type { DrillContext } from '../../src/core/engine/drillContext.ts';
import type { DrillRules } from '../../src/core/engine/rules.ts';
import { escalationAt, stateNow } from '../../src/core/engine/rumours.ts';
import type { FreeText } from '../../src/core/scenario/schema.ts';
import { loadScenarioFile, scenarioFiles } from './scenarioFiles.ts';

type Snap = SnapshotFrom<DrillMachine>;

/** Typed answers that exercise a rubric: every rewarded phrase, then every penalised one. */
function representativeTexts(free: FreeText): string[] {
  const phrases = (sign: 1 | -1) => free.rubric.filter((l) => Math.sign(l.points) === sign).flatMap((l) => ('any' in l ? l.any.slice(0, 1) : l.all));
  const texts = [phrases(1).join('. '), phrases(-1).join('. ')].filter((t) => t.trim() !== '');
  return texts.length ? texts : ['…'];
}

function eventsFor(rules: DrillRules, snap: Snap): DrillEvent[] {
  if (snap.value === 'ready') return [{ type: 'start', at: 0 }];
  const ctx = snap.context as DrillContext;
  if (snap.status !== 'active' || !ctx.beat) return [];
  const beat = rules.beats.get(ctx.beat.id)!;
  const events: DrillEvent[] = (beat.answers ?? []).map((_, index) => ({ type: 'choose', index }));
  if (beat.free_text) for (const text of representativeTexts(beat.free_text)) events.push({ type: 'answerText', text });
  const waits = new Set<number>();
  if (ctx.beat.deadline !== null) waits.add(ctx.beat.deadline);
  for (const [id, rumour] of rules.rumours) {
    const track = ctx.rumours[id]!;
    if (track.appearedAt === null) waits.add(ctx.startedAt + rumour.appears_at);
    const at = escalationAt(rumour, track);
    if (at !== null) waits.add(at);
  }
  for (const { key, event } of rules.events) if (!ctx.firedEvents.includes(key)) waits.add(ctx.startedAt + event.at);
  for (const at of [...waits].sort((a, b) => a - b)) if (at > ctx.now && at <= ctx.startedAt + rules.scenario.duration) events.push({ type: 'tick', at });
  return events;
}

/** Beat ids that some condition tests with `visited`. */
function visitedTests(rules: DrillRules): string[] {
  const found = new Set<string>();
  JSON.stringify(rules.scenario, (key, value: unknown) => {
    if (key === 'visited' && typeof value === 'string') found.add(value);
    return value;
  });
  return [...found].sort();
}

function serializer(rules: DrillRules): (snap: Snap) => string {
  const tested = visitedTests(rules);
  const gotoEvents = rules.events.filter((e) => e.event.goto).map((e) => e.key);
  return (snap) => {
    const ctx = snap.context as DrillContext;
    const rumours = [...rules.rumours.values()].map((r) => {
      const track = ctx.rumours[r.id]!;
      return `${stateNow(r, track, ctx.now)}${track.escalated ? '!' : ''}`;
    });
    return JSON.stringify([
      snap.value,
      [...ctx.flags].sort(),
      ctx.pending,
      rumours,
      gotoEvents.filter((k) => ctx.firedEvents.includes(k)),
      tested.filter((b) => ctx.visited.includes(b)),
    ]);
  };
}

/** Plays on from a state (first answer, else a typed answer, else silence) until the drill ends. */
function playToEnd(machine: DrillMachine, rules: DrillRules, from: Snap): Snap {
  let snap = from;
  for (let step = 0; step < 500 && snap.status === 'active'; step++) {
    const options = eventsFor(rules, snap);
    const event = options.find((e) => e.type === 'choose' || e.type === 'answerText') ?? options.at(-1);
    if (!event) break;
    snap = getNextSnapshot(machine, snap, event);
  }
  if (snap.status === 'active') snap = getNextSnapshot(machine, snap, { type: 'tick', at: rules.scenario.duration });
  return snap;
}

interface Coverage {
  beats: Set<string>;
  answers: Set<string>;
  typed: Set<string>;
  timedOut: Set<string>;
  endings: Set<string>;
  paths: number;
  stuck: string[];
}

function cover(machine: DrillMachine, rules: DrillRules): Coverage {
  const cov: Coverage = { beats: new Set(), answers: new Set(), typed: new Set(), timedOut: new Set(), endings: new Set(), paths: 0, stuck: [] };
  const serializeState = serializer(rules);
  const paths = getShortestPaths(machine, {
    events: (snap: Snap) => eventsFor(rules, snap),
    serializeState: (snap: Snap) => serializeState(snap),
  });
  for (const path of paths) {
    for (const event of eventsFor(rules, path.state as Snap)) {
      const end = playToEnd(machine, rules, getNextSnapshot(machine, path.state as Snap, event));
      cov.paths++;
      const ctx = end.context as DrillContext;
      for (const b of ctx.visited) cov.beats.add(b);
      for (const t of ctx.turns) {
        if (t.response.kind === 'choice') cov.answers.add(`${t.beatId}#${t.response.answerIndex + 1}`);
        if (t.response.kind === 'text') cov.typed.add(t.beatId);
        if (t.response.kind === 'timeout') cov.timedOut.add(t.beatId);
      }
      if (end.status !== 'done' || !ctx.ending) cov.stuck.push(path.steps.map((s) => s.event.type).join(' → '));
      else cov.endings.add(ctx.ending.id);
    }
  }
  return cov;
}

describe.each(scenarioFiles())('%s', (file) => {
  const loaded = loadScenarioFile(file);

  it('loads', () => {
    expect(loaded.checked, loaded.problems).not.toBeNull();
  });
  if (!loaded.checked) return;
  const { machine, rules } = compileDrill(loaded.checked);
  const beats = Object.entries(loaded.checked.scenario.beats);

  it('has generated paths that ask every beat, take every answer and every silence, and all end', () => {
    const cov = cover(machine, rules);
    const missing = {
      beats: beats.map(([id]) => id).filter((id) => !cov.beats.has(id)),
      answers: beats.flatMap(([id, b]) => (b.answers ?? []).map((_, i) => `${id}#${i + 1}`)).filter((a) => !cov.answers.has(a)),
      typed: beats
        .filter(([, b]) => b.free_text)
        .map(([id]) => id)
        .filter((id) => !cov.typed.has(id)),
      timeouts: beats.map(([id]) => id).filter((id) => cov.beats.has(id) && !cov.timedOut.has(id)),
    };
    expect(missing, `${file}: not covered by ${cov.paths} generated paths`).toEqual({ beats: [], answers: [], typed: [], timeouts: [] });
    expect(cov.stuck, 'paths that never reach an ending').toEqual([]);
    expect(cov.endings.size).toBeGreaterThan(0);
  });
});
