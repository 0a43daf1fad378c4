// Load test of the room server on loopback: a hall of phones joins one session and votes on a
// run of questions while the console watches the histogram. Prints, per run, the time from a vote
// being sent to the console's histogram including it (p50/p95/p99/max), the server's memory (RSS
// now and peak, from /proc), and whether every vote was counted exactly once.
//   npm run bench:room                      300 phones × 12 questions, embedded database
//   PHONES=100 QUESTIONS=4 npm run bench:room
// The server runs as its own process (as in a hall), the phones and the console in this one.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { io as connect, type Socket } from 'socket.io-client';
import type { Tally } from '../src/room/protocol.ts';

const PHONES = Number(process.env.PHONES ?? 300);
const QUESTIONS = Number(process.env.QUESTIONS ?? 12);
const VOTE_WINDOW_MS = Number(process.env.VOTE_WINDOW_MS ?? 4000);
const KEY = 'bench-key';
const PORT = 30000 + Math.floor(Math.random() * 20000);
const URL = `http://127.0.0.1:${PORT}`;

function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

function socket(auth: Record<string, unknown>): Promise<Socket> {
  return new Promise((res, rej) => {
    const s = connect(URL, { auth, transports: ['websocket'], reconnection: false, forceNew: true });
    s.once('connect', () => res(s));
    s.once('connect_error', rej);
  });
}

async function main(): Promise<void> {
  const root = resolve(import.meta.dirname, '..');
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/room/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PODIUM_DATABASE_URL: process.env.PODIUM_DATABASE_URL ?? 'memory://',
      PODIUM_ROOM_PORT: String(PORT),
      PODIUM_ROOM_HOST: '127.0.0.1',
      PODIUM_ROOM_STATIC: 'none',
      PODIUM_FACILITATOR_KEY: KEY,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((res) => server.stdout!.on('data', (b: Buffer) => b.toString().includes('Phones join at') && res()));
  const idle = memory(server.pid!);

  const fac = await socket({ role: 'facilitator', key: KEY });
  const { code } = (await fac.emitWithAck('createSession', { title: 'Load', scenarioId: null })) as { code: string };
  const t0 = performance.now();
  const phones: Socket[] = [];
  for (let i = 0; i < PHONES; i += 50) {
    phones.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(50, PHONES - i) }, async () => {
          const s = await socket({ role: 'participant', code });
          await s.emitWithAck('join', { name: null });
          return s;
        }),
      )),
    );
  }
  const joinMs = performance.now() - t0;

  const latencies: number[] = [];
  let lost = 0;
  let refused = 0;
  let peakDuringVotes = 0;
  for (let q = 0; q < QUESTIONS; q++) {
    const options = ['A', 'B', 'C', 'D'];
    const tallies: { at: number; tally: Tally }[] = [];
    const onTally = (tally: Tally) => tallies.push({ at: performance.now(), tally });
    fac.on('tally', onTally);
    const { pollId } = (await fac.emitWithAck('openPoll', { beatId: `q${q}`, kind: 'choice', prompt: `Question ${q + 1}`, options, best: 0 })) as {
      pollId: string;
    };
    const expected = [0, 0, 0, 0];
    const sent: { at: number; version: number }[] = [];
    await Promise.all(
      phones.map(
        (p, i) =>
          new Promise<void>((res) => {
            const choice = (i * 7 + q) % 4;
            expected[choice]! += 1;
            setTimeout(async () => {
              const at = performance.now();
              const ack = (await p.emitWithAck('vote', { pollId, choice })) as { ok: boolean; version?: number };
              if (!ack.ok || ack.version === undefined) refused++;
              else sent.push({ at, version: ack.version });
              // A phone on bad Wi-Fi sends it again: it must not count twice.
              if (i % 5 === 0) await p.emitWithAck('vote', { pollId, choice });
              res();
            }, Math.random() * VOTE_WINDOW_MS);
          }),
      ),
    );
    const deadline = performance.now() + 5000;
    while (performance.now() < deadline && (tallies.at(-1)?.tally.total ?? 0) < PHONES) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 100));
    peakDuringVotes = Math.max(peakDuringVotes, memory(server.pid!).rss);
    fac.off('tally', onTally);
    for (const v of sent) {
      const seen = tallies.find((t) => t.tally.pollId === pollId && t.tally.version >= v.version);
      if (seen) latencies.push(seen.at - v.at);
      else lost++;
    }
    const final = tallies.filter((t) => t.tally.pollId === pollId).reduce<Tally | null>((a, t) => (!a || t.tally.version > a.version ? t.tally : a), null);
    if (JSON.stringify(final?.counts) !== JSON.stringify(expected)) {
      console.log(`question ${q + 1}: counts ${JSON.stringify(final?.counts)} expected ${JSON.stringify(expected)}`);
      lost++;
    }
    await fac.emitWithAck('closePoll', { pollId, traineeChoice: 0 });
  }
  const mem = memory(server.pid!);
  console.log(`room load: ${PHONES} phones × ${QUESTIONS} questions, votes spread over ${VOTE_WINDOW_MS} ms, every 5th sent twice`);
  console.log(`  join all phones: ${joinMs.toFixed(0)} ms`);
  console.log(
    `  vote → console histogram: p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms (goal p95 ≤ 200 ms: ${percentile(latencies, 95) <= 200 ? 'met' : 'MISSED'})`,
  );
  console.log(`  votes counted: ${latencies.length} of ${PHONES * QUESTIONS}; lost or miscounted: ${lost}; refused: ${refused}`);
  console.log(
    `  server memory: idle ${idle.rss.toFixed(0)} MB, during votes ${peakDuringVotes.toFixed(0)} MB, end ${mem.rss.toFixed(0)} MB, peak ${mem.peak.toFixed(0)} MB`,
  );
  [fac, ...phones].forEach((s) => s.close());
  server.kill('SIGTERM');
  process.exit(lost === 0 && refused === 0 ? 0 : 1);
}

void main();
