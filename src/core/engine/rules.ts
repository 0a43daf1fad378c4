// What the compiled machine's actions and guards look things up in: the checked scenario indexed
// once, plus the drill's options. Kept out of the machine's context so that a saved drill holds
// only what changes (the scenario is loaded again from its file on restore).
import type { CheckedScenario } from '../scenario/checked.ts';
import type { Beat, Rumour, Scenario, ScenarioEvent } from '../scenario/schema.ts';
import type { SessionOptions } from '../session/types.ts';
import { assessedSkills, type ScoringRules } from './scoring.ts';
import { answerOrder, isShuffleSeed, MAX_SHUFFLE_SEED } from './shuffle.ts';

export interface DrillRules extends ScoringRules {
  scenario: Scenario;
  /** Multiplies every time_limit; null = no answer time limits. */
  answerTimeFactor: number | null;
  /** Seed of the answers' shown order (shuffle.ts); undefined = the authored order. */
  shuffleSeed: number | undefined;
  beats: ReadonlyMap<string, Beat>;
  rumours: ReadonlyMap<string, Rumour>;
  /** Events with their keys (`id`, or the index when the author gave none), in file order. */
  events: readonly { key: string; event: ScenarioEvent }[];
  eventsByKey: ReadonlyMap<string, ScenarioEvent>;
}

/** An event's name in logs and injects: its `id`, or its position in the list. */
export function eventKey(event: ScenarioEvent, index: number): string {
  return event.id ?? String(index);
}

export function answerTimeFactorOf(options: SessionOptions | undefined): number | null {
  const f = options?.answerTimeFactor;
  if (f === null) return null;
  if (f === undefined) return 1;
  if (!(f > 0) || !Number.isFinite(f)) throw new RangeError(`answerTimeFactor must be a positive number or null, got ${f}`);
  return f;
}

function shuffleSeedOf(options: SessionOptions | undefined): number | undefined {
  const seed = options?.shuffleSeed;
  if (seed === undefined) return undefined;
  if (!isShuffleSeed(seed)) throw new RangeError(`shuffleSeed must be an integer from 0 to ${MAX_SHUFFLE_SEED}, got ${seed}`);
  return seed;
}

/** The authored answer indexes of a beat in the order this drill shows them; undefined when not shuffled. */
export function shownOrder(rules: DrillRules, beatId: string): number[] | undefined {
  const count = rules.beats.get(beatId)?.answers?.length ?? 0;
  return rules.shuffleSeed === undefined || count === 0 ? undefined : answerOrder(rules.shuffleSeed, beatId, count);
}

export function buildRules(checked: CheckedScenario, options?: SessionOptions): DrillRules {
  const scenario = checked.scenario;
  const events = scenario.events.map((event, i) => ({ key: eventKey(event, i), event }));
  return {
    scenario,
    skills: assessedSkills(scenario.skills),
    bounds: checked.bounds,
    weights: scenario.weights,
    answerTimeFactor: answerTimeFactorOf(options),
    shuffleSeed: shuffleSeedOf(options),
    beats: new Map(Object.entries(scenario.beats)),
    rumours: new Map(scenario.rumours.map((r) => [r.id, r])),
    events,
    eventsByKey: new Map(events.map((e) => [e.key, e.event])),
  };
}
