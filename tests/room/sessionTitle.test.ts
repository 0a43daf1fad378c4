// A session's title per language: the console gives both, each phone reads its own; a single text
// (older consoles, the tests) still works; anything else is refused.
import { afterEach, describe, expect, it } from 'vitest';
import { call, client, KEY, startRoom, type Running } from './roomHarness.ts';

const rooms: Running[] = [];
afterEach(async () => {
  while (rooms.length) await rooms.pop()!.stop();
});

async function titleSeenByPhone(title: unknown): Promise<unknown> {
  const room = await startRoom();
  rooms.push(room);
  const fac = await client(room.url, { role: 'facilitator', key: KEY });
  const created = await call(fac, 'createSession', { title, scenarioId: null });
  expect(created.ok).toBe(true);
  const phone = await client(room.url, { role: 'participant', code: created.code });
  const state = await call(phone, 'state', {});
  fac.close();
  phone.close();
  return state.title;
}

describe('a room session title', () => {
  it('reaches the phones in every language it was given in', async () => {
    expect(await titleSeenByPhone({ vi: 'Diễn tập ngày 3/12/2026', en: 'Drill of 03/12/2026' })).toEqual({
      vi: 'Diễn tập ngày 3/12/2026',
      en: 'Drill of 03/12/2026',
    });
    expect(await titleSeenByPhone({ vi: 'Chỉ tiếng Việt' })).toEqual({ vi: 'Chỉ tiếng Việt' });
    expect(await titleSeenByPhone('Lũ và tin đồn')).toBe('Lũ và tin đồn');
  });

  it('refuses a title in a language the app does not have, or too long, and keeps plain text', async () => {
    const room = await startRoom();
    rooms.push(room);
    const fac = await client(room.url, { role: 'facilitator', key: KEY });
    expect(await call(fac, 'createSession', { title: { fr: 'Exercice' }, scenarioId: null })).toEqual({ ok: false, error: 'invalid' });
    expect(await call(fac, 'createSession', { title: { vi: 'x'.repeat(201) }, scenarioId: null })).toEqual({ ok: false, error: 'invalid' });
    const created = await call(fac, 'createSession', { title: { vi: 'Tập\u202e huấn', en: 'Drill\u0000 one' }, scenarioId: null });
    const phone = await client(room.url, { role: 'participant', code: created.code });
    expect((await call(phone, 'state', {})).title).toEqual({ vi: 'Tập huấn', en: 'Drill one' });
    fac.close();
    phone.close();
  });
});
