// The console's view of a choice beat: each answer where the projector shows it, with its effects,
// feedback, whether it is the best one or a critical error, and where it leads.
import { choiceKind } from '../../../core/answers/choice/kind.ts';
import { bestChoiceOf } from '../../../core/report/bestAnswer.ts';
import { resolveText } from '../../../i18n/resolveText.ts';
import type { ConsoleAnswerData, NextStep } from './types.ts';

export interface ConsoleAnswer {
  /** 1-based, as shown on the projector (shuffled per drill). */
  position: number;
  text: string;
  effects: Record<string, number>;
  feedback: string;
  best: boolean;
  critical: boolean;
  next: NextStep[];
}

export function effectsOf(e: Record<string, number> | undefined): Record<string, number> {
  return Object.fromEntries(Object.entries(e ?? {}).filter(([, v]) => v !== 0));
}

export const choiceConsole: ConsoleAnswerData = {
  kind: 'choice',
  beat({ checked, view, beat, lang, steps }): { answers: ConsoleAnswer[] } {
    const best = bestChoiceOf(checked.scenario, beat);
    return {
      answers: view.answers.map((a, i) => {
        const authored = beat.answers![a.index]!;
        return {
          position: i + 1,
          text: resolveText(authored.text, lang),
          effects: effectsOf(authored.effects),
          feedback: resolveText(authored.feedback, lang),
          best: best?.answerIndex === a.index,
          critical: authored.critical === true,
          next: steps(authored.next),
        };
      }),
    };
  },
  turn: (beat, turn, lang) =>
    turn.response.kind === 'choice' ? { kind: choiceKind.label, answer: resolveText(beat?.answers?.[turn.response.answerIndex]?.text, lang) } : null,
};
