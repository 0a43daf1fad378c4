// The laptop's link to the room server (docs/room.md), when the app is served by one: it reads
// the facilitator key (served only to the laptop itself), keeps one room session for the seminar
// (remembered across reloads of either window), and follows the drill: when a reporter asks, the
// room gets the same options in the order the trainee sees them; when the trainee answers, the
// vote closes with the trainee's choice. Everything the room sends comes back as plain data in
// `state`; what the projector shows of it is the projector's decision (only what was revealed).
import { io, type Socket } from 'socket.io-client';
import { seatedAt, seatsOf } from '../../core/live/hotSeat.ts';
import { liveItemsOf } from '../../core/live/liveScore.ts';
import { bestChoiceOf } from '../../core/report/bestAnswer.ts';
import type { ClassReport } from '../../core/room/classReport.ts';
import type { CheckedScenario } from '../../core/scenario/checked.ts';
import type { Text } from '../../core/scenario/schema.ts';
import type { LogEntry, SessionView } from '../../core/session/types.ts';
import type { Ack, SessionTitle, Tally } from '../../room/protocol.ts';

export interface RoomPoll {
  id: string;
  /** The question's number in the session. */
  seq: number;
  beatId: string;
  kind: 'choice' | 'rating';
  prompt: Text;
  options: Text[];
  /** Position (as shown) of the best answer; null for a rating. */
  best: number | null;
  traineeChoice: number | null;
  tally: Tally | null;
  /** The trainee answered (or the question is over): the room's vote may be published. */
  closed: boolean;
  /** Published on the projector and the phones now, and whether with the best answer marked. */
  revealed: boolean;
  revealBest: boolean;
}

export interface RoomQuestion {
  id: string;
  text: string;
  name: string | null;
  picked?: boolean;
}

export interface RoomState {
  connected: boolean;
  sessionId: string | null;
  code: string | null;
  joinUrl: string | null;
  participants: number;
  /** Polls of this seminar, oldest first, with their latest tallies. */
  polls: RoomPoll[];
  /** The poll whose results the projector and the phones show (published by the facilitator), if any. */
  revealed: string | null;
  /** Those results mark the best answer. */
  revealedBest: boolean;
  questions: RoomQuestion[];
  checkPhase: 'before' | 'after' | null;
  classReport: ClassReport | null;
}

export interface RoomLink {
  state(): RoomState;
  subscribe(listener: (state: RoomState) => void): () => void;
  /** Starts a room session for the seminar (or keeps the one this laptop already has); the title per language if it can. */
  open(title: SessionTitle, scenarioId: string | null): Promise<boolean>;
  /**
   * Follows a drill: a poll per question asked, closed with the trainee's answer and who gave it
   * (the hot seat, from the drill's `log`), and every live item the facilitator scored.
   */
  follow(view: SessionView, checked: CheckedScenario, log?: readonly LogEntry[]): void;
  /**
   * Publishes a poll's results on the projector and the phones (or takes them down). `best`: the
   * reveal setting lets the room see feedback now (the server marks the best answer only then, and
   * only once the trainee answered). False when the server refused (e.g. the question is still open).
   */
  reveal(pollId: string, revealed: boolean, best?: boolean): Promise<boolean>;
  setCheck(phase: 'before' | 'after' | null): Promise<void>;
  pickQuestion(id: string): Promise<RoomQuestion | null>;
  /** A rating poll on an answer the trainee gave aloud or typed to a live question. */
  openRating(prompt: string): Promise<void>;
  /** The class results; question texts in `lang`. */
  exportCsv(lang?: 'vi' | 'en'): Promise<{ participants: string; polls: string } | null>;
  refresh(): Promise<void>;
  /**
   * A scenario is played in this seminar: the room's before/after check leaves it out. One the
   * server does not have (a studio library's) is sent whole; the server checks it again.
   */
  played(checked: CheckedScenario): Promise<boolean>;
  /** The room's poll on a question of a drill (by scenario, beat and the drill second it was asked). */
  pollFor(scenarioId: string, beatId: string, askedAt: number): RoomPoll | null;
  close(): void;
}

const SESSION_KEY = 'podium.room.session';
const POLLS_KEY = 'podium.room.polls';

function remembered<T>(key: string, fallback: T): T {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : fallback;
  } catch {
    return fallback;
  }
}

function remember(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Without storage a reload starts a new room session: the room server still has the old one.
  }
}

