import { describe, expect, it } from 'vitest';
import { createActor, type AnyStateMachine, type AnyStateNode } from 'xstate';
import { toDirectedGraph } from '@xstate/graph';
import { askStateId, compileScenario, DETOUR } from '../../../src/core/engine/compile.ts';
import { Session } from '../../../src/core/session/session.ts';
import { checkedFrom, loadFixture } from '../../fixtures/engine/checked.ts';

const flood = loadFixture('flood.yaml');

function allNodes(node: AnyStateNode): AnyStateNode[] {
  return [node, ...Object.values(node.states).flatMap((child) => allNodes(child as AnyStateNode))];
}

describe('compileScenario', () => {
  const machine = compileScenario(flood);
  const nodes = allNodes(machine.root);

  it('has no delayed (after) transitions anywhere: deadlines are data compared on tick', () => {
    for (const node of nodes) expect(node.after, node.id).toEqual([]);
  });

  it('uses only named actions and guards, with data parameters', () => {
    const named = new Set([
      'start',
      'ask',
      'advance',
      'processDue',
      'catchUp',
      'timeout',
      'answer',
      'answerText',
      'takePending',
      'pause',
      'resume',
      'inject',
      'moveDeadline',
      'skip',
      'finish',
    ]);
    const guards = new Set([
      'live',
      'paused',
      'chose',
      'typed',
      'skippable',
      'knownInject',
      'due',
      'dueOnTimeline',
      'behind',
      'hasPending',
      'pendingIs',
      'holds',
    ]);
    let parameterised = 0;
    for (const node of nodes) {
      const transitions = [...node.transitions.values()].flat().concat(node.always ?? []);
      for (const t of transitions) {
        for (const a of t.actions) {
          expect(typeof a === 'object' || typeof a === 'string', node.id).toBe(true);
          const type = typeof a === 'string' ? a : (a as { type: string }).type;
          expect(named.has(type), `${node.id}: action ${type}`).toBe(true);
          if (typeof a === 'object' && 'params' in (a as object)) parameterised++;
        }
        if (t.guard) {
          const g = t.guard as string | { type: string };
          expect(guards.has(typeof g === 'string' ? g : g.type), node.id).toBe(true);
        }
      }
      for (const entry of node.entry) expect(named.has((entry as { type: string }).type)).toBe(true);
    }
    expect(parameterised).toBeGreaterThan(0);
  });

  it('has one state per beat and explicit edges from each answer to its next beat', () => {
    expect(Object.keys(machine.root.states.running!.states).sort()).toEqual([...Object.keys(flood.scenario.beats), DETOUR].sort());
    const edges: [string, string][] = [];
    for (const node of nodes) {
      const transitions = [...node.transitions.values()].flat().concat(node.always ?? []);
      for (const t of transitions) for (const target of t.target ?? []) edges.push([node.id, target.id]);
    }
    expect(edges).toContainEqual([askStateId('q-open'), 'drill.running.q-open.answer-0']);
    expect(edges).toContainEqual(['drill.running.q-open.answer-0', askStateId('q-missing')]);
    expect(edges).toContainEqual(['drill.running.q-missing.typed', askStateId('q-dam')]);
    expect(edges).toContainEqual(['drill.running.q-missing.typed', 'drill.ended']);
    // the rumour's escalation can send any answer, or silence, to q-dam (through the detour)
    expect(edges).toContainEqual(['drill.running.q-open.silent', `drill.running.${DETOUR}`]);
    expect(edges).toContainEqual([`drill.running.${DETOUR}`, askStateId('q-dam')]);
    // and @xstate/graph sees the same machine
    expect(toDirectedGraph(machine as unknown as AnyStateMachine).children.map((c) => c.id)).toEqual(['drill.ready', 'drill.running', 'drill.ended']);
  });

  it('moves ready → running.<beat>.asking → ended', () => {
    const actor = createActor(machine).start();
    expect(actor.getSnapshot().value).toBe('ready');
    actor.send({ type: 'start', at: 0 });
    expect(actor.getSnapshot().value).toEqual({ running: { 'q-open': 'asking' } });
    actor.send({ type: 'end' });
    expect(actor.getSnapshot().value).toBe('ended');
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('compiles each scenario into a fresh machine with its own options', () => {
    const slow = createActor(compileScenario(flood, { answerTimeFactor: 3 })).start();
    slow.send({ type: 'start', at: 0 });
    expect(slow.getSnapshot().context.beat?.deadline).toBe(135);
  });
});

const ROUTING = `
format: 1
id: routing
languages: [en]
title: Routing
summary: Branching rules.
duration: 600
skills: [composure, accuracy]
briefing: { situation: Test. }
reporters: [{ id: r, name: R, outlet: O, stance: neutral, kind: domestic }]
rumours:
  - id: fake
    text: Fake news
    author: "@x"
    appears_at: 0
    reach: { start: 10, doubling: 10, peak: 1000 }
    escalate: { at_reach: 20, goto: q-hot }
events:
  - { id: ping, at: 500, kind: post, text: A post, goto: q-hot }
start: q1
beats:
  q1:
    reporter: r
    ask: First?
    time_limit: 60
    answers:
      - text: Calm
        effects: { composure: 2 }
        set: [calm]
        next:
          - { if: { flag: calm }, goto: q-calm }
          - { goto: q2 }
      - text: Rude
        effects: { composure: -2 }
        next:
          - { if: { score: { skill: composure, below: 0 } }, goto: q2 }
          - { goto: q-calm }
  q2:
    reporter: r
    ask: Second?
    time_limit: 60
    answers:
      - { text: Done, next: end }
      - { text: Again, next: q1 }
  q-calm:
    reporter: r
    ask: Calm?
    time_limit: 60
    answers:
      - { text: Yes, rebuts: fake, effects: { accuracy: 1 }, next: q2 }
      - { text: No, next: end }
  q-hot:
    reporter: r
    ask: Hot?
    time_limit: 60
    answers:
      - { text: Yes, rebuts: fake, next: q2 }
      - { text: No, next: end }
endings:
  - { id: e, text: End. }
`;

describe('routing', () => {
  const routing = checkedFrom(ROUTING, 'routing.yaml');
  const at = (s: Session) => s.view().beat?.id;

  it('evaluates a next condition after the answer: its own flags and points count', () => {
    const a = Session.create(routing);
    a.start(0);
    a.choose(0, 1);
    expect(at(a)).toBe('q-calm');
    const b = Session.create(routing);
    b.start(0);
    b.choose(1, 1);
    expect(at(b)).toBe('q2');
  });

  it('an escalation that fell due overrides even a next of end', () => {
    const s = Session.create(routing);
    s.start(0);
    s.choose(0, 9); // escalates at 10; not yet
    s.tick(10);
    s.choose(1, 11); // q-calm "No" goes to end, but q-hot was asked for
    expect(at(s)).toBe('q-hot');
    s.choose(0, 12);
    expect(at(s)).toBe('q2');
  });

  it('does not ask a beat twice in a row when it is asked for while being asked', () => {
    const s = Session.create(routing, { answerTimeFactor: null });
    s.start(0);
    s.choose(1, 1); // q2
    s.choose(1, 2); // q1 again
    s.inject({ event: 'ping' }, 3); // asks for q-hot after q1
    s.choose(0, 4); // q1 → q-calm, but q-hot comes first
    expect(at(s)).toBe('q-hot');
    s.tick(20); // the escalation (at 10) asks for q-hot while it is being asked: no second asking
    s.choose(0, 21);
    expect(at(s)).toBe('q2');
    expect(s.view().turns.filter((t) => t.beatId === 'q-hot')).toHaveLength(1);
  });

  it('follows a cycle back to a beat already visited, asking it anew', () => {
    const s = Session.create(routing);
    s.start(0);
    s.choose(1, 1);
    s.choose(1, 2);
    expect(s.view().beat).toMatchObject({ id: 'q1', askedAt: 2, deadline: 62 });
    expect(s.view().visited).toEqual(['q1', 'q2']);
  });

  it('a rumour rebutted before it appears still shows at its time but never spreads', () => {
    const text = ROUTING.replace('appears_at: 0', 'appears_at: 100');
    const s = Session.create(checkedFrom(text, 'routing.yaml'), { answerTimeFactor: null });
    s.start(0);
    s.choose(0, 1);
    s.choose(0, 2); // q-calm rebuts fake before it appeared
    expect(s.view().rumours[0]).toMatchObject({ state: 'rebutted', rebuttedAt: 2 });
    s.tick(150);
    expect(s.view().rumours[0]).toMatchObject({ appearedAt: 100, reach: 0, state: 'rebutted' });
  });
});
