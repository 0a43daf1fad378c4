// Three phones in a room (three browser contexts, as three people's phones): join by code (one
// anonymously), vote while a question is open (one of them drops off the network and votes again
// when back), rate a typed answer, send a question, and take the before/after check. The console
// is a Socket.IO client here; the whole-room drill with the console window is in liveRoom.test.ts.
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tally } from '../../src/room/protocol.ts';
import { joinPhones, useRoomServer } from './roomServer.ts';
import { screenshot, useBrowser } from './harness.ts';

const browser = useBrowser();
const roomUrl = useRoomServer('e2e');
let url = '';
let fac: Socket;
let code = '';
let latest = null as Tally | null;
const questions: { text: string; name: string | null }[] = [];

beforeAll(async () => {
  url = roomUrl();
  fac = io(url, { auth: { role: 'facilitator', key: 'e2e' }, transports: ['websocket'] });
  await new Promise<void>((r) => fac.once('connect', () => r()));
  fac.on('tally', (t: Tally) => {
    if (!latest || t.pollId !== latest.pollId || t.version >= latest.version) latest = t;
  });
  fac.on('question', (q: { text: string; name: string | null }) => questions.push(q));
  ({ code } = await fac.emitWithAck('createSession', { title: 'Lũ và tin đồn', scenarioId: 'flood-dam-rumour' }));
});

afterAll(() => {
  fac?.close();
});

async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('phones in the room', () => {
  it('join, vote (once, even through a dropped connection), rate, ask, and take the before/after check', async () => {
    const phones = await joinPhones(browser(), url, code, [
      { name: 'Lan', lang: 'vi' },
      { name: 'Bình', lang: 'en' },
      { name: null, lang: 'vi' },
    ]);
    expect((await fac.emitWithAck('results', {})).participants).toHaveLength(3);

    // A choice question: each phone votes; phone 2 loses the network, votes, comes back.
    const { pollId } = await fac.emitWithAck('openPoll', {
      beatId: 'q-open',
      kind: 'choice',
      prompt: { vi: 'Ông có xác nhận đập sắp vỡ không?', en: 'Can you confirm the dam is about to burst?' },
      options: [
        { vi: 'Không, đập đã được kiểm tra.', en: 'No, the dam was inspected.' },
        { vi: 'Miễn bình luận.', en: 'No comment.' },
        { vi: 'Có thể, chúng tôi chưa rõ.', en: 'Maybe, we do not know.' },
      ],
      best: 0,
    });
    for (const p of phones) await p.page.waitForSelector('.options button');
    await phones[0]!.page.click('.options button >> nth=0');
    await phones[1]!.page.click('.options button >> nth=2');
    await phones[1]!.page.click('.options button >> nth=0'); // changes her mind
    await phones[2]!.context.setOffline(true);
    await phones[2]!.page.waitForSelector('.offline', { timeout: 15_000 });
    await phones[2]!.page.click('.options button >> nth=1');
    await phones[2]!.context.setOffline(false);
    await until(() => latest?.pollId === pollId && latest?.total === 3, 20_000);
    expect(latest!.counts).toEqual([2, 1, 0]);
    await screenshot(phones[0]!.page, 'room-phone-vote');
    await fac.emitWithAck('closePoll', { pollId, traineeChoice: 0 });
    await phones[0]!.page.waitForSelector('text=Hãy theo dõi màn chiếu');

    // A typed answer to rate, and a question from the room (shown as text, never as markup).
    const rating = await fac.emitWithAck('openPoll', {
      beatId: 'q-missing',
      kind: 'rating',
      prompt: { vi: 'Có người chết chưa?', en: 'Has anyone died?' },
      options: [],
      best: null,
    });
    await phones[1]!.page.waitForSelector('.stars button');
    await phones[1]!.page.click('.stars button >> nth=3');
    await phones[1]!.page.click('.chips button >> text=Accuracy');
    await phones[1]!.page.click('button.primary');
    await until(() => latest?.pollId === rating.pollId && latest?.total === 1);
    expect(latest!.stars).toEqual([0, 0, 0, 1, 0]);
    expect(latest!.skills).toEqual({ accuracy: 1 });
    await phones[0]!.page.fill('#ask', '<img src=x onerror="document.title=1"> Khi nào có kết quả xác minh?');
    await phones[0]!.page.click('text=Gửi câu hỏi');
    await until(() => questions.length === 1);
    expect(questions[0]).toEqual({ id: expect.any(String), text: '<img src=x onerror="document.title=1"> Khi nào có kết quả xác minh?', name: 'Lan' });
    await fac.emitWithAck('closePoll', { pollId: rating.pollId, traineeChoice: null });

    // Before/after: every phone answers every item of its form; the after form has none of the before items.
    const seen: Record<number, Record<string, string[]>> = {};
    for (const phase of ['before', 'after'] as const) {
      await fac.emitWithAck('openCheck', { phase });
      for (const [i, p] of phones.entries()) {
        await p.page.waitForSelector('.check-answer');
        const ids: string[] = [];
        for (;;) {
          if ((await p.page.locator('.check-answer').count()) === 0) break;
          const progress = (await p.page.locator('.progress').textContent()) ?? '';
          ids.push((await p.page.locator('.prompt').textContent()) ?? '');
          // Phone 0 always picks A; the others pick B before and A after (some learning).
          await p.page.click(`.check-answer >> nth=${i === 0 || phase === 'after' ? 0 : 1}`);
          await p.page.click('.chips button >> nth=0');
          await p.page.waitForFunction((before) => document.querySelector('.progress')?.textContent !== before, progress, { timeout: 5000 });
        }
        (seen[i] ??= {})[phase] = ids;
        if (i === 2 && phase === 'after') await screenshot(p.page, 'room-phone-check-done');
      }
      await fac.emitWithAck('closeCheck', {});
    }
    for (const i of [0, 1, 2]) {
      expect(seen[i]!.before!.length).toBeGreaterThan(0);
      expect(seen[i]!.after!.filter((prompt) => seen[i]!.before!.includes(prompt))).toEqual([]);
    }
    const results = await fac.emitWithAck('results', {});
    expect(results.classReport.participants).toEqual({ before: 3, after: 3, paired: 3 });
    expect(results.classReport.caution).toBe('too-few');
    for (const p of phones) {
      p.assertNoErrors();
      await p.close();
    }
  });
});
