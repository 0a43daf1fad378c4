// The studio's checker per keystroke, measured in Node on the largest bundled scenario: the same
// work the studio's worker does for each version of the text (loadScenario + the map's unreachable
// beats), for 40 successive keystrokes typed into a comment at the end of the file. Prints wall time
// and CPU time (process.cpuUsage: what the check costs regardless of how busy the machine is).
// The browser figure (keystroke → problems shown, headless Chromium) is printed by
// `npx vitest run --project e2e tests/e2e/studioFigures.test.ts`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { loadScenario } from '../src/core/scenario/load.ts';
import { unreachableBeats } from '../src/studio/unreachable.ts';

const dir = join(import.meta.dirname, '../scenarios');
const largest = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml') && !f.endsWith('.plan.yaml'))
  .sort((a, b) => statSync(join(dir, b)).size - statSync(join(dir, a)).size)[0]!;
const base = readFileSync(join(dir, largest), 'utf8');
const typed = '\n# checking as I type, key by key';

function check(text: string): void {
  const result = loadScenario(text, largest);
  if (result.scenario) unreachableBeats(result.scenario);
}

for (let i = 0; i < 5; i++) check(base); // warm up
const wall: number[] = [];
const cpu: number[] = [];
let text = base;
for (const ch of typed.repeat(2).slice(0, 40)) {
  text += ch;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  check(text);
  wall.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
}
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;
const line = (name: string, xs: number[]) => `${name} p50 ${pct(xs, 50).toFixed(1)} ms, p95 ${pct(xs, 95).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms`;
console.log(`studio checker per keystroke on ${largest} (${(base.length / 1024).toFixed(1)} KiB of text), ${wall.length} keystrokes, goal p95 ≤ 100 ms`);
console.log(`  ${line('CPU ', cpu)}`);
console.log(`  ${line('wall', wall)}  (load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores)`);
