// The room server: the built app and the phones' page over HTTP, and one Socket.IO channel for the
// console, the projector and the phones. Every message is validated (protocol.ts) and rate-limited
// before it reaches the database (roomStore.ts); the database is the only state, so a restart or a
// second process behind the PostgreSQL adapter changes nothing a participant sees.
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdapter } from '@socket.io/postgres-adapter';
import QRCode from 'qrcode';
import sirv from 'sirv';
import { Server, type Socket } from 'socket.io';
import type { z } from 'zod';
import { buildForms, deliver, type DiscernmentItem, type FormId } from '../core/room/discernment.ts';
import { classReport } from '../core/room/classReport.ts';
import type { CheckedScenario } from '../core/scenario/checked.ts';
import { loadScenario } from '../core/scenario/load.ts';
import type { Database } from './db/sql.ts';
import { Auth, FacilitatorMessages, ParticipantMessages, type Ack, type PublishedPoll, type Refusal, type Tally, type UnpublishedPoll } from './protocol.ts';
import { publishPlan } from './publishing.ts';
import { TokenBucket } from './rateLimit.ts';
import { participantsCsv, pollsCsv } from './resultsCsv.ts';
import { RoomStore, type PollRow, type SessionRow } from './roomStore.ts';

/** A studio library's scenario sent by the facilitator's browser: the checker's own limit is 1 MiB of text. */
const MAX_SCENARIO_BYTES = 4 * 1024 * 1024;

export interface RoomServerOptions {
  db: Database;
  facilitatorKey: string;
  scenarios: readonly CheckedScenario[];
  /** The built app (dist/); null serves only the channel and the QR code. */
  staticDir: string | null;
  /** Share rooms with other server processes through PostgreSQL (needs a postgres database). */
  scaleOut?: boolean;
  /** At most one tally per poll per this many ms is sent to the console. */
  tallyEveryMs?: number;
  /** The address phones use to reach this server, for the join link and the QR code. */
  publicUrl?: () => string;
}

export interface RoomServer {
  http: HttpServer;
  io: Server;
  store: RoomStore;
  listen(port: number, host: string): Promise<AddressInfo>;
  close(): Promise<void>;
}

interface SocketData {
  role: 'participant' | 'facilitator' | 'projector';
  sessionId: string | null;
  participantId: string | null;
  bucket: TokenBucket;
}

type PodiumSocket = Socket<Record<string, (...args: never[]) => void>, Record<string, (...args: never[]) => void>, Record<string, never>, SocketData>;

/**
 * Published results as the room gets them. The best answer is marked only when it was published
 * with it and the poll is closed (the trainee answered): publishing.ts decides, this checks again.
 */
function publishedOf(poll: PollRow, tally: Tally): PublishedPoll {
  const answered = poll.closed_at !== null;
  return {
    pollId: poll.id,
    revealed: true,
    seq: poll.seq,
    kind: poll.kind,
    prompt: poll.prompt,
    options: poll.options,
    tally,
    best: answered && poll.reveal_best ? poll.best : null,
    traineeChoice: answered ? poll.trainee_choice : null,
  };
}

const digest = (s: string) => createHash('sha256').update(s).digest();

