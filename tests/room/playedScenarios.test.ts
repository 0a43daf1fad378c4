// A studio library scenario in a room session: the laptop's room link tells the server which
// scenario the seminar plays; one the server does not bundle (made in the studio) is sent whole,
// checked again by the server and kept with the session, and the before/after check then asks
// none of its questions — even when it is a copy of a bundled scenario under another id. The list
// is fixed when the first check opens, so "before" and "after" stay two halves of one deal.
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { connectRoom, type RoomLink } from '../../src/app/room/roomLink.ts';
import { buildForms } from '../../src/core/room/discernment.ts';
import type { CheckedScenario } from '../../src/core/scenario/checked.ts';
import { loadBundledScenarios } from '../../src/room/bundledScenarios.ts';
import { call, client, KEY, startRoom, type Running } from './roomHarness.ts';

const scenarios = loadBundledScenarios(resolve(import.meta.dirname, '../../scenarios'));
const rooms: Running[] = [];
const links: RoomLink[] = [];
afterEach(async () => {
  while (links.length) links.pop()!.close();
  while (rooms.length) await rooms.pop()!.stop();
});

async function until<T>(get: () => T | Promise<T>, ok: (v: T) => boolean, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await get();
    if (ok(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 30));
  }
}

/** A bundled scenario whose questions the check uses when nothing is left out, and a studio copy of it. */
function sourceAndCopy(): { source: CheckedScenario; copy: CheckedScenario } {
  const all = buildForms(scenarios, []);
  const ids = [...all.A, ...all.B].map((i) => i.id);
  const source = scenarios.find((c) => ids.some((id) => id.startsWith(`${c.scenario.id}/`)))!;
  return { source, copy: { ...source, scenario: { ...source.scenario, id: 'studio-copy-of-it' } } };
}

async function roomWithLink() {
  const room = await startRoom({ scenarios });
  rooms.push(room);
  const link = await connectRoom(KEY, room.url);
  links.push(link);
  await until(
    () => link.state().connected,
    (c) => c,
  );
  expect(await link.open({ vi: 'Tập huấn', en: 'Training' }, null)).toBe(true);
  return { room, link, sessionId: link.state().sessionId! };
}

describe('a studio library scenario in a room session', () => {
  it('is sent, checked by the server, and leaves its questions out of the check', async () => {
    const { room, link, sessionId } = await roomWithLink();
    const { source, copy } = sourceAndCopy();
    expect(await link.played(copy)).toBe(true);
    expect(await room.server.store.playedScenarios(sessionId)).toEqual([
      { scenario_id: 'studio-copy-of-it', text: expect.stringContaining('"studio-copy-of-it"') },
    ]);

    await link.setCheck('before');
    // Played after the check opened (one whose questions this check uses): not part of its deal.
    const expected = buildForms(scenarios, ['studio-copy-of-it'], [copy]);
    const dealt = [...expected.A, ...expected.B].map((i) => i.id);
    const other = scenarios.find((c) => c.scenario.id !== source.scenario.id && dealt.some((id) => id.startsWith(`${c.scenario.id}/`)))!;
    expect(await link.played(other)).toBe(true);

    // Phones until both forms were dealt (a phone's form follows its random id).
    const asked = new Set<string>();
    for (let n = 0; n < 40 && asked.size < dealt.length; n++) {
      const phone = await client(room.url, { role: 'participant', code: link.state().code });
      await call(phone, 'join', { name: `P${n}` });
      const before = await call(phone, 'checkItems', {});
      expect(before.ok).toBe(true);
      for (const item of before.items as { id: string }[]) asked.add(item.id);
      phone.close();
    }
    expect(asked.size).toBeGreaterThan(0);
    expect([...asked].filter((id) => id.startsWith(`${source.scenario.id}/`))).toEqual([]);
    // What the check asks is what buildForms gives with the copy seen and nothing else left out.
    expect([...asked].sort()).toEqual([...dealt].sort());
    expect([...asked].some((id) => id.startsWith(`${other.scenario.id}/`))).toBe(true);
  });

  it('a bundled scenario goes by id; the server refuses a bad key and a broken scenario', async () => {
    const { room, link, sessionId } = await roomWithLink();
    expect(await link.played(scenarios[0]!)).toBe(true);
    expect(await room.server.store.playedScenarios(sessionId)).toEqual([{ scenario_id: scenarios[0]!.scenario.id, text: null }]);

    const post = (key: string, body: string) =>
      fetch(`${room.url}/room/scenario?session=${sessionId}`, { method: 'POST', headers: { 'x-podium-key': key }, body });
    expect((await post('guess', JSON.stringify(scenarios[1]!.scenario))).status).toBe(403);
    const broken = await post(KEY, JSON.stringify({ ...scenarios[1]!.scenario, id: 'broken', beats: {} }));
    expect(broken.status).toBe(422);
    expect((await post(KEY, 'id: [unclosed')).status).toBe(422);
    expect((await fetch(`${room.url}/room/scenario?session=nope`, { method: 'POST', headers: { 'x-podium-key': KEY }, body: '{}' })).status).toBe(404);
    expect((await room.server.store.playedScenarios(sessionId)).map((r) => r.scenario_id)).toEqual([scenarios[0]!.scenario.id]);
  });
});