export async function connectRoom(key: string, url?: string): Promise<RoomLink> {
  const base = (url ?? '').replace(/\/$/, '');
  const socket: Socket = io(url ?? '/', { auth: { role: 'facilitator', key }, transports: ['websocket', 'polling'] });
  let state: RoomState = {
    connected: false,
    sessionId: null,
    code: null,
    joinUrl: null,
    participants: 0,
    polls: [],
    revealed: null,
    revealedBest: false,
    questions: [],
    checkPhase: null,
    classReport: null,
  };
  const listeners = new Set<(s: RoomState) => void>();
  const set = (patch: Partial<RoomState>) => {
    state = { ...state, ...patch };
    for (const l of listeners) l(state);
  };
  // Polls opened for a question asked, by drill and moment, so a reload never opens it twice.
  const opened = remembered<Record<string, string>>(POLLS_KEY, {});

  const call = async <T extends object = Record<string, never>>(event: string, payload: unknown = {}): Promise<Ack<T> | null> => {
    try {
      return (await socket.timeout(8000).emitWithAck(event, payload)) as Ack<T>;
    } catch {
      return null;
    }
  };

  const attach = async (sessionId: string): Promise<boolean> => {
    const r = await call<{ sessionId: string; code: string; joinUrl: string; participants: number }>('attach', { sessionId });
    if (!r?.ok) return false;
    set({ sessionId: r.sessionId, code: r.code, joinUrl: r.joinUrl, participants: r.participants });
    await refresh();
    return true;
  };

  async function refresh(): Promise<void> {
    const r = await call<{ polls: RoomPoll[]; questions: RoomQuestion[]; participants: unknown[]; classReport: ClassReport }>('results');
    if (!r?.ok) return;
    const shown = r.polls.find((p) => p.revealed) ?? null;
    set({
      polls: r.polls,
      questions: r.questions,
      participants: r.participants.length,
      classReport: r.classReport,
      revealed: shown?.id ?? null,
      revealedBest: shown?.revealBest ?? false,
    });
  }

  socket.on('connect', () => {
    set({ connected: true });
    const known = remembered<{ sessionId?: string }>(SESSION_KEY, {});
    if (known.sessionId) void attach(known.sessionId);
  });
  socket.on('disconnect', () => set({ connected: false }));
  socket.on('participants', ({ count }: { count: number }) => set({ participants: count }));
  socket.on('question', (q: RoomQuestion) => set({ questions: [...state.questions, q] }));
  socket.on('tally', (t: Tally) => {
    // A poll opened from another window (the projector opens them; the console watches) is fetched first.
    if (!state.polls.some((p) => p.id === t.pollId)) return void refresh();
    set({ polls: state.polls.map((p) => (p.id === t.pollId && (!p.tally || t.version >= p.tally.version) ? { ...p, tally: t } : p)) });
  });
  socket.on('checkProgress', () => void refresh());
  // A question asked or answered (from the projector's window too): what may be published changes.
  socket.on('pollOpened', () => void refresh());
  socket.on('pollClosed', () => void refresh());
  // Published results changed (from this console, another window, or the next question asked).
  socket.on('reveal', (r: { pollId: string; revealed: boolean; best?: number | null }) => {
    if (r.revealed) set({ revealed: r.pollId, revealedBest: r.best !== null && r.best !== undefined });
    else if (state.revealed === r.pollId) set({ revealed: null, revealedBest: false });
  });

  const pollKey = (view: SessionView) => `${view.scenarioId}:${view.beat?.id}:${view.beat?.askedAt}`;
  let following: { key: string; pollId: Promise<string | null>; answers: number[] } | null = null;
  /** Library scenarios whose text this visit sent (sent again when played again: it may have been edited). */
  const sentScenarios = new Set<string>();
  /** Live items sent this visit (the server keeps each key once, so a reload sending them again is harmless). */
  const sentLive = new Set<string>();

  const sendLiveItems = (view: SessionView, log: readonly LogEntry[]) => {
    const seats = seatsOf(log);
    for (const item of liveItemsOf(log)) {
      const key = `${view.scenarioId}:${item.at}:${item.kind}`;
      if (sentLive.has(key)) continue;
      sentLive.add(key);
      void call('liveItem', {
        key,
        at: item.at,
        kind: item.kind,
        ask: item.ask.slice(0, 2000),
        answer: item.answer?.slice(0, 4000) ?? null,
        trainee: seats.length ? seatedAt(seats, item.at) : null,
        effects: item.effects,
        reason: item.reason.slice(0, 1000),
      }).then((r) => {
        if (!r?.ok) sentLive.delete(key);
      });
    }
  };

  return {
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async open(title, scenarioId) {
      const known = remembered<{ sessionId?: string }>(SESSION_KEY, {});
      if (state.sessionId) return true;
      if (known.sessionId && (await attach(known.sessionId))) return true;
      const cut = (s: string) => s.slice(0, 200);
      const titles = typeof title === 'string' ? cut(title) : Object.fromEntries(Object.entries(title).map(([k, v]) => [k, cut(v ?? '')]));
      const r = await call<{ sessionId: string; code: string; joinUrl: string }>('createSession', { title: titles, scenarioId });
      if (!r?.ok) return false;
      remember(SESSION_KEY, { sessionId: r.sessionId });
      set({ sessionId: r.sessionId, code: r.code, joinUrl: r.joinUrl, participants: 0, polls: [], questions: [] });
      return true;
    },
    follow(view, checked, log = []) {
      if (!state.sessionId) return;
      sendLiveItems(view, log);
      const beat = view.beat;
      // The trainee answered the question the room is voting on: close it with the trainee's choice.
      if (following && (beat === null || pollKey(view) !== following.key)) {
        const done = following;
        following = null;
        const turn = view.turns.at(-1);
        const response = turn?.response;
        const choice = response?.kind === 'choice' ? done.answers.indexOf(response.answerIndex) : -1;
        // Credited as the hot seat credits it (core/live/hotSeat.ts): whoever sat when it was
        // answered; a question the facilitator skipped was answered by no one.
        const seats = seatsOf(log);
        const trainee = seats.length && turn && response?.kind !== 'skipped' ? seatedAt(seats, turn.answeredAt) : null;
        void done.pollId.then(async (pollId) => {
          if (pollId === null) return;
          await call('closePoll', { pollId, traineeChoice: choice >= 0 ? choice : null, trainee });
          await refresh();
        });
      }
      if (!beat || following) return;
      const key = pollKey(view);
      const answers = beat.answers.map((a) => a.index);
      const already = opened[key];
      if (already) {
        following = { key, pollId: Promise.resolve(already), answers };
        return;
      }
      const authored = checked.scenario.beats[beat.id];
      const best = authored ? bestChoiceOf(checked.scenario, authored) : null;
      const kind = beat.answers.length >= 2 ? 'choice' : 'rating';
      const pollId = call<{ pollId: string }>('openPoll', {
        beatId: beat.id,
        kind,
        prompt: beat.ask,
        options: kind === 'choice' ? beat.answers.map((a) => a.text) : [],
        best: kind === 'choice' && best ? answers.indexOf(best.answerIndex) : null,
      }).then((r) => {
        if (!r?.ok) return null;
        opened[key] = r.pollId;
        remember(POLLS_KEY, opened);
        void refresh();
        return r.pollId;
      });
      following = { key, pollId, answers };
    },
    async reveal(pollId, revealed, best = false) {
      const r = await call<{ best: boolean }>('reveal', { pollId, revealed, best });
      if (!r?.ok) return false;
      if (revealed) set({ revealed: pollId, revealedBest: r.best });
      else if (state.revealed === pollId) set({ revealed: null, revealedBest: false });
      return true;
    },
    async setCheck(phase) {
      await call(phase === null ? 'closeCheck' : 'openCheck', phase === null ? {} : { phase });
      set({ checkPhase: phase });
      await refresh();
    },
    async pickQuestion(id) {
      const r = await call<{ question: RoomQuestion }>('pickQuestion', { questionId: id });
      await refresh();
      return r?.ok ? r.question : null;
    },
    async openRating(prompt) {
      const r = await call<{ pollId: string }>('openPoll', { beatId: 'live', kind: 'rating', prompt: prompt.slice(0, 2000), options: [], best: null });
      if (r?.ok) await refresh();
    },
    async exportCsv(lang) {
      const r = await call<{ participants: string; polls: string }>('exportCsv', lang ? { lang } : {});
      return r?.ok ? { participants: r.participants, polls: r.polls } : null;
    },
    refresh,
    async played(checked) {
      const sessionId = state.sessionId;
      const scenarioId = checked.scenario.id;
      if (!sessionId) return false;
      const r = await call<{ known: boolean }>('played', { scenarioId });
      if (!r?.ok) return false;
      if (r.known && !sentScenarios.has(`${sessionId}:${scenarioId}`)) return true;
      // Not on the server (or edited since it was sent): the scenario itself, as JSON (which is YAML).
      const text = JSON.stringify(checked.scenario);
      try {
        const sent = await fetch(`${base}/room/scenario?session=${encodeURIComponent(sessionId)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-podium-key': key },
          body: text,
        });
        if (sent.ok) sentScenarios.add(`${sessionId}:${scenarioId}`);
        return sent.ok;
      } catch {
        return false;
      }
    },
    pollFor(scenarioId, beatId, askedAt) {
      const id = opened[`${scenarioId}:${beatId}:${askedAt}`];
      return (id && state.polls.find((p) => p.id === id)) || null;
    },
    close: () => socket.close(),
  };
}
