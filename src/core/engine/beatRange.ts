// The lowest and highest points one beat can give on each skill, over every way of responding to it:
// each answer's effects, a typed answer's rubric (the sum of its negative lines, the sum of its
// positive lines: a typed answer can match any subset) and silence by the engine's own rule
// (silence.ts). The score bounds count the same responses (scenario/beatGraph.ts, `responsePoints`),
// so the rule is written once.
//
// Two readers:
// - a skipped question (skip.ts): its range is taken out of the drill's bounds, so skipping neither
//   rewards nor punishes;
// - the hot seat (live/hotSeat.ts): a trainee is scored between the lowest and highest points of the
//   questions they faced.
//
// It is the beat on its own: what the beat leads to, the rumours it may rebut and the flags it sets
// are not part of its range (see skip.ts for what that means for the drill's bounds).
import type { SkillBounds } from '../scenario/checked.ts';
import { responsePoints } from '../scenario/beatGraph.ts';
import type { Beat } from '../scenario/schema.ts';
import type { SkillId } from '../skills.ts';

type BeatRange = Partial<Record<SkillId, SkillBounds>>;

/** Per skill in `skills`: the lowest and highest points a response to `beat` can give (0 and 0 when none). */
export function beatRange(skills: readonly SkillId[], beat: Beat): BeatRange {
  const responses = responsePoints(beat, skills);
  const range: BeatRange = {};
  skills.forEach((skill, s) => {
    if (responses.length === 0) {
      range[skill] = { min: 0, max: 0 };
      return;
    }
    range[skill] = { min: Math.min(...responses.map((r) => r.low[s]!)), max: Math.max(...responses.map((r) => r.high[s]!)) };
  });
  return range;
}
