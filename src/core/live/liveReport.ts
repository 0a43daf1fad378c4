// What a live drill's facilitator added, for the debrief and the printed report: the live items
// with their points and reasons, the notes, and who sat at the podium when. Null for a drill
// without any (every drill before live mode).
import type { LogEntry } from '../session/types.ts';
import { seatedAt, seatsOf, type Seat } from './hotSeat.ts';
import type { LiveItemKind } from './liveEntries.ts';
import { clampPoints } from './liveScore.ts';

export interface LiveReport {
  items: { at: number; kind: LiveItemKind; ask: string; reason: string; points: Record<string, number>; trainee: string | null; answer?: string }[];
  notes: { at: number; text: string }[];
  seats: Seat[];
}

export function liveReportOf(log: readonly LogEntry[], skills: readonly string[]): LiveReport | null {
  const seats = seatsOf(log);
  const items: LiveReport['items'] = [];
  const notes: LiveReport['notes'] = [];
  for (const e of log) {
    if (e.type === 'note') notes.push({ at: e.at, text: e.text });
    if (e.type !== 'live') continue;
    const points: Record<string, number> = {};
    for (const [skill, p] of Object.entries(e.effects)) if (skills.includes(skill) && clampPoints(p ?? 0) !== 0) points[skill] = clampPoints(p ?? 0);
    items.push({
      at: e.at,
      kind: e.kind,
      ask: e.ask,
      reason: e.reason,
      points,
      trainee: seats.length ? seatedAt(seats, e.at) : null,
      ...(e.answer ? { answer: e.answer } : {}),
    });
  }
  return items.length || notes.length || seats.length ? { items, notes, seats } : null;
}
