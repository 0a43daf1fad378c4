// Every choice answer should teach something: a score that moves, and a feedback text that says
// why. Only what looks forgotten is reported: an answer that writes no effects at all (explicit
// zeros, like { composure: 0 }, mark a neutral answer on purpose), and an answer without feedback
// in a scenario whose other answers have some (a draft with no feedback at all is left alone).
import type { CheckContext } from '../../scenario/checkContext.ts';

function written(raw: unknown, path: readonly (string | number)[]): Record<string, unknown> | undefined {
  let value = raw;
  for (const key of path) value = (value as Record<string | number, unknown> | undefined)?.[key];
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
}

export function checkAnswers(ctx: CheckContext, raw: unknown): void {
  const beats = Object.entries(ctx.scenario.beats);
  const withFeedback = beats.some(([, beat]) => beat.answers?.some((a) => a.feedback !== undefined));
  for (const [id, beat] of beats) {
    beat.answers?.forEach((answer, i) => {
      const path = ['beats', id, 'answers', i];
      const effects = written(raw, [...path, 'effects']);
      // Rebutting a rumour is an effect of its own (the rumour stops spreading).
      if ((effects === undefined || Object.keys(effects).length === 0) && answer.rebuts === undefined) {
        ctx.say('answer-without-effects', effects === undefined ? path : [...path, 'effects'], { place: ctx.name(path) });
      }
      if (withFeedback && answer.feedback === undefined && answer.critical_reason === undefined) {
        ctx.say('answer-without-feedback', path, { place: ctx.name(path) });
      }
    });
  }
}
