// The menu's start-up JavaScript — what index.html loads before its first screen: its module script
// and its modulepreload links — stays within issue 3's budget (120 KB gzip without Phaser, the figure
// `npm run bench:web` judges), and holds none of the code kept behind the app's lazy boundaries
// (docs/frontend.md, "What the start-up loads"). Sizes of the built files, nothing timed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';

const BUDGET_KB = 120;

/** A text only the code behind each lazy boundary holds. */
const LAZY_MARKERS: [string, string][] = [
  ["the checker's message registry (templates)", 'each scenario needs its own id'],
  ['the room (socket.io)', '/socket.io'],
  ['the debrief report', 'pd-debrief'],
  ['the history', 'pd-history'],
  ["the phone page's strings", 'Join anonymously'],
];

describe("the menu's start-up JavaScript", () => {
  it(`is at most ${BUDGET_KB} KB gzip without Phaser and leaves out what the first screen does not need`, () => {
    const dist = inject('distDir');
    if (!dist) return; // E2E_BASE_URL: someone else's server, no files to measure
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const files = [...html.matchAll(/<script[^>]+src="\.\/([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="\.\/([^"]+\.js)"/g)].map((m) => m[1] ?? m[2]!);
    expect(files.some((f) => /(^|\/)main-[\w-]+\.js$/.test(f))).toBe(true);
    const own = files.filter((f) => !/(^|\/)phaser[-.]/.test(f));
    let gzip = 0;
    for (const file of own) {
      const code = readFileSync(join(dist, file));
      gzip += gzipSync(code, { level: 9 }).length;
      const text = code.toString('utf8');
      for (const [what, marker] of LAZY_MARKERS) expect(text.includes(marker), `${file} holds ${what}`).toBe(false);
    }
    console.log(`[start-up] index.html loads ${own.join(', ')}: ${(gzip / 1024).toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)`);
    expect(gzip / 1024).toBeLessThanOrEqual(BUDGET_KB);
  });
});
