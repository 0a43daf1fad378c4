// The console's drawing of each answer kind, one per kind of core/answers/registry.ts (a test
// checks that none is missing), in the registry's order.
import { choiceConsoleView } from './choice.ts';
import { typedConsoleView } from './typed.ts';
import type { ConsoleAnswerView } from './types.ts';

export const CONSOLE_ANSWER_VIEWS: readonly ConsoleAnswerView[] = [choiceConsoleView, typedConsoleView];
