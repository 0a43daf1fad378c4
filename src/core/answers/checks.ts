// What the checker asks of each answer kind's own part of a beat, one entry per kind of
// registry.ts (a test checks that none is missing). Kept apart from the registry because checks
// are the checker's (full zod, the YAML positions), never the browser's engine.
import type { CheckContext } from '../scenario/checkContext.ts';
import type { GraphFacts } from '../scenario/checkGraph.ts';
import { checkAnswers } from './choice/checkAnswers.ts';
import { checkReading } from './choice/checkReading.ts';
import { checkRubrics } from './typed/checkRubric.ts';

export interface AnswerChecks {
  /** The kind it checks (registry.ts). */
  kind: string;
  /** `raw` is the file's value before defaults were filled in (what the author actually wrote). */
  check(ctx: CheckContext, facts: GraphFacts, raw: unknown): void;
}

export const ANSWER_CHECKS: readonly AnswerChecks[] = [
  {
    kind: 'choice',
    check(ctx, facts, raw) {
      checkAnswers(ctx, raw);
      checkReading(ctx, facts);
    },
  },
  { kind: 'typed', check: (ctx) => checkRubrics(ctx) },
];
