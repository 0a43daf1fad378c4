// The console's view of a typed beat: its rubric lines (what earns or costs points), the model
// answer and where it leads; the trainee's draft has its own panel.
import { typedKind } from '../../../core/answers/typed/kind.ts';
import { resolveText } from '../../../i18n/resolveText.ts';
import type { ConsoleAnswerData, NextStep } from './types.ts';

export interface ConsoleTyped {
  lines: { skill: string; points: number; phrases: string[] }[];
  model: string;
  next: NextStep[];
}

export const typedConsole: ConsoleAnswerData = {
  kind: 'typed',
  beat({ beat, lang, steps }): { typed: ConsoleTyped | null } {
    const free = beat.free_text;
    return {
      typed: free
        ? {
            lines: free.rubric.map((l) => ({ skill: l.skill, points: l.points, phrases: 'any' in l ? l.any : l.all })),
            model: resolveText(free.model_answer, lang),
            next: steps(free.next),
          }
        : null,
    };
  },
  turn: (_beat, turn) => (turn.response.kind === 'text' ? { kind: typedKind.label, answer: turn.response.text } : null),
};
