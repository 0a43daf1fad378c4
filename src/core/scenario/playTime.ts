// What the menu can truthfully say about a drill's length: the conference clock (`duration`) is
// only an upper bound; a trainee who answers promptly finishes in a fraction of it. From the
// beats written in the file: how many questions a run asks (shortest and longest route from
// `start`, loops taken once), and the play time between answering each in QUICK_ANSWER_SECONDS
// and letting each answer clock run out (never more than the conference clock).
import { ANSWER_KINDS } from '../answers/registry.ts';
import { branchesOf, END } from './refs.ts';
import type { Beat, Scenario } from './schema.ts';

/** A prompt answer: reading the question and choosing takes about this long. */
export const QUICK_ANSWER_SECONDS = 15;

export interface PlayTime {
  questions: { min: number; max: number };
  seconds: { min: number; max: number };
}

function targetsOf(beat: Beat): string[] {
  const nexts = [...ANSWER_KINDS.flatMap((kind) => kind.responses(beat).map((r) => r.next)), ...(beat.on_timeout ? [beat.on_timeout.next] : [])];
  return [...new Set(nexts.flatMap((n) => branchesOf(n).map((b) => b.goto)))];
}

interface Route {
  questions: number;
  seconds: number;
}

export function playTime(scenario: Pick<Scenario, 'start' | 'beats' | 'duration'>): PlayTime {
  const shortest = new Map<string, Route>();
  const longest = new Map<string, Route>();
  const onPath = new Set<string>();
  // Depth-first over the beat graph; an edge back into the current route (a loop) counts as the end
  // of that route, so every beat is walked once and a 2,000-beat file costs little.
  const walk = (id: string): { short: Route; long: Route } | null => {
    const beat = scenario.beats[id];
    if (!beat) return null;
    const known = shortest.get(id);
    if (known) return { short: known, long: longest.get(id)! };
    onPath.add(id);
    let short: Route | null = null;
    let long: Route | null = null;
    for (const target of targetsOf(beat)) {
      const rest = target === END || onPath.has(target) ? { short: { questions: 0, seconds: 0 }, long: { questions: 0, seconds: 0 } } : walk(target);
      if (!rest) continue;
      if (!short || rest.short.seconds < short.seconds) short = rest.short;
      if (!long || rest.long.seconds > long.seconds) long = rest.long;
    }
    onPath.delete(id);
    const zero = { questions: 0, seconds: 0 };
    const own = {
      short: { questions: (short ?? zero).questions + 1, seconds: (short ?? zero).seconds + Math.min(beat.time_limit, QUICK_ANSWER_SECONDS) },
      long: { questions: (long ?? zero).questions + 1, seconds: (long ?? zero).seconds + beat.time_limit },
    };
    shortest.set(id, own.short);
    longest.set(id, own.long);
    return own;
  };
  const routes = walk(scenario.start) ?? { short: { questions: 0, seconds: 0 }, long: { questions: 0, seconds: 0 } };
  const max = Math.min(scenario.duration, routes.long.seconds);
  return {
    questions: { min: routes.short.questions, max: routes.long.questions },
    seconds: { min: Math.min(routes.short.seconds, max), max },
  };
}

/** Whole minutes for the menu: the low end rounded down (at least 1), the high end rounded up. */
export function playMinutes(time: PlayTime): { min: number; max: number } {
  const min = Math.max(1, Math.floor(time.seconds.min / 60));
  return { min, max: Math.max(min, Math.ceil(time.seconds.max / 60)) };
}
