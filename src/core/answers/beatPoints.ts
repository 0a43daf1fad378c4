// The lowest and highest points ONE beat can give on each skill, over every way it can be
// answered (each answer kind's responses, core/answers/registry.ts) and silence (scored by the
// engine's own rule, engine/silence.ts). What a question puts at stake on its own: a question
// taken out of a drill (skipped) takes exactly this range out of the drill's bounds.
import { silenceEffects } from '../engine/silence.ts';
import type { Beat } from '../scenario/schema.ts';
import { ANSWER_KINDS } from './registry.ts';

export interface PointRange {
  min: number;
  max: number;
}

/** Per skill of `skills`: the lowest and the highest points any response of the beat gives (silence included). */
export function beatPoints(beat: Beat, skills: readonly string[]): Record<string, PointRange> {
  const responses = ANSWER_KINDS.flatMap((kind) => kind.responses(beat).map(({ low, high }) => ({ low, high })));
  const silence = silenceEffects(beat);
  responses.push({ low: silence, high: silence });
  const range: Record<string, PointRange> = {};
  for (const skill of skills) {
    range[skill] = {
      min: Math.min(...responses.map((r) => r.low[skill] ?? 0)),
      max: Math.max(...responses.map((r) => r.high[skill] ?? 0)),
    };
  }
  return range;
}
