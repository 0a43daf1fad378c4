// `scenario play`: in-process for the transcript and the messages, and one real spawn for the
// command line itself.
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseAnswers, runPlay } from '../../src/cli/play.ts';

const FLOOD = 'tests/fixtures/engine/flood.yaml';
const TIMING = 'tests/fixtures/engine/timing.yaml';

async function play(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  const code = await runPlay(argv);
  vi.restoreAllMocks();
  return { code, out: out.join('\n'), err: err.join('\n') };
}

afterEach(() => vi.restoreAllMocks());

describe('parseAnswers', () => {
  it('reads numbers, text (commas included), timeouts and injects', () => {
    expect(parseAnswers('1,2,text:chưa xác nhận, đang xác minh,timeout,inject:dam')).toEqual([
      { kind: 'choose', n: 1 },
      { kind: 'choose', n: 2 },
      { kind: 'type', text: 'chưa xác nhận, đang xác minh' },
      { kind: 'timeout' },
      { kind: 'inject', id: 'dam' },
    ]);
  });

  it('tolerates quotes a shell left in', () => {
    expect(parseAnswers(`2,"text:a, b",'timeout'`)).toEqual([{ kind: 'choose', n: 2 }, { kind: 'type', text: 'a, b' }, { kind: 'timeout' }]);
  });

  it('refuses anything else', () => {
    expect(() => parseAnswers('1,maybe')).toThrow(/"maybe" in --answers/);
  });
});

describe('runPlay', () => {
  it('prints the transcript: questions, answers, points with reasons, feed, ending, scores', async () => {
    const { code, out } = await play(FLOOD, '--lang', 'en', '--answers', '2,text:Deaths are not confirmed, we are verifying the report.,timeout');
    expect(code).toBe(0);
    expect(out).toContain('[0:00] q-open — Nguyễn Thị Lan (Tin Nhanh Daily): Can you confirm the dam is about to burst?');
    expect(out).toContain('[0:05]   → answer 2: No comment.');
    expect(out).toContain('-2 rumour-rebuttal  (answer 2)');
    expect(out).toContain('[0:10]   → typed: "Deaths are not confirmed, we are verifying the report."');
    expect(out).toContain('+2 accuracy  (rubric line 1, matched "not confirmed", "verifying")');
    expect(out).toContain('[0:20] RUMOUR @tinnong24h: URGENT: Da Bac dam about to burst, evacuate now!');
    expect(out).toContain('[0:50]   → (silence until the time limit)');
    expect(out).toMatch(/At the end:\n\s+-2 rumour-rebuttal\s+\(rumour dam-collapse: unrebutted\)/);
    expect(out).toContain('Ending: trusted (the questions ran out, at 0:50) — The press reported accurately.');
    expect(out).toMatch(/accuracy\s+\+2\s+-3\.\.4\s+71\s+Accuracy/);
    expect(out).toMatch(/overall\s+\d+/);
  });

  it('answers in Vietnamese by default and lets the remaining beats time out', async () => {
    const { code, out } = await play(FLOOD, '--answers', '1');
    expect(code).toBe(0);
    expect(out).toContain('played in "vi"');
    expect(out).toContain('[0:45]   → (silence until the time limit)');
    expect(out).toContain('Ending: trusted');
  });

  it("numbers answers as shown: the file's order, or the seed's with --shuffle", async () => {
    const plain = await play(FLOOD, '--lang', 'en', '--answers', '1');
    expect(plain.out).toContain('→ answer 1: No. The dam was inspected');
    expect(plain.out).not.toContain('answers shown in');
    // Seed 0 shows q-open's two answers swapped (engine/shuffle.ts), so "1" is the file's answer 2.
    const shuffled = await play(FLOOD, '--lang', 'en', '--shuffle', '0', '--answers', '1');
    expect(shuffled.code).toBe(0);
    expect(shuffled.out).toContain("(answers shown in the file's order 2, 1)");
    expect(shuffled.out).toContain('→ answer 1: No comment.');
    expect(shuffled.out).toContain('-2 rumour-rebuttal  (answer 1)');
    expect((await play(FLOOD, '--shuffle', 'x')).err).toContain('--shuffle is a seed');
  });

  it('injects, and answers --after seconds after each question', async () => {
    const { code, out } = await play(TIMING, '--after', '2', '--answers', 'inject:call,1');
    expect(code).toBe(0);
    expect(out).toContain('[0:00] CALL The minister: The minister wants to hear what you told the press');
    expect(out).toContain('[0:02]   → answer 1');
    expect(out).toMatch(/\[0:02\] q-minister/);
  });

  it('exits 2 with a clear message when an answer does not fit the beat', async () => {
    const { code, err, out } = await play(FLOOD, '--answers', '3');
    expect(code).toBe(2);
    expect(err).toContain('answer 1: beat q-open has answers 1 to 2, not 3');
    expect(out).toContain('Scores:');
    expect((await play(FLOOD, '--answers', 'text:hello')).err).toContain('beat q-open takes no typed answer');
    expect((await play(FLOOD, '--no-time-limits', '--answers', 'timeout')).err).toContain('"timeout" needs answer time limits');
    expect((await play(FLOOD, '--lang', 'fr')).code).toBe(2);
    expect((await play(FLOOD, '--bogus')).err).toContain('unknown option --bogus');
  });

  it('exits 2 for a missing file and 1 with the checker diagnostics for a bad one', async () => {
    const missing = await play('tests/fixtures/engine/nope.yaml');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^tests\/fixtures\/engine\/nope\.yaml:1:1 error \[cannot-read\]/);
    const bad = await play('tests/fixtures/engine/checked.ts');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/checked\.ts:\d+:\d+ error \[/);
  });

  it('runs as `npm run scenario -- play`', () => {
    const r = spawnSync('npx', ['tsx', 'src/cli/scenario.ts', 'play', FLOOD, '--answers', '1,"text:chưa xác nhận"'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Ending: trusted');
  });
});
