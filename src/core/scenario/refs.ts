// The small helpers over a scenario's references that the engine and the report use at run time.
// Kept apart from schema.ts (which builds zod schemas when loaded) so the browser bundle, which
// receives scenarios already checked at build time, does not carry the validator.
import type { Branch, Next } from './schema.ts';

export const END = 'end';

/** Ordered branches with the plain-id form normalised away. */
export function branchesOf(next: Next): Branch[] {
  return typeof next === 'string' ? [{ goto: next }] : next;
}

/** `rebuts` in either form, as a list. */
export function idsOf(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}
