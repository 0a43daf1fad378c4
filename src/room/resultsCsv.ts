// The class results as spreadsheets: one row per participant (their votes against the best
// answers, their before/after check) and one row per question the room voted on, then one per
// live item the room did not rate — each naming the trainee at the podium who answered it (hot
// seat) and, for a live item, the facilitator's points and reason. Nothing personal beyond the
// name a participant gave (or "anonymous" and a short id); cells that could start a formula are
// neutralised by the records' CSV writer. Columns are only ever appended (docs/room.md).
import { summarise, type CheckAnswerRow } from '../core/room/classReport.ts';
import { SKILL_IDS } from '../core/skills.ts';
import { resolveText } from '../i18n/resolveText.ts';
import { toCsv } from '../records/csv.ts';
import type { LiveItemRow, PollRow } from './roomStore.ts';
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

export const POLL_COLUMNS = [
  'question',
  'beat',
  'kind',
  'votes',
  'counts_by_option',
  'best_option',
  'trainee_option',
  'best_share_percent',
  'mean_stars',
  'trainee',
  'question_text',
  'live_kind',
  'live_answer',
  'live_points',
  'live_reason',
] as const;

/** The rating poll the room gave a live item has the item's words as its prompt (console's "let the room rate"). */
const sameWords = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/** "composure +2; accuracy -1": skill first (a cell starting with + or - would be neutralised as a formula). */
function pointsCell(effects: LiveItemRow['effects']): string {
  return SKILL_IDS.filter((k) => (effects[k] ?? 0) !== 0)
    .map((k) => `${k} ${effects[k]! > 0 ? '+' : ''}${effects[k]}`)
    .join('; ');
}

function liveCells(item: LiveItemRow | undefined): (string | null)[] {
  return item ? [item.kind, item.answer, pointsCell(item.effects), item.reason] : [null, null, null, null];
}

export function pollsCsv(polls: readonly PollRow[], tallies: readonly (Tally | null)[], liveItems: readonly LiveItemRow[] = [], lang = 'vi'): string {
  const unrated = [...liveItems];
  const rows = polls.map((p, i) => {
    const prompt = resolveText(p.prompt as Parameters<typeof resolveText>[0], lang);
    const at = p.beat_id === 'live' ? unrated.findIndex((item) => sameWords(item.ask, prompt)) : -1;
    const item = at >= 0 ? unrated.splice(at, 1)[0] : undefined;
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
      item ? item.trainee : p.trainee,
      prompt,
      ...liveCells(item),
    ];
  });
  // Live items the room did not rate: who answered, what, and how the facilitator scored it.
  for (const item of unrated) rows.push([null, 'live', 'live', 0, null, null, null, null, null, item.trainee, item.ask, ...liveCells(item)]);
  return toCsv(POLL_COLUMNS, rows);
}
