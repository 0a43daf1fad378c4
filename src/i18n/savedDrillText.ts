// Why a saved drill did not open, in the interface language: a SavedDrillError's code worded from
// locales/*/savedDrill.json; anything else as its message.
import { SavedDrillError } from '../core/session/migrations/index.ts';
import type { Translate } from './saidText.ts';

export function savedDrillText(error: unknown, t: Translate): string {
  if (error instanceof SavedDrillError) {
    const { code, ...values } = error.problem;
    const where = 'where' in values && values.where === '' ? { ...values, where: t('savedDrill:topLevel') } : values;
    return t(`savedDrill:${code}`, where);
  }
  if (typeof error === 'string') return error;
  return (error as Error | null)?.message ?? String(error);
}
