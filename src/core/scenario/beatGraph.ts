// The scenario as a graph of beats, built once and shared by the reachability checks, the score
// bounds, the path count and the Mermaid diagram. Beats are numbered in file order; END stands
// for the word `end`. A reference to an unknown beat is left out (check.ts reports it).
import { silenceEffects, silenceNext } from '../engine/silence.ts';
import { ANSWER_KINDS, type AnswerKindId } from '../answers/registry.ts';
import { isSkillId, type SkillId } from '../skills.ts';
import { branchesOf, END as END_WORD } from './refs.ts';
import type { Beat, Effects, Next, Scenario } from './schema.ts';

export const END = -1;

export interface Response {
  /** The answer kind (core/answers/registry.ts), or silence. */
  kind: AnswerKindId | 'timeout';
  /** The kind's response index (an answer's, 0-based); 0 for a typed answer and the timeout. */
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

/** Turns a beat's answers, free text and timeout into responses (points and destinations). */
class ResponseBuilder {
  /** Set when the last `next` read named an unknown beat. */
  dangling = false;
  private readonly slot: Map<SkillId, number>;

  constructor(
    private readonly index: Map<string, number>,
    private readonly skills: readonly SkillId[],
  ) {
    this.slot = new Map(skills.map((s, i) => [s, i]));
  }

  resolve(goto: string): number {
    return goto === END_WORD ? END : (this.index.get(goto) ?? UNKNOWN);
  }

  targets(next: Next): number[] {
    const targets = branchesOf(next).map((b) => this.resolve(b.goto));
    if (targets.includes(UNKNOWN)) this.dangling = true;
    return [...new Set(targets.filter((t) => t !== UNKNOWN))];
  }

  private zero(): number[] {
    return new Array<number>(this.skills.length).fill(0);
  }

  private gain(effects: Effects): number[] {
    const gain = this.zero();
    for (const [skill, points] of Object.entries(effects)) {
      const s = this.slot.get(skill as SkillId);
      if (s !== undefined) gain[s]! += points;
    }
    return gain;
  }

  responses(beat: Beat): Response[] {
    this.dangling = false;
    const list: Response[] = [];
    for (const kind of ANSWER_KINDS) {
      for (const r of kind.responses(beat)) {
        list.push({
          kind: kind.id,
          index: r.index,
          implicit: false,
          targets: this.targets(r.next),
          low: this.gain(r.low),
          high: this.gain(r.high),
          rebuts: r.rebuts,
        });
      }
    }
    // Silence, scored and routed by the engine's own rule (engine/silence.ts).
    if (beat.on_timeout || list.length > 0) {
      const gain = this.gain(silenceEffects(beat));
      list.push({ kind: 'timeout', index: 0, implicit: !beat.on_timeout, targets: this.targets(silenceNext(beat)), low: gain, high: gain, rebuts: [] });
    }
    if (list.length === 0) this.dangling = true;
    return list;
  }
}

/**
 * The points each of a beat's responses can give (answers, typed answer, silence), per skill in
 * `skills` order, without where they lead: engine/beatRange.ts reads a beat's range from them.
 */
export function responsePoints(beat: Beat, skills: readonly SkillId[]): { low: number[]; high: number[] }[] {
  return new ResponseBuilder(new Map(), skills).responses(beat).map(({ low, high }) => ({ low, high }));
}

export function buildBeatGraph(scenario: Scenario): BeatGraph {
  const ids = Object.keys(scenario.beats);
  const index = new Map(ids.map((id, i) => [id, i]));
  const skills = [...new Set(scenario.skills.filter(isSkillId))];
  const builder = new ResponseBuilder(index, skills);
  const dangling = new Uint8Array(ids.length);
  const responses = ids.map((id, v) => {
    const list = builder.responses(scenario.beats[id]!);
    if (builder.dangling) dangling[v] = 1;
    return list;
  });
  const successors = responses.map((list) => [...new Set(list.flatMap((r) => r.targets))]);

  const jumps: Jump[] = [];
  scenario.rumours.forEach((rumour, i) => {
    const target = rumour.escalate ? builder.resolve(rumour.escalate.goto) : UNKNOWN;
    // An escalation past the peak never fires.
    if (target >= 0 && rumour.escalate!.at_reach <= rumour.reach.peak) jumps.push({ kind: 'escalation', index: i, target });
  });
  scenario.events.forEach((event, i) => {
    const target = event.goto !== undefined ? builder.resolve(event.goto) : UNKNOWN;
    if (target >= 0) jumps.push({ kind: 'event', index: i, target });
  });

  return { ids, index, skills, responses, successors, jumps, start: index.get(scenario.start) ?? UNKNOWN, dangling };
}
