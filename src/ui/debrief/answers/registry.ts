// The debrief's view of each answer kind, one per kind of core/answers/registry.ts (a test checks
// that none is missing).
import { choiceDebrief } from './choice.ts';
import { typedDebrief } from './typed.ts';
import type { DebriefAnswerView } from './types.ts';

export const DEBRIEF_ANSWER_VIEWS: readonly DebriefAnswerView[] = [choiceDebrief, typedDebrief];
