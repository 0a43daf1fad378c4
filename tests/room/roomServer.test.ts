import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Tally } from '../../src/room/protocol.ts';
import { call, client, KEY, next, startRoom, type Running } from './roomHarness.ts';

const rooms: Running[] = [];
afterEach(async () => {
  while (rooms.length) await rooms.pop()!.stop();
});

async function roomWithSession() {
  const room = await startRoom();
  rooms.push(room);
  const fac = await client(room.url, { role: 'facilitator', key: KEY });
  const created = await call(fac, 'createSession', { title: 'Drill', scenarioId: null });
  expect(created.ok).toBe(true);
  expect(created.code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
  return { room, fac, code: created.code as string, sessionId: created.sessionId as string };
}

async function phone(url: string, code: string, name: string | null = 'An') {
  const socket = await client(url, { role: 'participant', code });
  const joined = await call(socket, 'join', { name });
  expect(joined.ok).toBe(true);
  return { socket, participantId: joined.participantId as string, token: joined.token as string };
}

describe('room server', () => {
  it('refuses a wrong facilitator key and an unknown join code', async () => {
    const room = await startRoom();
    rooms.push(room);
    await expect(client(room.url, { role: 'facilitator', key: 'guess' })).rejects.toThrow(/forbidden/);
    await expect(client(room.url, { role: 'participant', code: 'ABCDEF' })).rejects.toThrow(/unknown-session/);
    await expect(client(room.url, { role: 'participant', code: '<script>' })).rejects.toThrow(/invalid/);
  });

  it('counts a vote once however often it is sent, and the console sees the histogram', async () => {
    const { room, fac, code } = await roomWithSession();
    const opened = await call(fac, 'openPoll', { beatId: 'q1', kind: 'choice', prompt: { vi: 'Hỏi?', en: 'Q?' }, options: ['a', 'b', 'c'], best: 1 });
    const pollId = opened.pollId as string;
    const a = await phone(room.url, code);
    const b = await phone(room.url, code, null);
    for (let i = 0; i < 5; i++) expect((await call(a.socket, 'vote', { pollId, choice: 1 })).ok).toBe(true);
    await call(b.socket, 'vote', { pollId, choice: 2 });
    const tally = await next<Tally>(fac, 'tally', (t) => t.total === 2);
    expect(tally.counts).toEqual([0, 1, 1]);
    // Changing one's mind replaces the vote.
    await call(b.socket, 'vote', { pollId, choice: 1 });
    const after = await next<Tally>(fac, 'tally', (t) => t.counts[1] === 2);
    expect(after.total).toBe(2);
    expect(after.version).toBeGreaterThan(tally.version);
  });

  it('refuses what does not fit and changes nothing', async () => {
    const { room, fac, code } = await roomWithSession();
    const { pollId } = await call(fac, 'openPoll', { beatId: 'q1', kind: 'choice', prompt: 'Q', options: ['a', 'b'], best: 0 });
    const p = await phone(room.url, code);
    expect(await call(p.socket, 'vote', { pollId, choice: 3 })).toEqual({ ok: false, error: 'choice-out-of-range' });
    expect(await call(p.socket, 'vote', { pollId, choice: '1' })).toEqual({ ok: false, error: 'invalid' });
    expect(await call(p.socket, 'vote', { pollId, choice: 0, extra: true })).toEqual({ ok: false, error: 'invalid' });
    expect(await call(p.socket, 'ask', { text: 'x'.repeat(5000) })).toEqual({ ok: false, error: 'invalid' });
    // A participant cannot act as the facilitator.
    expect(
      await p.socket
        .timeout(300)
        .emitWithAck('openPoll', { beatId: 'q2', kind: 'choice', prompt: 'Q', options: ['a', 'b'], best: 0 })
        .catch(() => 'no handler'),
    ).toBe('no handler');
    const results = await call(fac, 'results');
    expect(results.polls[0].tally.total).toBe(0);
    await call(fac, 'closePoll', { pollId, traineeChoice: 0 });
    expect(await call(p.socket, 'vote', { pollId, choice: 0 })).toEqual({ ok: false, error: 'poll-closed' });
  });

  it('slows down a flood from one phone', async () => {
    const { room, code } = await roomWithSession();
    const p = await phone(room.url, code);
    const replies = await Promise.all(Array.from({ length: 40 }, () => call(p.socket, 'ask', { text: 'Một câu hỏi cho người phát ngôn' })));
    expect(replies.filter((r) => r.ok === false && r.error === 'rate-limited').length).toBeGreaterThan(10);
  });

  it('keeps questions as plain text, control characters removed', async () => {
    const { room, fac, code } = await roomWithSession();
    const p = await phone(room.url, code, 'Lan\u202e');
    const seen = next<{ text: string; name: string }>(fac, 'question');
    expect((await call(p.socket, 'ask', { text: '<b>Vì sao</b>\u0000 chưa công bố?' })).ok).toBe(true);
    const q = await seen;
    expect(q.text).toBe('<b>Vì sao</b> chưa công bố?');
    expect(q.name).toBe('Lan');
  });

  it('a phone that comes back with its token is the same participant; a stolen id without it is not', async () => {
    const { room, fac, code } = await roomWithSession();
    const { pollId } = await call(fac, 'openPoll', { beatId: 'q1', kind: 'choice', prompt: 'Q', options: ['a', 'b'], best: 0 });
    const p = await phone(room.url, code);
    await call(p.socket, 'vote', { pollId, choice: 0 });
    p.socket.close();
    const back = await client(room.url, { role: 'participant', code, participantId: p.participantId, token: p.token });
    expect((await call(back, 'state')).joined).toBe(true);
    await call(back, 'vote', { pollId, choice: 0 });
    const thief = await client(room.url, { role: 'participant', code, participantId: p.participantId, token: 'wrong' });
    expect(await call(thief, 'vote', { pollId, choice: 1 })).toEqual({ ok: false, error: 'not-joined' });
    const results = await call(fac, 'results');
    expect(results.polls[0].tally.counts).toEqual([1, 0]);
    expect(results.participants).toHaveLength(1);
  });

  it('the projector sees a tally only once it is revealed', async () => {
    const { room, fac, code, sessionId } = await roomWithSession();
    const projector = await client(room.url, { role: 'projector', key: KEY });
    await call(projector, 'attach', { sessionId });
    const { pollId } = await call(fac, 'openPoll', { beatId: 'q1', kind: 'choice', prompt: 'Q', options: ['a', 'b'], best: 1 });
    let early = 0;
    projector.on('tally', () => early++);
    const p = await phone(room.url, code);
    await call(p.socket, 'vote', { pollId, choice: 1 });
    await next(fac, 'tally');
    expect(early).toBe(0);
    expect(await call(projector, 'reveal', { pollId, revealed: true })).toEqual({ ok: false, error: 'forbidden' });
    // Revealed once the trainee has answered (before, it would hint at the answer: publishResults.test.ts).
    await call(fac, 'closePoll', { pollId, traineeChoice: 0 });
    const revealed = next<{ tally: Tally; best: number }>(projector, 'reveal');
    await call(fac, 'reveal', { pollId, revealed: true, best: true });
    const shown = await revealed;
    expect(shown.tally.counts).toEqual([0, 1]);
    expect(shown.best).toBe(1);
  });

  it('a restart of the server in the middle of a session loses no vote', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'podium-room-'));
    try {
      const first = await startRoom({ setting: dir });
      const fac = await client(first.url, { role: 'facilitator', key: KEY });
      const { code, sessionId } = await call(fac, 'createSession', { title: 'Drill', scenarioId: null });
      const { pollId } = await call(fac, 'openPoll', { beatId: 'q1', kind: 'choice', prompt: 'Q', options: ['a', 'b', 'c'], best: 2 });
      const phones = await Promise.all([0, 1, 2].map(() => phone(first.url, code)));
      await Promise.all(phones.map((p, i) => call(p.socket, 'vote', { pollId, choice: i })));
      fac.close();
      phones.forEach((p) => p.socket.close());
      await first.stop();

      const second = await startRoom({ setting: dir });
      rooms.push(second);
      const fac2 = await client(second.url, { role: 'facilitator', key: KEY });
      expect((await call(fac2, 'attach', { sessionId })).ok).toBe(true);
      // The same phones come back with their tokens, send their votes again, and nothing doubles.
      for (const [i, p] of phones.entries()) {
        const back = await client(second.url, { role: 'participant', code, participantId: p.participantId, token: p.token });
        expect((await call(back, 'vote', { pollId, choice: i })).ok).toBe(true);
      }
      const results = await call(fac2, 'results');
      expect(results.polls[0].tally.counts).toEqual([1, 1, 1]);
      expect(results.participants).toHaveLength(3);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('exports the class results as CSV: nothing personal beyond the name given, formulae neutralised', async () => {
    const { room, fac, code } = await roomWithSession();
    const { pollId } = await call(fac, 'openPoll', { beatId: 'q1', kind: 'choice', prompt: 'Q', options: ['a', 'b'], best: 1 });
    const a = await phone(room.url, code, '=HYPERLINK("x")');
    const b = await phone(room.url, code, null);
    await call(a.socket, 'vote', { pollId, choice: 1 });
    await call(b.socket, 'vote', { pollId, choice: 0 });
    await call(fac, 'closePoll', { pollId, traineeChoice: 1 });
    const csv = await call(fac, 'exportCsv');
    expect(csv.ok).toBe(true);
    const lines = (csv.participants as string).split('\r\n');
    expect(lines[0]).toBe('participant,votes,votes_for_best,best_share_percent,check_before_percent,check_after_percent,check_change');
    expect(lines[1]).toBe(`"'=HYPERLINK(""x"")",1,1,100,,,`);
    expect(lines[2]).toMatch(/^anonymous-[0-9a-f]{6},1,0,0,,,$/);
    // The columns after mean_stars (trainee, question_text, live_*) were appended for the hot seat and live items.
    expect((csv.polls as string).split('\r\n')[1]).toBe('1,q1,choice,2,1 / 1,2,2,50,,,Q,,,,');
  });
});
