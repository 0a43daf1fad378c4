// Who answered what reaches the class results: the laptop's room link follows a live drill's log
// (core/live/: seats and live items) and the server keeps the trainee of each closed question and
// each live item once, so the questions spreadsheet names them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { connectRoom, type RoomLink } from '../../src/app/room/roomLink.ts';
import { loadScenario } from '../../src/core/scenario/load.ts';
import type { LogEntry, SessionView } from '../../src/core/session/types.ts';
import { call, client, KEY, startRoom, type Running } from './roomHarness.ts';

const rooms: Running[] = [];
const links: RoomLink[] = [];
afterEach(async () => {
  while (links.length) links.pop()!.close();
  while (rooms.length) await rooms.pop()!.stop();
});

const file = join(import.meta.dirname, '../../scenarios/flood-dam-rumour.yaml');
const checked = loadScenario(readFileSync(file, 'utf8'), file).checked!;
const first = checked.scenario.beats['q-open']!;

/** The parts of a drill's view the room link reads. */
function view(beat: boolean, turns: SessionView['turns'] = []): SessionView {
  return {
    scenarioId: checked.scenario.id,
    beat: beat ? { id: 'q-open', askedAt: 5, ask: first.ask, answers: (first.answers ?? []).map((a, index) => ({ index, text: a.text })) } : null,
    turns,
  } as unknown as SessionView;
}

async function until<T>(get: () => Promise<T>, ok: (v: T) => boolean, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await get();
    if (ok(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 30));
  }
}

/** A room session opened by the laptop's link, following a drill whose first question is being
 *  asked (its poll open) with An in the hot seat. */
async function followingFirstQuestion(): Promise<{ room: Running; link: RoomLink; log: LogEntry[] }> {
  const room = await startRoom();
  rooms.push(room);
  const link = await connectRoom(KEY, room.url);
  links.push(link);
  await until(
    async () => link.state().connected,
    (c) => c,
  );
  expect(await link.open({ vi: 'Diễn tập', en: 'Drill' }, null)).toBe(true);
  const log: LogEntry[] = [{ type: 'seat', at: 0, trainee: 'An' }];
  link.follow(view(true), checked, log);
  await until(
    async () => link.state().polls.length,
    (n) => n === 1,
  );
  return { room, link, log };
}

describe('the room results name who answered', () => {
  it('credits each closed question and live item to the trainee seated then, once', async () => {
    const { link, log } = await followingFirstQuestion();
    // An answers the second answer at 12 s; Bình sits down at 15 s and takes a call at 20 s.
    const turn = { beatId: 'q-open', askedAt: 5, answeredAt: 12, response: { kind: 'choice', answerIndex: 1 }, moments: [] };
    log.push(
      { type: 'seat', at: 15, trainee: 'Bình' },
      {
        type: 'live',
        at: 20,
        kind: 'call',
        ask: 'A caller asks about missing people',
        effects: { composure: 2, accuracy: -1 },
        reason: 'calm, but a figure not checked',
        answer: 'Nobody is missing',
      },
    );
    link.follow(view(false, [turn] as unknown as SessionView['turns']), checked, log);
    // Followed again (the store changes often): the live item is not kept twice.
    link.follow(view(false, [turn] as unknown as SessionView['turns']), checked, log);

    const rows = await until(
      async () => Papa.parse<Record<string, string>>((await link.exportCsv('en'))!.polls, { header: true, skipEmptyLines: true }).data,
      (r) => r.length === 2 && r[0]!.trainee === 'An',
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ question: '1', beat: 'q-open', kind: 'choice', trainee_option: '2', trainee: 'An', live_kind: '' });
    expect(rows[0]!.question_text).toBe((first.ask as Record<string, string>).en);
    expect(rows[1]).toMatchObject({
      beat: 'live',
      kind: 'live',
      trainee: 'Bình',
      question_text: 'A caller asks about missing people',
      live_kind: 'call',
      live_answer: 'Nobody is missing',
      live_points: 'accuracy -1; composure +2',
      live_reason: 'calm, but a figure not checked',
    });
  });

  it('credits a question the facilitator skipped to no one', async () => {
    const { room, link, log } = await followingFirstQuestion();
    log.push({ type: 'skip', at: 9 });
    const turn = { beatId: 'q-open', askedAt: 5, answeredAt: 9, response: { kind: 'skipped' }, moments: [] };
    link.follow(view(false, [turn] as unknown as SessionView['turns']), checked, log);
    // Closed by the server, with no one named.
    const closed = await until(
      async () => (await room.server.store.polls(link.state().sessionId!)).map((p) => ({ closed: p.closed_at !== null, trainee: p.trainee })),
      (polls) => polls.every((p) => p.closed),
    );
    expect(closed).toEqual([{ closed: true, trainee: null }]);
    const rows = Papa.parse<Record<string, string>>((await link.exportCsv('en'))!.polls, { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ beat: 'q-open', trainee_option: '', trainee: '' });
  });

  it('refuses a live item scored outside −2…+2 and keeps nothing of it', async () => {
    const room = await startRoom();
    rooms.push(room);
    const fac = await client(room.url, { role: 'facilitator', key: KEY });
    await call(fac, 'createSession', { title: 'Drill', scenarioId: null });
    const item = { key: 'k', at: 3, kind: 'question', ask: 'Why?', answer: null, trainee: 'An', effects: { composure: 3 }, reason: '' };
    expect(await call(fac, 'liveItem', item)).toEqual({ ok: false, error: 'invalid' });
    expect(await call(fac, 'liveItem', { ...item, effects: { 'not-a-skill': 1 } })).toEqual({ ok: false, error: 'invalid' });
    const csv = await call(fac, 'exportCsv', { lang: 'vi' });
    expect((csv.polls as string).split('\r\n').filter(Boolean)).toHaveLength(1);
    fac.close();
  });
});
