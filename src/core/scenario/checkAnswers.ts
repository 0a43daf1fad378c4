// Every choice answer should teach something: a score that moves, and a feedback text that says
// why. Only what looks forgotten is reported: an answer that writes no effects at all (explicit
// zeros, like { composure: 0 }, mark a neutral answer on purpose), and an answer without feedback
// in a scenario whose other answers have some (a draft with no feedback at all is left alone).
import type { CheckContext } from './checkContext.ts';

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
        ctx.report(
          'answer-without-effects',
          effects === undefined ? path : [...path, 'effects'],
          `${ctx.name(path)} changes no score: the results would not show whether it was a good or a bad choice. Give it "effects" (−1 or +1 on a skill is enough); if it is meant to be neutral, say so with a 0, like effects: { composure: 0 }`,
        );
      }
      if (withFeedback && answer.feedback === undefined && answer.critical_reason === undefined) {
        ctx.report(
          'answer-without-feedback',
          path,
          `${ctx.name(path)} has no "feedback", unlike the other answers: the debrief would show its points without saying why. Add a feedback text, in every language, that says what was good or bad about it`,
        );
      }
    });
  }
}
