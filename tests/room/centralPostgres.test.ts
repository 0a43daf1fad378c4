// The central-server setting: the same schema and queries on a real PostgreSQL, and two server
// processes sharing rooms through the Socket.IO PostgreSQL adapter (a multi-site drill).
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tally } from '../../src/room/protocol.ts';
import { call, client, KEY, next, startRoom } from './roomHarness.ts';
import { startPostgres, type ThrowawayPostgres } from './throwawayPostgres.ts';

let pg: ThrowawayPostgres;
beforeAll(async () => {
  pg = await startPostgres();
}, 60_000);
afterAll(() => pg?.stop());

function serverProcess(port: number): Promise<{ child: ChildProcess; url: string }> {
  const root = resolve(import.meta.dirname, '../..');
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/room/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PODIUM_DATABASE_URL: pg.url,
      PODIUM_ROOM_PORT: String(port),
      PODIUM_ROOM_HOST: '127.0.0.1',
      PODIUM_ROOM_STATIC: 'no-such-folder',
      PODIUM_FACILITATOR_KEY: KEY,
      PODIUM_ROOM_SCALE_OUT: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolveUp, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 60_000);
    const onData = (b: Buffer) => {
      out += b.toString();
      if (out.includes('Phones join at')) {
        clearTimeout(timer);
        resolveUp({ child, url: `http://127.0.0.1:${port}` });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
  });
}

describe('room server on a central PostgreSQL', () => {
  it('runs the same schema and queries as the embedded database', async () => {
    const room = await startRoom({ setting: pg.url });
    try {
      expect(room.db.kind).toBe('postgres');
      const fac = await client(room.url, { role: 'facilitator', key: KEY });
      const { code } = await call(fac, 'createSession', { title: 'Central', scenarioId: null });
      const { pollId } = await call(fac, 'openPoll', { beatId: 'q1', kind: 'choice', prompt: 'Q', options: ['a', 'b'], best: 0 });
      const phone = await client(room.url, { role: 'participant', code });
      await call(phone, 'join', { name: 'Bình' });
      await call(phone, 'vote', { pollId, choice: 1 });
      await call(phone, 'vote', { pollId, choice: 1 });
      const results = await call(fac, 'results');
      expect(results.polls[0].tally.counts).toEqual([0, 1]);
      fac.close();
      phone.close();
    } finally {
      await room.stop();
    }
  }, 60_000);

  it('two server processes share a room: phones split between them, one histogram, counts agree', async () => {
    const base = 20000 + Math.floor(Math.random() * 20000);
    const [a, b] = await Promise.all([serverProcess(base), serverProcess(base + 1)]);
    try {
      const fac = await client(a.url, { role: 'facilitator', key: KEY });
      const { code, sessionId } = await call(fac, 'createSession', { title: 'Hai tỉnh', scenarioId: null });
      const phones = await Promise.all(
        Array.from({ length: 20 }, async (_, i) => {
          const s = await client(i % 2 === 0 ? a.url : b.url, { role: 'participant', code });
          await call(s, 'join', { name: null });
          return s;
        }),
      );
      // A poll opened on server A reaches the phones connected to server B.
      const reached = Promise.all(phones.map((p) => next<{ id: string }>(p, 'poll')));
      const { pollId } = await call(fac, 'openPoll', { beatId: 'q1', kind: 'choice', prompt: 'Q', options: ['a', 'b', 'c'], best: 2 });
      expect((await reached).every((p) => p.id === pollId)).toBe(true);
      let latest: Tally | null = null;
      fac.on('tally', (t: Tally) => {
        if (!latest || t.version >= latest.version) latest = t;
      });
      const expected = [0, 0, 0];
      await Promise.all(
        phones.map(async (p, i) => {
          expected[i % 3]! += 1;
          await call(p, 'vote', { pollId, choice: i % 3 });
          await call(p, 'vote', { pollId, choice: i % 3 });
        }),
      );
      // Tallies computed on B reach the console on A; the last one has every vote.
      const deadline = Date.now() + 10_000;
      while ((latest as Tally | null)?.total !== 20 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect((latest as Tally | null)?.counts).toEqual(expected);
      const facB = await client(b.url, { role: 'facilitator', key: KEY });
      await call(facB, 'attach', { sessionId });
      expect((await call(facB, 'results')).polls[0].tally.counts).toEqual(expected);
      [fac, facB, ...phones].forEach((s) => s.close());
    } finally {
      a.child.kill('SIGTERM');
      b.child.kill('SIGTERM');
    }
  }, 120_000);
});
