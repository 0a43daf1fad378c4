// The scenario as a graph of beats, built once and shared by the reachability checks, the score
// bounds, the path count and the Mermaid diagram. Beats are numbered in file order; END stands
// for the word `end`. A reference to an unknown beat is left out (check.ts reports it).
import { DEFAULT_TIMEOUT_TIMELINESS } from '../engine/rumourScoring.ts';
import { isSkillId, type SkillId } from '../skills.ts';
import { branchesOf, END as END_WORD, idsOf, type Effects, type Next, type Scenario } from './schema.ts';

export const END = -1;

export interface Response {
  kind: 'answer' | 'free-text' | 'timeout';
  /** Answer index (0-based); 0 for free text and timeout. */
  index: number;
  /** True for the silence rule used when a beat has no on_timeout. */
  implicit: boolean;
  /** Beat indices or END, in branch order, without duplicates. */
  targets: number[];
  /** Points per assessed skill (same order as BeatGraph.skills): lowest and highest this response can give. */
  low: number[];
  high: number[];
  /** Rumour ids this response rebuts. */
  rebuts: string[];
}

export interface Jump {
  kind: 'escalation' | 'event';
  /** Index in `rumours` or `events`. */
  index: number;
  target: number;
}

export interface BeatGraph {
  ids: string[];
  index: Map<string, number>;
  /** The assessed skills that exist, in `skills` order. */
  skills: SkillId[];
  responses: Response[][];
  /** Distinct local successors per beat (answers, free text, timeout); may contain END. */
  successors: number[][];
  /** Escalations and event gotos that can happen (jumps to a known beat). */
  jumps: Jump[];
  /** -2 when `start` names no beat. */
  start: number;
  /** 1 for beats with a `next` naming an unknown beat, or with no way to respond: reported
   *  elsewhere, and treated as a way out so that one mistake gives one message. */
  dangling: Uint8Array;
}

const UNKNOWN = -2;

export function buildBeatGraph(scenario: Scenario): BeatGraph {
  const ids = Object.keys(scenario.beats);
  const index = new Map(ids.map((id, i) => [id, i]));
  const skills = [...new Set(scenario.skills.filter(isSkillId))];
  const slot = new Map(skills.map((s, i) => [s, i]));
  const resolve = (goto: string): number => (goto === END_WORD ? END : (index.get(goto) ?? UNKNOWN));
  const dangling = new Uint8Array(ids.length);
  let current = 0;
  const targetsOf = (next: Next): number[] => {
    const targets = branchesOf(next).map((b) => resolve(b.goto));
    if (targets.includes(UNKNOWN)) dangling[current] = 1;
    return [...new Set(targets.filter((t) => t !== UNKNOWN))];
  };
  const fromEffects = (effects: Effects): number[] => {
    const gain = new Array<number>(skills.length).fill(0);
    for (const [skill, points] of Object.entries(effects)) {
      const s = slot.get(skill as SkillId);
      if (s !== undefined) gain[s]! += points;
    }
    return gain;
  };

  const responses = ids.map((id, beatIndex): Response[] => {
    current = beatIndex;
    const beat = scenario.beats[id]!;
    const list: Response[] = [];
    beat.answers?.forEach((answer, i) => {
      const gain = fromEffects(answer.effects);
      list.push({ kind: 'answer', index: i, implicit: false, targets: targetsOf(answer.next), low: gain, high: gain, rebuts: idsOf(answer.rebuts) });
    });
    if (beat.free_text) {
      // A typed answer can match any subset of the rubric lines.
      const low = new Array<number>(skills.length).fill(0);
      const high = new Array<number>(skills.length).fill(0);
      for (const line of beat.free_text.rubric) {
        const s = slot.get(line.skill as SkillId);
        if (s === undefined) continue;
        if (line.points < 0) low[s]! += line.points;
        else high[s]! += line.points;
      }
      list.push({ kind: 'free-text', index: 0, implicit: false, targets: targetsOf(beat.free_text.next), low, high, rebuts: idsOf(beat.free_text.rebuts) });
    }
    if (beat.on_timeout) {
      const gain = fromEffects(beat.on_timeout.effects);
      list.push({ kind: 'timeout', index: 0, implicit: false, targets: targetsOf(beat.on_timeout.next), low: gain, high: gain, rebuts: [] });
    } else {
      const first = beat.answers?.[0]?.next ?? beat.free_text?.next;
      const gain = new Array<number>(skills.length).fill(0);
      const t = slot.get('timeliness');
      if (t !== undefined) gain[t] = DEFAULT_TIMEOUT_TIMELINESS;
      if (first === undefined) dangling[beatIndex] = 1;
      else list.push({ kind: 'timeout', index: 0, implicit: true, targets: targetsOf(first), low: gain, high: gain, rebuts: [] });
    }
    return list;
  });

  const successors = responses.map((list) => [...new Set(list.flatMap((r) => r.targets))]);

  const jumps: Jump[] = [];
  scenario.rumours.forEach((rumour, i) => {
    const target = rumour.escalate ? resolve(rumour.escalate.goto) : UNKNOWN;
    // An escalation past the peak never fires.
    if (target >= 0 && rumour.escalate!.at_reach <= rumour.reach.peak) jumps.push({ kind: 'escalation', index: i, target });
  });
  scenario.events.forEach((event, i) => {
    const target = event.goto !== undefined ? resolve(event.goto) : UNKNOWN;
    if (target >= 0) jumps.push({ kind: 'event', index: i, target });
  });

  return { ids, index, skills, responses, successors, jumps, start: index.get(scenario.start) ?? UNKNOWN, dangling };
}
