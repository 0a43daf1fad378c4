// Everything the room keeps, as queries: one place for the SQL, the same on PGlite and PostgreSQL.
// The database is the only state the server trusts, so a restarted server (or a second process
// behind the Socket.IO adapter) carries on from it: no vote lives only in memory.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { CheckAnswerRow } from '../core/room/classReport.ts';
import type { LiveItemKind } from '../core/live/liveEntries.ts';
import type { CheckPhase } from '../core/room/discernment.ts';
import type { SkillId } from '../core/skills.ts';
import type { Database, Queryable } from './db/sql.ts';
import type { Refusal, SessionTitle, Tally } from './protocol.ts';

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function newJoinCode(): string {
  const bytes = randomBytes(6);
  return [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface SessionRow {
  id: string;
  code: string;
  scenario_id: string | null;
  title: string;
  /** The title per language, when the console gave more than one (null: `title` is the only one). */
  titles: Record<string, string> | null;
  check_phase: CheckPhase | null;
  /** The scenarios played in the session when its first check opened (null: no check yet). */
  check_played: string[] | null;
}

const SESSION_COLUMNS = 'id, code, scenario_id, title, titles, check_phase, check_played';

export interface PlayedScenarioRow {
  scenario_id: string;
  /** A studio library's scenario as the facilitator's browser sent it (null: a bundled one). */
  text: string | null;
}

export interface PollRow {
  id: string;
  session_id: string;
  seq: number;
  beat_id: string;
  kind: 'choice' | 'rating';
  prompt: unknown;
  options: unknown[];
  option_count: number;
  best: number | null;
  trainee_choice: number | null;
  /** Who was at the podium when the question was answered (hot seat); null when no one was named. */
  trainee: string | null;
  closed_at: string | null;
  revealed: boolean;
  /** Published with the best answer marked (the facilitator's reveal setting allowed it). */
  reveal_best: boolean;
  version: number;
}

export interface LiveItemRow {
  session_id: string;
  key: string;
  at: number;
  kind: LiveItemKind;
  ask: string;
  answer: string | null;
  trainee: string | null;
  effects: Partial<Record<SkillId, number>>;
  reason: string;
}

type Result<T> = { ok: true; value: T } | { ok: false; error: Refusal };

export class RoomStore {
  constructor(private readonly db: Database) {}

  async createSession(title: SessionTitle, scenarioId: string | null): Promise<SessionRow> {
    const titles = typeof title === 'string' ? null : title;
    const one = typeof title === 'string' ? title : (title.vi ?? title.en ?? '');
    // A join code is unique among open sessions; retry the rare collision.
    for (let attempt = 0; ; attempt++) {
      const code = newJoinCode();
      try {
        const [row] = await this.db.query<SessionRow>(
          `INSERT INTO room_sessions (id, code, title, titles, scenario_id) VALUES ($1, $2, $3, $4, $5) RETURNING ${SESSION_COLUMNS}`,
          [randomUUID(), code, one, titles === null ? null : JSON.stringify(titles), scenarioId],
        );
        return row!;
      } catch (error) {
        if (attempt >= 5) throw error;
      }
    }
  }

  async session(id: string): Promise<SessionRow | null> {
    const [row] = await this.db.query<SessionRow>(`SELECT ${SESSION_COLUMNS} FROM room_sessions WHERE id = $1`, [id]);
    return row ?? null;
  }

  async sessionByCode(code: string): Promise<SessionRow | null> {
    const [row] = await this.db.query<SessionRow>(`SELECT ${SESSION_COLUMNS} FROM room_sessions WHERE code = $1 AND closed_at IS NULL`, [code]);
    return row ?? null;
  }

  async join(sessionId: string, name: string | null): Promise<{ participantId: string; token: string }> {
    const participantId = randomUUID();
    const token = randomBytes(24).toString('base64url');
    await this.db.query('INSERT INTO participants (id, session_id, name, token_hash) VALUES ($1, $2, $3, $4)', [
      participantId,
      sessionId,
      name === '' ? null : name,
      hashToken(token),
    ]);
    return { participantId, token };
  }

  /** A returning phone: the same participant only with the token it was given. */
  async rejoin(sessionId: string, participantId: string, token: string): Promise<{ name: string | null } | null> {
    const [row] = await this.db.query<{ name: string | null }>(
      'UPDATE participants SET last_seen_at = now() WHERE id = $1 AND session_id = $2 AND token_hash = $3 RETURNING name',
      [participantId, sessionId, hashToken(token)],
    );
    return row ?? null;
  }

  async participantCount(sessionId: string): Promise<number> {
    const [row] = await this.db.query<{ n: number }>('SELECT count(*)::int AS n FROM participants WHERE session_id = $1', [sessionId]);
    return row?.n ?? 0;
  }

  async openPoll(
    sessionId: string,
    poll: { beatId: string; kind: 'choice' | 'rating'; prompt: unknown; options: unknown[]; best: number | null },
  ): Promise<{ poll: PollRow; unpublished: string[] }> {
    return this.db.transaction(async (tx) => {
      // One poll open at a time: opening the next closes the last.
      await tx.query('UPDATE polls SET closed_at = now() WHERE session_id = $1 AND closed_at IS NULL', [sessionId]);
      // The next question is asked: published results leave the projector and the phones.
      const unpublished = await tx.query<{ id: string }>(
        'UPDATE polls SET revealed = false, reveal_best = false WHERE session_id = $1 AND revealed RETURNING id',
        [sessionId],
      );
      const [row] = await tx.query<PollRow>(
        `INSERT INTO polls (id, session_id, seq, beat_id, kind, prompt, options, option_count, best)
         VALUES ($1, $2, (SELECT coalesce(max(seq), 0) + 1 FROM polls WHERE session_id = $2), $3, $4, $5, $6, $7, $8)
         RETURNING *`,
        [
          randomUUID(),
          sessionId,
          poll.beatId,
          poll.kind,
          JSON.stringify(poll.prompt),
          JSON.stringify(poll.options),
          poll.kind === 'rating' ? 5 : poll.options.length,
          poll.best,
        ],
      );
      return { poll: row!, unpublished: unpublished.map((r) => r.id) };
    });
  }

  async openPollOf(sessionId: string): Promise<PollRow | null> {
    const [row] = await this.db.query<PollRow>('SELECT * FROM polls WHERE session_id = $1 AND closed_at IS NULL ORDER BY seq DESC LIMIT 1', [sessionId]);
    return row ?? null;
  }

  async poll(pollId: string, sessionId: string): Promise<PollRow | null> {
    const [row] = await this.db.query<PollRow>('SELECT * FROM polls WHERE id = $1 AND session_id = $2', [pollId, sessionId]);
    return row ?? null;
  }

  async closePoll(pollId: string, sessionId: string, traineeChoice: number | null, trainee: string | null = null): Promise<void> {
    await this.db.query(
      'UPDATE polls SET closed_at = coalesce(closed_at, now()), trainee_choice = $3, trainee = coalesce($4, trainee) WHERE id = $1 AND session_id = $2',
      [pollId, sessionId, traineeChoice, trainee],
    );
  }

  /** A live item the facilitator scored; sent again (a reloaded projector) it changes nothing. */
  async saveLiveItem(sessionId: string, item: Omit<LiveItemRow, 'session_id'>): Promise<void> {
    await this.db.query(
      `INSERT INTO live_items (session_id, key, at, kind, ask, answer, trainee, effects, reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (session_id, key) DO NOTHING`,
      [sessionId, item.key, item.at, item.kind, item.ask, item.answer, item.trainee, JSON.stringify(item.effects), item.reason],
    );
  }

  async liveItems(sessionId: string): Promise<LiveItemRow[]> {
    return this.db.query<LiveItemRow>(
      'SELECT session_id, key, at, kind, ask, answer, trainee, effects, reason FROM live_items WHERE session_id = $1 ORDER BY at, created_at',
      [sessionId],
    );
  }

  /** Publishes one poll's results (taking down any other of the session's); null if there is no such poll. */
  async publish(pollId: string, sessionId: string, best: boolean): Promise<{ poll: PollRow | null; unpublished: string[] }> {
    const rows = await this.db.query<PollRow>(
      `UPDATE polls SET revealed = (id = $1), reveal_best = (id = $1 AND $3::boolean)
       WHERE session_id = $2 AND (revealed OR id = $1) RETURNING *`,
      [pollId, sessionId, best],
    );
    return { poll: rows.find((r) => r.id === pollId) ?? null, unpublished: rows.filter((r) => r.id !== pollId).map((r) => r.id) };
  }

  async unpublish(pollId: string, sessionId: string): Promise<void> {
    await this.db.query('UPDATE polls SET revealed = false, reveal_best = false WHERE id = $1 AND session_id = $2', [pollId, sessionId]);
  }

  /** The session's published results, if any. */
  async published(sessionId: string): Promise<PollRow | null> {
    const [row] = await this.db.query<PollRow>('SELECT * FROM polls WHERE session_id = $1 AND revealed ORDER BY seq DESC LIMIT 1', [sessionId]);
    return row ?? null;
  }

  /** A participant's own vote and rating on a poll. */
  async mine(pollId: string, participantId: string): Promise<{ choice: number | null; stars: number | null }> {
    const [row] = await this.db.query<{ choice: number | null; stars: number | null }>(
      `SELECT (SELECT choice FROM votes WHERE poll_id = $1 AND participant_id = $2) AS choice,
              (SELECT stars FROM ratings WHERE poll_id = $1 AND participant_id = $2) AS stars`,
      [pollId, participantId],
    );
    return { choice: row?.choice ?? null, stars: row?.stars ?? null };
  }

  /**
   * One vote per participant per poll: sent again it replaces the earlier choice (while the poll is
   * open) and is never counted twice. The poll's version moves only when something changed.
   */
  async vote(sessionId: string, participantId: string, pollId: string, choice: number): Promise<Result<{ changed: boolean; version: number }>> {
    // One statement, so one round trip and one commit per vote: a hall of phones votes within a
    // few seconds, and the embedded database runs one statement at a time. The poll row is locked
    // so that concurrent votes on it take their turn and each bumps the version once.
    const [row] = await this.db.query<{ option_count: number | null; version: number | null; bumped: number | null }>(
      `WITH poll AS (
         SELECT option_count, version FROM polls
         WHERE id = $1 AND session_id = $2 AND closed_at IS NULL AND kind = 'choice'
         FOR UPDATE
       ),
       ins AS (
         INSERT INTO votes (poll_id, participant_id, choice)
         SELECT $1, $3, $4 FROM poll
         WHERE $4 < poll.option_count
           AND NOT EXISTS (SELECT 1 FROM votes WHERE poll_id = $1 AND participant_id = $3 AND choice = $4)
         ON CONFLICT (poll_id, participant_id) DO UPDATE SET choice = EXCLUDED.choice, updated_at = now()
         RETURNING 1
       ),
       bump AS (
         UPDATE polls SET version = version + 1 WHERE id = $1 AND EXISTS (SELECT 1 FROM ins) RETURNING version
       )
       SELECT (SELECT option_count FROM poll) AS option_count, (SELECT version FROM poll) AS version, (SELECT version FROM bump) AS bumped`,
      [pollId, sessionId, participantId, choice],
    );
    if (!row || row.option_count === null) return { ok: false, error: 'poll-closed' };
    if (choice >= row.option_count) return { ok: false, error: 'choice-out-of-range' };
    return row.bumped === null
      ? { ok: true, value: { changed: false, version: row.version ?? 0 } }
      : { ok: true, value: { changed: true, version: row.bumped } };
  }

  async rate(sessionId: string, participantId: string, pollId: string, stars: number, skill: SkillId | null): Promise<Result<{ changed: boolean }>> {
    return this.db.transaction(async (tx) => {
      const poll = await lockOpenPoll(tx, pollId, sessionId);
      if (!poll.ok) return poll;
      if (poll.value.kind !== 'rating') return { ok: false, error: 'invalid' };
      await tx.query(
        `INSERT INTO ratings (poll_id, participant_id, stars, skill) VALUES ($1, $2, $3, $4)
         ON CONFLICT (poll_id, participant_id) DO UPDATE SET stars = EXCLUDED.stars, skill = EXCLUDED.skill, updated_at = now()`,
        [pollId, participantId, stars, skill],
      );
      await tx.query('UPDATE polls SET version = version + 1 WHERE id = $1', [pollId]);
      return { ok: true, value: { changed: true } };
    });
  }

  async tally(pollId: string): Promise<Tally | null> {
    const [poll] = await this.db.query<{ kind: string; option_count: number; version: number }>('SELECT kind, option_count, version FROM polls WHERE id = $1', [
      pollId,
    ]);
    if (!poll) return null;
    if (poll.kind === 'rating') {
      const rows = await this.db.query<{ stars: number; skill: string | null; n: number }>(
        'SELECT stars, skill, count(*)::int AS n FROM ratings WHERE poll_id = $1 GROUP BY stars, skill',
        [pollId],
      );
      const stars = [0, 0, 0, 0, 0];
      const skills: Record<string, number> = {};
      for (const r of rows) {
        stars[r.stars - 1]! += r.n;
        if (r.skill) skills[r.skill] = (skills[r.skill] ?? 0) + r.n;
      }
      const total = stars.reduce((a, b) => a + b, 0);
      return { pollId, version: poll.version, counts: [], total, stars, skills };
    }
    const rows = await this.db.query<{ choice: number; n: number }>('SELECT choice, count(*)::int AS n FROM votes WHERE poll_id = $1 GROUP BY choice', [
      pollId,
    ]);
    const counts = Array.from({ length: poll.option_count }, () => 0);
    for (const r of rows) if (r.choice < counts.length) counts[r.choice] = r.n;
    return { pollId, version: poll.version, counts, total: counts.reduce((a, b) => a + b, 0) };
  }

  async polls(sessionId: string): Promise<PollRow[]> {
    return this.db.query<PollRow>('SELECT * FROM polls WHERE session_id = $1 ORDER BY seq', [sessionId]);
  }

  async ask(sessionId: string, participantId: string, text: string): Promise<{ id: string; text: string; name: string | null }> {
    const id = randomUUID();
    const [row] = await this.db.query<{ name: string | null }>(
      `WITH q AS (INSERT INTO room_questions (id, session_id, participant_id, text) VALUES ($1, $2, $3, $4))
       SELECT name FROM participants WHERE id = $3`,
      [id, sessionId, participantId, text],
    );
    return { id, text, name: row?.name ?? null };
  }

  async questions(sessionId: string): Promise<{ id: string; text: string; name: string | null; picked: boolean }[]> {
    return this.db.query(
      `SELECT q.id, q.text, p.name, q.picked_at IS NOT NULL AS picked FROM room_questions q JOIN participants p ON p.id = q.participant_id
       WHERE q.session_id = $1 ORDER BY q.created_at`,
      [sessionId],
    );
  }

  async pickQuestion(sessionId: string, questionId: string): Promise<{ id: string; text: string } | null> {
    const [row] = await this.db.query<{ id: string; text: string }>(
      'UPDATE room_questions SET picked_at = coalesce(picked_at, now()) WHERE id = $1 AND session_id = $2 RETURNING id, text',
      [questionId, sessionId],
    );
    return row ?? null;
  }

  async setCheckPhase(sessionId: string, phase: CheckPhase | null): Promise<void> {
    // The first check to open fixes which scenarios its items leave out, for both phases.
    await this.db.query(
      `UPDATE room_sessions SET check_phase = $2,
         check_played = CASE WHEN $2::text IS NULL OR check_played IS NOT NULL THEN check_played
           ELSE (SELECT coalesce(jsonb_agg(scenario_id ORDER BY scenario_id), '[]'::jsonb) FROM session_scenarios WHERE session_id = $1) END
       WHERE id = $1`,
      [sessionId, phase],
    );
  }

  /** A scenario played in the session (with its text when the server does not have it); sent again it keeps the newest text. */
  async playScenario(sessionId: string, scenarioId: string, text: string | null): Promise<void> {
    await this.db.query(
      `INSERT INTO session_scenarios (session_id, scenario_id, text) VALUES ($1, $2, $3)
       ON CONFLICT (session_id, scenario_id) DO UPDATE SET text = coalesce(EXCLUDED.text, session_scenarios.text)`,
      [sessionId, scenarioId, text],
    );
  }

  async playedScenarios(sessionId: string): Promise<PlayedScenarioRow[]> {
    return this.db.query<PlayedScenarioRow>('SELECT scenario_id, text FROM session_scenarios WHERE session_id = $1 ORDER BY scenario_id', [sessionId]);
  }

  /** An answer to a check item, once: sent again it changes nothing. */
  async checkAnswer(row: {
    sessionId: string;
    participantId: string;
    phase: CheckPhase;
    itemId: string;
    form: string;
    skill: SkillId;
    correct: boolean;
    flawCorrect: boolean;
  }): Promise<void> {
    await this.db.query(
      `INSERT INTO check_answers (session_id, participant_id, phase, item_id, form, skill, correct, flaw_correct)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
      [row.sessionId, row.participantId, row.phase, row.itemId, row.form, row.skill, row.correct, row.flawCorrect],
    );
  }

  async answeredItems(sessionId: string, participantId: string, phase: CheckPhase): Promise<string[]> {
    const rows = await this.db.query<{ item_id: string }>('SELECT item_id FROM check_answers WHERE session_id = $1 AND participant_id = $2 AND phase = $3', [
      sessionId,
      participantId,
      phase,
    ]);
    return rows.map((r) => r.item_id);
  }

  async checkRows(sessionId: string): Promise<CheckAnswerRow[]> {
    const rows = await this.db.query<{ participant_id: string; phase: CheckPhase; skill: SkillId; correct: boolean; flaw_correct: boolean }>(
      'SELECT participant_id, phase, skill, correct, flaw_correct FROM check_answers WHERE session_id = $1',
      [sessionId],
    );
    return rows.map((r) => ({ participantId: r.participant_id, phase: r.phase, skill: r.skill, correct: r.correct, flawCorrect: r.flaw_correct }));
  }

  async participants(sessionId: string): Promise<{ id: string; name: string | null }[]> {
    return this.db.query('SELECT id, name FROM participants WHERE session_id = $1 ORDER BY joined_at', [sessionId]);
  }

  async votes(sessionId: string): Promise<{ participant_id: string; poll_id: string; choice: number }[]> {
    return this.db.query('SELECT v.participant_id, v.poll_id, v.choice FROM votes v JOIN polls p ON p.id = v.poll_id WHERE p.session_id = $1', [sessionId]);
  }

  async saveRecord(sessionId: string, trainee: string, record: unknown): Promise<string> {
    const id = randomUUID();
    await this.db.query('INSERT INTO drill_records (id, session_id, trainee, record) VALUES ($1, $2, $3, $4)', [
      id,
      sessionId,
      trainee,
      JSON.stringify(record),
    ]);
    return id;
  }
}

async function lockOpenPoll(tx: Queryable, pollId: string, sessionId: string): Promise<Result<PollRow>> {
  const [poll] = await tx.query<PollRow>('SELECT * FROM polls WHERE id = $1 AND session_id = $2 FOR UPDATE', [pollId, sessionId]);
  if (!poll || poll.closed_at !== null) return { ok: false, error: 'poll-closed' };
  return { ok: true, value: poll };
}
