// The class results as spreadsheets: one row per participant (their votes against the best
// answers, their before/after check) and one row per question the room voted on. Nothing
// personal beyond the name a participant gave (or "anonymous" and a short id); cells that could
// start a formula are neutralised by the records' CSV writer.
import { summarise, type CheckAnswerRow } from '../core/room/classReport.ts';
import { toCsv } from '../records/csv.ts';
import type { PollRow } from './roomStore.ts';
import type { Tally } from './protocol.ts';

export interface VoteRow {
  participant_id: string;
  poll_id: string;
  choice: number;
}

const round = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

export function participantsCsv(
  participants: readonly { id: string; name: string | null }[],
  polls: readonly PollRow[],
  votes: readonly VoteRow[],
  checks: readonly CheckAnswerRow[],
): string {
  const best = new Map(polls.filter((p) => p.kind === 'choice' && p.best !== null).map((p) => [p.id, p.best!]));
  const rows = participants.map((p) => {
    const mine = votes.filter((v) => v.participant_id === p.id);
    const judged = mine.filter((v) => best.has(v.poll_id));
    const right = judged.filter((v) => best.get(v.poll_id) === v.choice).length;
    const check = summarise(checks.filter((c) => c.participantId === p.id));
    return [
      p.name ?? `anonymous-${p.id.slice(0, 6)}`,
      mine.length,
      right,
      judged.length === 0 ? null : round((100 * right) / judged.length),
      round(check.before),
      round(check.after),
      check.before !== null && check.after !== null ? round(check.after - check.before) : null,
    ];
  });
  return toCsv(['participant', 'votes', 'votes_for_best', 'best_share_percent', 'check_before_percent', 'check_after_percent', 'check_change'], rows);
}

export function pollsCsv(polls: readonly PollRow[], tallies: readonly (Tally | null)[]): string {
  const rows = polls.map((p, i) => {
    const t = tallies[i];
    const total = t?.total ?? 0;
    const meanStars = t?.stars && total > 0 ? round(t.stars.reduce((a, n, k) => a + n * (k + 1), 0) / total) : null;
    return [
      p.seq,
      p.beat_id,
      p.kind,
      total,
      p.kind === 'choice' ? (t?.counts ?? []).join(' / ') : null,
      p.best === null ? null : p.best + 1,
      p.trainee_choice === null ? null : p.trainee_choice + 1,
      p.best === null || total === 0 ? null : round((100 * (t?.counts[p.best] ?? 0)) / total),
      meanStars,
    ];
  });
  return toCsv(['question', 'beat', 'kind', 'votes', 'counts_by_option', 'best_option', 'trainee_option', 'best_share_percent', 'mean_stars'], rows);
}
