// The console's data of each answer kind, one per kind of core/answers/registry.ts (a test checks
// that none is missing). ConsoleBeatAnswers is what they add to the console's beat.
import { type ConsoleAnswer, choiceConsole } from './choice.ts';
import { type ConsoleTyped, typedConsole } from './typed.ts';
import type { ConsoleAnswerData } from './types.ts';

export const CONSOLE_ANSWER_DATA: readonly ConsoleAnswerData[] = [choiceConsole, typedConsole];

export type ConsoleBeatAnswers = { answers: ConsoleAnswer[] } & { typed: ConsoleTyped | null };
