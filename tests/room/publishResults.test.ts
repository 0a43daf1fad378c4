// Publishing the room's vote on the projector and the phones (QA defects 4 and 11): the vote on a
// choice question is not published before the trainee answered it (it would hint at the answer);
// the best answer is marked only when the facilitator's reveal setting allows feedback; published
// results leave the projector and the phones when the next question is asked or the facilitator
// hides them; a phone gets them with its own vote marked, also after reconnecting.
import type { Socket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import type { PublishedForPhone, PublishedPoll, UnpublishedPoll } from '../../src/room/protocol.ts';
import { publishPlan } from '../../src/room/publishing.ts';
import { call, client, KEY, next, startRoom, type Running } from './roomHarness.ts';

type Reveal = PublishedPoll | UnpublishedPoll;

const rooms: Running[] = [];
afterEach(async () => {
  while (rooms.length) await rooms.pop()!.stop();
});

/** Every `reveal` a socket receives, in order. */
function heard(socket: Socket): Reveal[] {
  const list: Reveal[] = [];
  socket.on('reveal', (r: Reveal) => list.push(r));
  return list;
}

async function seminar() {
  const room = await startRoom();
  rooms.push(room);
  const fac = await client(room.url, { role: 'facilitator', key: KEY });
  const { sessionId, code } = await call(fac, 'createSession', { title: 'Drill', scenarioId: null });
  const projector = await client(room.url, { role: 'projector', key: KEY });
  await call(projector, 'attach', { sessionId });
  const phones = [];
  for (const name of ['Lan', 'Bình']) {
    const socket = await client(room.url, { role: 'participant', code });
    const joined = await call(socket, 'join', { name });
    phones.push({ socket, participantId: joined.participantId as string, token: joined.token as string });
  }
  const { pollId } = await call(fac, 'openPoll', { beatId: 'q1', kind: 'choice', prompt: { vi: 'Hỏi?', en: 'Q?' }, options: ['a', 'b', 'c'], best: 2 });
  await call(phones[0]!.socket, 'vote', { pollId, choice: 2 });
  await call(phones[1]!.socket, 'vote', { pollId, choice: 0 });
  return { room, fac, code, sessionId, projector, phones, pollId: pollId as string };
}

describe('publishing the room vote', () => {
  it('the rule: a choice question is published only once answered, its best answer only when feedback is allowed', () => {
    expect(publishPlan({ kind: 'choice', closed: false, best: 1 }, true)).toEqual({ allowed: false, reason: 'unanswered' });
    expect(publishPlan({ kind: 'choice', closed: true, best: 1 }, false)).toEqual({ allowed: true, best: false });
    expect(publishPlan({ kind: 'choice', closed: true, best: 1 }, true)).toEqual({ allowed: true, best: true });
    expect(publishPlan({ kind: 'choice', closed: true, best: null }, true)).toEqual({ allowed: true, best: false });
    // A rating is of an answer already given: it may be shown while the room still rates.
    expect(publishPlan({ kind: 'rating', closed: false, best: null }, true)).toEqual({ allowed: true, best: false });
  });

  it('refuses to publish a choice question before the trainee answered: nothing reaches the projector or the phones', async () => {
    const { fac, projector, phones, pollId } = await seminar();
    const wall = heard(projector);
    const phone = heard(phones[0]!.socket);
    expect(await call(fac, 'reveal', { pollId, revealed: true, best: true })).toEqual({ ok: false, error: 'poll-open' });
    expect(await call(fac, 'reveal', { pollId, revealed: true })).toEqual({ ok: false, error: 'poll-open' });
    // Give a stray message time to arrive.
    await call(fac, 'results');
    await new Promise((r) => setTimeout(r, 100));
    expect(wall).toEqual([]);
    expect(phone).toEqual([]);
    expect((await call(phones[0]!.socket, 'state')).published).toBeNull();
  });

  it('after the answer: the tally and the trainee choice, the best answer only when the reveal setting allows it', async () => {
    const { room, code, fac, projector, phones, pollId } = await seminar();
    await call(fac, 'closePoll', { pollId, traineeChoice: 0 });

    // "Only at the end": published without the best answer, on the projector and on every phone.
    const onWall = next<PublishedPoll>(projector, 'reveal');
    const onPhone = next<PublishedPoll>(phones[1]!.socket, 'reveal');
    expect(await call(fac, 'reveal', { pollId, revealed: true, best: false })).toEqual({ ok: true, best: false });
    for (const shown of [await onWall, await onPhone]) {
      expect(shown).toMatchObject({ pollId, revealed: true, seq: 1, kind: 'choice', best: null, traineeChoice: 0, options: ['a', 'b', 'c'] });
      expect(shown.tally.counts).toEqual([1, 0, 1]);
    }

    // Feedback allowed (each answer, or the score revealed): the best answer too.
    const withBest = next<PublishedPoll>(phones[0]!.socket, 'reveal');
    expect(await call(fac, 'reveal', { pollId, revealed: true, best: true })).toEqual({ ok: true, best: true });
    expect((await withBest).best).toBe(2);

    // A phone that reconnects gets the published results with its own vote.
    const { participantId, token } = phones[0]!;
    phones[0]!.socket.close();
    const back = await client(room.url, { role: 'participant', code, participantId, token });
    const state = (await call(back, 'state')).published as PublishedForPhone;
    back.close();
    expect(state).toMatchObject({ pollId, best: 2, traineeChoice: 0, mine: { choice: 2, stars: null } });
    expect((await call(phones[1]!.socket, 'state')).published.mine).toEqual({ choice: 0, stars: null });
  });

  it('published results leave the projector and the phones when the next question is asked, or when the facilitator hides them', async () => {
    const { fac, projector, phones, pollId } = await seminar();
    await call(fac, 'closePoll', { pollId, traineeChoice: 1 });
    await call(fac, 'reveal', { pollId, revealed: true, best: true });
    const wallGone = next<Reveal>(projector, 'reveal', (r) => !r.revealed);
    const phoneGone = next<Reveal>(phones[0]!.socket, 'reveal', (r) => !r.revealed);
    const q2 = await call(fac, 'openPoll', { beatId: 'q2', kind: 'choice', prompt: 'Q2', options: ['x', 'y'], best: 0 });
    expect(await wallGone).toEqual({ pollId, revealed: false });
    expect(await phoneGone).toEqual({ pollId, revealed: false });
    expect((await call(phones[0]!.socket, 'state')).published).toBeNull();
    expect((await call(fac, 'results')).polls[0].revealed).toBe(false);

    // Shown again during the next question (the previous one was answered), then hidden by the facilitator.
    await call(fac, 'reveal', { pollId, revealed: true, best: false });
    expect((await call(phones[1]!.socket, 'state')).published).toMatchObject({ pollId, best: null });
    const hidden = next<Reveal>(projector, 'reveal', (r) => !r.revealed);
    await call(fac, 'reveal', { pollId, revealed: false });
    expect(await hidden).toEqual({ pollId, revealed: false });
    expect((await call(phones[1]!.socket, 'state')).published).toBeNull();
    // The open question's own vote still cannot be shown.
    expect(await call(fac, 'reveal', { pollId: q2.pollId, revealed: true, best: true })).toEqual({ ok: false, error: 'poll-open' });
  });

  it('a rating may be shown while the room still rates, and follows the ratings on the phones', async () => {
    const { fac, phones } = await seminar();
    const { pollId } = await call(fac, 'openPoll', { beatId: 'live', kind: 'rating', prompt: 'Live', options: [], best: null });
    await call(phones[0]!.socket, 'rate', { pollId, stars: 4, skill: 'accuracy' });
    expect(await call(fac, 'reveal', { pollId, revealed: true, best: true })).toEqual({ ok: true, best: false });
    const update = next<{ pollId: string; total: number; stars: number[] }>(phones[0]!.socket, 'tally', (t) => t.pollId === pollId && t.total === 2);
    await call(phones[1]!.socket, 'rate', { pollId, stars: 2, skill: null });
    expect((await update).stars).toEqual([0, 1, 0, 1, 0]);
    expect((await call(phones[1]!.socket, 'state')).published.mine).toEqual({ choice: null, stars: 2 });
  });
});
