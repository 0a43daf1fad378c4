// The hot seat's whole roster for the console, in the roster's order: who is at the podium now, who
// goes up next, and each trainee's card so far (none before their first question). The console
// reads it from the view's roster and drill, so a facilitator sees the order before anyone has been up.
import { nextOnRoster } from '../../core/live/hotSeat.ts';
import type { ConsoleDrill } from './consoleView.ts';

export interface RosterRow {
  trainee: string;
  /** At the podium now, next up, or neither. */
  at: 'podium' | 'next' | null;
  /** Questions faced so far (answers, silences, live items). */
  questions: number;
  /** Their overall on the questions they faced; null before the first. */
  overall: number | null;
}

export function consoleRoster(roster: readonly string[], drill: Pick<ConsoleDrill, 'seat' | 'cards'> | null): RosterRow[] {
  const cards = drill?.cards ?? [];
  // Before the first seat is taken, the first on the roster goes up (the hot seat's rule).
  const seat = drill?.seat ?? roster[0] ?? null;
  const next = roster.length > 1 ? nextOnRoster(roster, seat) : null;
  // Someone credited with answers who is not on the roster (kept from the log) still has a row, last.
  const names = [...roster, ...cards.map((c) => c.trainee).filter((name) => !roster.includes(name))];
  return names.map((trainee) => {
    const card = cards.find((c) => c.trainee === trainee);
    const questions = card?.questions ?? 0;
    return {
      trainee,
      at: trainee === seat ? 'podium' : trainee === next ? 'next' : null,
      questions,
      overall: card && questions > 0 ? card.overall : null,
    };
  });
}
