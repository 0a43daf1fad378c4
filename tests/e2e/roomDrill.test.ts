// A drill with the room: the app served by the room server shows how to join; three phones join;
// each question the trainee is asked reaches the phones with the options in the order the trainee
// sees them; nothing of the vote is on the projector until the facilitator reveals it; the trainee's
// answer closes the vote; the debrief shows how the room voted against the best answer.
import { io, type Socket } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import type { SessionView } from '../../src/core/session/types.ts';
import { joinPhones, useRoomServer } from './roomServer.ts';
import { openPage, screenshot, useBrowser, waitForScreen } from './harness.ts';
import { startFromMenu, view, waitForBeat, waitForMenu } from './keyboardDriver.ts';

const browser = useBrowser();
const KEY = 'room-drill-key';
const roomUrl = useRoomServer(KEY);

describe('a drill with the room', () => {
  it('phones vote on each question in the order the trainee sees, the projector shows it only once revealed, the debrief shows the room', async () => {
    const url = roomUrl();
    const projector = await openPage(browser(), `${url}/?lang=vi&timescale=4`, { width: 1920, height: 1080 });
    await waitForMenu(projector.page);
    await projector.page.waitForSelector('.room-badge .room-code');
    const code = (await projector.page.textContent('.room-badge .room-code'))!.trim();
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    await screenshot(projector.page, 'room-projector-menu-1080p');
    // J shows the join slide with the QR code for the back row, and hides it again.
    await projector.page.keyboard.press('j');
    await projector.page.waitForSelector('.room-slide:not([hidden]) .room-qr');
    await projector.page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('.room-slide .room-qr');
      return !!img && img.complete && img.naturalWidth > 0;
    });
    await screenshot(projector.page, 'room-projector-join-slide-1080p');
    await projector.page.keyboard.press('j');
    await projector.page.waitForSelector('.room-slide', { state: 'hidden' });

    const phones = await joinPhones(browser(), url, code, [
      { name: 'Hà', lang: 'vi' },
      { name: 'Minh', lang: 'vi' },
      { name: null, lang: 'vi' },
    ]);
    await projector.page.waitForFunction(() => document.querySelector('.room-badge .room-count')?.textContent?.startsWith('3'));

    await startFromMenu(projector.page, 'flood-dam-rumour');
    let v: SessionView = await waitForBeat(projector.page);
    // Pause the clock while the room votes: the drill waits for the room in a real seminar too.
    const beat = v.beat!;
    expect(beat.answers.length).toBeGreaterThanOrEqual(2);
    const shown = beat.answers.map((a) => (a.text as Record<string, string>).vi);
    for (const p of phones) {
      await p.page.waitForSelector('.options button');
      const texts = await p.page.locator('.options button').allTextContents();
      expect(texts.map((t) => t.replace(/^\d+\. /, ''))).toEqual(shown);
    }
    for (const [i, p] of phones.entries()) await p.page.click(`.options button >> nth=${i % 2}`);

    // The facilitator (here a socket with the key, as the console would be) sees the tally; the wall does not.
    const fac: Socket = io(url, { auth: { role: 'facilitator', key: KEY }, transports: ['websocket'] });
    await new Promise<void>((r) => fac.once('connect', () => r()));
    const sessionId = await projector.page.evaluate(() => JSON.parse(localStorage.getItem('podium.room.session')!).sessionId as string);
    expect((await fac.emitWithAck('attach', { sessionId })).ok).toBe(true);
    let results = await fac.emitWithAck('results', {});
    const poll = results.polls.at(-1);
    expect(poll.beatId).toBe(beat.id);
    await expect.poll(async () => (await fac.emitWithAck('results', {})).polls.at(-1).tally.total, { timeout: 10_000 }).toBe(3);
    expect(await projector.page.locator('.room-result').isVisible()).toBe(false);
    expect(await projector.page.locator('.room-badge').isVisible()).toBe(false);
    expect(await projector.page.evaluate(() => document.body.textContent.includes('phiếu'))).toBe(false);

    // Not before the trainee answered: the room's vote would hint at the answer (roomPublish.test.ts).
    expect(await fac.emitWithAck('reveal', { pollId: poll.id, revealed: true, best: true })).toEqual({ ok: false, error: 'poll-open' });

    // The trainee answers (position 1): the vote closes with that choice.
    await projector.page.keyboard.press('1');
    await expect
      .poll(async () => (await fac.emitWithAck('results', {})).polls.find((p: { id: string }) => p.id === poll.id).traineeChoice, { timeout: 10_000 })
      .toBe(0);
    // Published after the next question was asked (asking it takes published results down).
    await expect.poll(async () => (await fac.emitWithAck('results', {})).polls.length, { timeout: 10_000 }).toBeGreaterThan(1);
    expect((await fac.emitWithAck('reveal', { pollId: poll.id, revealed: true, best: true })).ok).toBe(true);
    await projector.page.waitForSelector('.room-result:not([hidden]) li');
    expect(await projector.page.locator('.room-result li').count()).toBe(beat.answers.length);
    await screenshot(projector.page, 'room-projector-revealed-1080p');
    await fac.emitWithAck('reveal', { pollId: poll.id, revealed: false });
    await projector.page.waitForSelector('.room-result', { state: 'hidden' });
    // The next question reaches the phones as soon as it is asked.
    v = await waitForBeat(projector.page, beat.askedAt);
    if (v.status !== 'ended') {
      const next = (v.beat!.ask as Record<string, string>).vi;
      for (const p of phones) await p.page.waitForFunction((t) => document.querySelector('.prompt')?.textContent === t, next, { timeout: 10_000 });
    }

    // Play the rest by keys; then the debrief has the room's section for the first question.
    while (v.status !== 'ended') {
      const asked = v.beat!.askedAt;
      if (v.beat!.answers.length > 0) await projector.page.keyboard.press('1');
      else {
        await projector.page.keyboard.type('Chúng tôi đang xác minh và sẽ thông báo ngay.');
        await projector.page.keyboard.press('Enter');
      }
      v = await waitForBeat(projector.page, asked);
    }
    await waitForScreen(projector.page, 'Debrief');
    results = await fac.emitWithAck('results', {});
    expect(results.polls.length).toBeGreaterThan(1);
    // The report has the room's section: the first question with its three votes and the marks.
    await projector.page.locator('[data-overlay="debrief"]').waitFor({ state: 'visible', timeout: 20_000 });
    const first = projector.page.locator('.pd-room .pd-room-beat').first();
    await first.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await first.textContent()).toContain('3 phiếu');
    expect(await first.locator('.pd-room-marks').allTextContents()).toContainEqual(expect.stringContaining('học viên chọn'));
    await first.scrollIntoViewIfNeeded();
    await screenshot(projector.page, 'room-debrief-section-1080p');
    expect((await view(projector.page)).status).toBe('ended');
    fac.close();
    for (const p of phones) {
      p.assertNoErrors();
      await p.close();
    }
    projector.assertNoErrors();
    await projector.close();
  });
});