function keyMatches(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

function isLoopback(req: IncomingMessage): boolean {
  const a = req.socket.remoteAddress ?? '';
  return a === '127.0.0.1' || a === '::1' || a === '::ffff:127.0.0.1';
}

export async function createRoomServer(options: RoomServerOptions): Promise<RoomServer> {
  const store = new RoomStore(options.db);
  const tallyEveryMs = options.tallyEveryMs ?? 40;
  const serveStatic = options.staticDir ? sirv(options.staticDir, { etag: true, gzip: false }) : null;
  let publicUrl = options.publicUrl ?? (() => '');

  const http = createServer((req, res) => void handleHttp(req, res));
  const io = new Server(http, { maxHttpBufferSize: 64 * 1024, serveClient: false, cors: { origin: false } });
  if (options.scaleOut) {
    const pool = options.db.pool;
    if (!pool) throw new Error('Sharing rooms between server processes needs a PostgreSQL database (PODIUM_DATABASE_URL).');
    await pool.query(`CREATE TABLE IF NOT EXISTS socket_io_attachments (id bigserial UNIQUE, created_at timestamptz DEFAULT NOW(), payload bytea)`);
    io.adapter(createAdapter(pool));
  }

  async function handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/room/key') {
      // Only the laptop that runs the server may read the facilitator key.
      if (!isLoopback(req)) return void res.writeHead(403).end();
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      return void res.end(JSON.stringify({ key: options.facilitatorKey, publicUrl: publicUrl() }));
    }
    if (url.pathname === '/room/scenario' && req.method === 'POST') {
      return receiveScenario(req, res, url).catch(() => {
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    }
    if (url.pathname === '/room/qr.svg') {
      const code = url.searchParams.get('code') ?? '';
      if (!/^[A-HJ-NP-Z2-9]{6}$/.test(code)) return void res.writeHead(400).end();
      const svg = await QRCode.toString(`${publicUrl()}/phone.html?code=${code}`, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
      res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'no-store' });
      return void res.end(svg);
    }
    if (serveStatic) return serveStatic(req, res, () => void res.writeHead(404).end());
    res.writeHead(404).end();
  }

  /**
   * A scenario from the facilitator's studio library, played in a session: its text (YAML, or the
   * checked scenario as JSON) is checked again here — nothing the browser says about it is trusted —
   * and kept with the session, so the before/after check leaves its questions out.
   */
  async function receiveScenario(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const reply = (status: number, body: object) => {
      res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify(body));
    };
    const key = req.headers['x-podium-key'];
    if (typeof key !== 'string' || !keyMatches(key, options.facilitatorKey)) return reply(403, { ok: false, error: 'forbidden' });
    const session = await store.session(url.searchParams.get('session') ?? '').catch(() => null);
    if (!session) return reply(404, { ok: false, error: 'unknown-session' });
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_SCENARIO_BYTES) return reply(413, { ok: false, error: 'invalid' });
      chunks.push(chunk as Buffer);
    }
    const { checked, diagnostics } = loadScenario(Buffer.concat(chunks).toString('utf8'), 'studio-library.json');
    if (!checked) return reply(422, { ok: false, error: 'invalid', problems: diagnostics.filter((d) => d.severity === 'error').length });
    const id = checked.scenario.id;
    const bundled = options.scenarios.some((c) => c.scenario.id === id);
    await store.playScenario(session.id, id, bundled ? null : Buffer.concat(chunks).toString('utf8'));
    return reply(200, { ok: true, scenarioId: id });
  }

  // ---- tallies: computed from the database, at most one per poll per tallyEveryMs -------------
  const pendingTallies = new Map<string, { sessionId: string; timer: NodeJS.Timeout }>();
  function scheduleTally(sessionId: string, pollId: string): void {
    if (pendingTallies.has(pollId)) return;
    const timer = setTimeout(async () => {
      pendingTallies.delete(pollId);
      try {
        const tally = await store.tally(pollId);
        if (!tally) return;
        io.to(`fac:${sessionId}`).emit('tally', tally);
        // Published results follow the votes still coming in (a rating the room is still giving).
        const poll = await store.poll(pollId, sessionId);
        if (poll?.revealed) io.to([`proj:${sessionId}`, `s:${sessionId}`]).emit('tally', tally);
      } catch {
        // The next vote schedules another tally; a console also asks for results on demand.
      }
    }, tallyEveryMs);
    pendingTallies.set(pollId, { sessionId, timer });
  }

  // The check leaves out every scenario played in the session (as fixed when its first check
  // opened): bundled ones by id, a studio library's by its questions (a copy keeps them).
  const formsByPlayed = new Map<string, Record<FormId, DiscernmentItem[]>>();
  async function formsFor(session: SessionRow): Promise<Record<FormId, DiscernmentItem[]>> {
    const frozen = session.check_played;
    const rows = (await store.playedScenarios(session.id)).filter((r) => frozen === null || frozen.includes(r.scenario_id));
    const played = [...new Set([...(session.scenario_id ? [session.scenario_id] : []), ...rows.map((r) => r.scenario_id)])];
    const texts = rows.flatMap((r) => (r.text === null ? [] : [r.text]));
    const key = JSON.stringify([played, texts.map((t) => createHash('sha256').update(t).digest('hex'))]);
    let forms = formsByPlayed.get(key);
    if (!forms) {
      const seen = texts.flatMap((t) => loadScenario(t, 'studio-library.json').checked ?? []);
      forms = buildForms(options.scenarios, played, seen);
      if (formsByPlayed.size > 500) formsByPlayed.clear();
      formsByPlayed.set(key, forms);
    }
    return forms;
  }

  // ---- who is connecting ---------------------------------------------------------------------
  io.use(async (socket: PodiumSocket, next) => {
    const auth = Auth.safeParse(socket.handshake.auth);
    if (!auth.success) return next(new Error('invalid'));
    const data: SocketData = { role: 'participant', sessionId: null, participantId: null, bucket: new TokenBucket(20, 10, Date.now()) };
    if (auth.data.role === 'participant') {
      const session = await store.sessionByCode(auth.data.code).catch(() => null);
      if (!session) return next(new Error('unknown-session'));
      data.sessionId = session.id;
      if (auth.data.participantId && auth.data.token) {
        const back = await store.rejoin(session.id, auth.data.participantId, auth.data.token);
        if (back) data.participantId = auth.data.participantId;
      }
    } else {
      if (!keyMatches(auth.data.key, options.facilitatorKey)) return next(new Error('forbidden'));
      data.role = auth.data.role;
    }
    socket.data = data;
    next();
  });

  io.on('connection', (socket: PodiumSocket) => {
    const data = socket.data;
    if (data.role === 'participant') {
      void socket.join(`s:${data.sessionId}`);
      participantHandlers(socket);
    } else {
      facilitatorHandlers(socket);
    }
  });

  /** Wraps a handler: rate limit, schema validation, a refusal code instead of an exception. */
  function on<S extends z.ZodType, R extends object>(socket: PodiumSocket, event: string, schema: S, handler: (msg: z.infer<S>) => Promise<Ack<R>>): void {
    socket.on(event, async (raw: unknown, ack?: unknown) => {
      const reply = typeof ack === 'function' ? (ack as (a: Ack<R>) => void) : () => {};
      if (!socket.data.bucket.take(Date.now())) return reply({ ok: false, error: 'rate-limited' });
      const msg = schema.safeParse(raw);
      if (!msg.success) return reply({ ok: false, error: 'invalid' });
      try {
        reply(await handler(msg.data));
      } catch {
        reply({ ok: false, error: 'server-error' });
      }
    });
  }

  const refuse = (error: Refusal) => ({ ok: false as const, error });

  function participantHandlers(socket: PodiumSocket): void {
    const d = socket.data;
    const sessionId = d.sessionId!;
    const joined = () => d.participantId;

    on(socket, 'join', ParticipantMessages.join, async ({ name }) => {
      if (d.participantId) return { ok: true, participantId: d.participantId, token: null as string | null };
      const { participantId, token } = await store.join(sessionId, name);
      d.participantId = participantId;
      io.to(`fac:${sessionId}`).emit('participants', { count: await store.participantCount(sessionId) });
      return { ok: true, participantId, token: token as string | null };
    });

    on(socket, 'state', ParticipantMessages.join.partial().strict(), async () => {
      const session = await store.session(sessionId);
      const poll = await store.openPollOf(sessionId);
      const shown = await store.published(sessionId);
      const tally = shown ? await store.tally(shown.id) : null;
      const pid = joined();
      return {
        ok: true,
        joined: joined() !== null,
        // Every language's title: the phone shows its own (and the other when its own is missing).
        title: session?.titles ?? session?.title ?? '',
        checkPhase: session?.check_phase ?? null,
        poll: poll ? { id: poll.id, kind: poll.kind, prompt: poll.prompt, options: poll.options } : null,
        // The results on the projector now, with this phone's own vote (a reloaded phone marks it too).
        published: shown && tally ? { ...publishedOf(shown, tally), mine: pid ? await store.mine(shown.id, pid) : { choice: null, stars: null } } : null,
      };
    });

    on(socket, 'vote', ParticipantMessages.vote, async ({ pollId, choice }) => {
      const pid = joined();
      if (!pid) return refuse('not-joined');
      const r = await store.vote(sessionId, pid, pollId, choice);
      if (!r.ok) return refuse(r.error);
      if (r.value.changed) scheduleTally(sessionId, pollId);
      // The version lets a phone (and the load test) tell when the console's histogram has its vote.
      return { ok: true, version: r.value.version };
    });

    on(socket, 'rate', ParticipantMessages.rate, async ({ pollId, stars, skill }) => {
      const pid = joined();
      if (!pid) return refuse('not-joined');
      const r = await store.rate(sessionId, pid, pollId, stars, skill);
      if (!r.ok) return refuse(r.error);
      scheduleTally(sessionId, pollId);
      return { ok: true };
    });

    on(socket, 'ask', ParticipantMessages.ask, async ({ text }) => {
      const pid = joined();
      if (!pid) return refuse('not-joined');
      const q = await store.ask(sessionId, pid, text);
      io.to(`fac:${sessionId}`).emit('question', q);
      return { ok: true };
    });

    on(socket, 'checkItems', ParticipantMessages.join.partial().strict(), async () => {
      const pid = joined();
      if (!pid) return refuse('not-joined');
      const session = await store.session(sessionId);
      if (!session?.check_phase) return refuse('check-closed');
      const { items } = deliver(await formsFor(session), pid, session.check_phase);
      const answered = await store.answeredItems(sessionId, pid, session.check_phase);
      // The phone never learns which answer is the good one.
      return { ok: true, phase: session.check_phase, answered, items: items.map(({ goodIndex: _hidden, ...item }) => item) };
    });

    on(socket, 'checkAnswer', ParticipantMessages.checkAnswer, async (msg) => {
      const pid = joined();
      if (!pid) return refuse('not-joined');
      const session = await store.session(sessionId);
      if (session?.check_phase !== msg.phase) return refuse('check-closed');
      const { form, items } = deliver(await formsFor(session), pid, msg.phase);
      const item = items.find((i) => i.id === msg.itemId);
      if (!item) return refuse('not-in-form');
      await store.checkAnswer({
        sessionId,
        participantId: pid,
        phase: msg.phase,
        itemId: item.id,
        form,
        skill: item.skill,
        correct: msg.choice === item.goodIndex,
        flawCorrect: msg.flaw === item.skill,
      });
      io.to(`fac:${sessionId}`).emit('checkProgress', { phase: msg.phase });
      return { ok: true };
    });
  }

  /** Published results (or their withdrawal) to the projector, the phones and the consoles of a session. */
  function emitPublished(sessionId: string, message: PublishedPoll | UnpublishedPoll): void {
    io.to([`proj:${sessionId}`, `s:${sessionId}`, `fac:${sessionId}`]).emit('reveal', message);
  }

  function facilitatorHandlers(socket: PodiumSocket): void {
    const d = socket.data;
    const inSession = () => d.sessionId;
    const isFacilitator = () => d.role === 'facilitator';

    const attach = async (sessionId: string) => {
      d.sessionId = sessionId;
      await socket.join(`${d.role === 'projector' ? 'proj' : 'fac'}:${sessionId}`);
    };

    on(socket, 'createSession', FacilitatorMessages.createSession, async ({ title, scenarioId }) => {
      if (!isFacilitator()) return refuse('forbidden');
      const s = await store.createSession(title, scenarioId);
      await attach(s.id);
      return { ok: true, sessionId: s.id, code: s.code, joinUrl: `${publicUrl()}/phone.html?code=${s.code}` };
    });

    on(socket, 'attach', FacilitatorMessages.attach, async ({ sessionId }) => {
      const s = await store.session(sessionId);
      if (!s) return refuse('unknown-session');
      await attach(s.id);
      return { ok: true, sessionId: s.id, code: s.code, joinUrl: `${publicUrl()}/phone.html?code=${s.code}`, participants: await store.participantCount(s.id) };
    });

    const facilitatorOnly = <S extends z.ZodType, R extends object>(event: string, schema: S, fn: (msg: z.infer<S>, sessionId: string) => Promise<Ack<R>>) =>
      on(socket, event, schema, async (msg) => {
        const sid = inSession();
        if (!isFacilitator()) return refuse('forbidden');
        if (!sid) return refuse('unknown-session');
        return fn(msg, sid);
      });

    facilitatorOnly('openPoll', FacilitatorMessages.openPoll, async (msg, sid) => {
      if (msg.kind === 'choice' && msg.options.length < 2) return refuse('invalid');
      const { poll, unpublished } = await store.openPoll(sid, msg);
      // The next question is asked: published results leave the projector and the phones.
      for (const pollId of unpublished) emitPublished(sid, { pollId, revealed: false });
      io.to(`s:${sid}`).emit('poll', { id: poll.id, kind: poll.kind, prompt: poll.prompt, options: poll.options });
      io.to([`proj:${sid}`, `fac:${sid}`]).emit('pollOpened', { id: poll.id, kind: poll.kind });
      return { ok: true, pollId: poll.id };
    });

    facilitatorOnly('closePoll', FacilitatorMessages.closePoll, async ({ pollId, traineeChoice, trainee }, sid) => {
      await store.closePoll(pollId, sid, traineeChoice, trainee ?? null);
      // The consoles learn it too: the room's vote on an answered question may now be published.
      io.to([`s:${sid}`, `fac:${sid}`]).emit('pollClosed', { id: pollId });
      scheduleTally(sid, pollId);
      return { ok: true };
    });

    facilitatorOnly('liveItem', FacilitatorMessages.liveItem, async (item, sid) => {
      await store.saveLiveItem(sid, item);
      return { ok: true };
    });

    facilitatorOnly('reveal', FacilitatorMessages.reveal, async ({ pollId, revealed, best }, sid) => {
      const poll = await store.poll(pollId, sid);
      if (!poll) return refuse('invalid');
      if (!revealed) {
        await store.unpublish(pollId, sid);
        emitPublished(sid, { pollId, revealed: false });
        return { ok: true, best: false };
      }
      const plan = publishPlan({ kind: poll.kind, closed: poll.closed_at !== null, best: poll.best }, best === true);
      if (!plan.allowed) return refuse('poll-open');
      const published = await store.publish(pollId, sid, plan.best);
      const tally = await store.tally(pollId);
      if (!published.poll || !tally) return refuse('invalid');
      for (const other of published.unpublished) emitPublished(sid, { pollId: other, revealed: false });
      const shown = publishedOf(published.poll, tally);
      emitPublished(sid, shown);
      return { ok: true, best: shown.best !== null };
    });

    facilitatorOnly('played', FacilitatorMessages.played, async ({ scenarioId }, sid) => {
      if (options.scenarios.some((c) => c.scenario.id === scenarioId)) {
        await store.playScenario(sid, scenarioId, null);
        return { ok: true, known: true };
      }
      // Not bundled here: known only once the facilitator's browser has sent its text.
      const kept = (await store.playedScenarios(sid)).some((r) => r.scenario_id === scenarioId && r.text !== null);
      return { ok: true, known: kept };
    });

    facilitatorOnly('openCheck', FacilitatorMessages.openCheck, async ({ phase }, sid) => {
      await store.setCheckPhase(sid, phase);
      io.to(`s:${sid}`).emit('check', { phase });
      return { ok: true };
    });

    facilitatorOnly('closeCheck', FacilitatorMessages.closeCheck, async (_msg, sid) => {
      await store.setCheckPhase(sid, null);
      io.to(`s:${sid}`).emit('check', { phase: null });
      return { ok: true };
    });

    facilitatorOnly('pickQuestion', FacilitatorMessages.pickQuestion, async ({ questionId }, sid) => {
      const q = await store.pickQuestion(sid, questionId);
      return q ? { ok: true, question: q } : refuse('invalid');
    });

    facilitatorOnly('saveRecord', FacilitatorMessages.saveRecord, async ({ trainee, record }, sid) => {
      const id = await store.saveRecord(sid, trainee, record);
      return { ok: true, id };
    });

    facilitatorOnly('exportCsv', FacilitatorMessages.exportCsv, async ({ lang }, sid) => {
      const polls = await store.polls(sid);
      const tallies = await Promise.all(polls.map((p) => store.tally(p.id)));
      return {
        ok: true,
        participants: participantsCsv(await store.participants(sid), polls, await store.votes(sid), await store.checkRows(sid)),
        polls: pollsCsv(polls, tallies, await store.liveItems(sid), lang ?? 'vi'),
      };
    });

    facilitatorOnly('results', FacilitatorMessages.results, async (_msg, sid) => {
      const polls = await store.polls(sid);
      const tallies = await Promise.all(polls.map((p) => store.tally(p.id)));
      return {
        ok: true,
        participants: await store.participants(sid),
        questions: await store.questions(sid),
        polls: polls.map((p, i) => ({
          id: p.id,
          seq: p.seq,
          beatId: p.beat_id,
          kind: p.kind,
          prompt: p.prompt,
          options: p.options,
          best: p.best,
          traineeChoice: p.trainee_choice,
          tally: tallies[i],
          closed: p.closed_at !== null,
          revealed: p.revealed,
          revealBest: p.reveal_best,
        })),
        classReport: classReport(await store.checkRows(sid)),
      };
    });
  }

  return {
    http,
    io,
    store,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        http.once('error', reject);
        http.listen(port, host, () => {
          const address = http.address() as AddressInfo;
          if (!options.publicUrl) publicUrl = () => `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}`;
          resolve(address);
        });
      });
    },
    async close() {
      for (const { timer } of pendingTallies.values()) clearTimeout(timer);
      pendingTallies.clear();
      await new Promise<void>((resolve) => io.close(() => resolve()));
    },
  };
}
