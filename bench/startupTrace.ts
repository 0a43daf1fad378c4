// Where the app's start-up time goes (`npx tsx bench/startupTrace.ts`; not a test): builds the app
// as the web bench does, opens it a few times in headless Chromium with a performance trace, and
// prints, per run, when each resource arrived, how long the scripts took to compile and run, and
// when the Preloader, the fonts and the menu were reached.
//
//   TRACE_RUNS=3   runs (the first, a cold cache, is not printed)
//   TRACE_RENDERER=canvas|webgl
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { RawSourceMap, SourceMapConsumer } from 'source-map-js';
import { build, preview } from 'vite';
import { launchChromium } from '../tests/e2e/chromium.ts';

const root = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.TRACE_RUNS) || 3;
const RENDERER = process.env.TRACE_RENDERER === 'webgl' ? 'webgl' : 'canvas';
/** TRACE_PAGE=bare traces the bench's bare Phaser scene instead of the app. */
const BARE = process.env.TRACE_PAGE === 'bare';

// Notes, before any page script, when the screen changes and when the fonts finish loading.
const PROBE = `
  globalThis.__name ??= (fn) => fn;
  window.__trace = [];
  const note = (what) => window.__trace.push([what, performance.now()]);
  new MutationObserver(() => {
    const s = document.body && document.body.dataset.screen;
    if (s && window.__trace.at(-1)?.[0] !== 'screen ' + s) {
      note('screen ' + s);
      requestAnimationFrame(() => note('painted after ' + s));
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-screen'] });
  document.fonts && document.fonts.addEventListener('loadingdone', () => note('fonts loadingdone'));
  document.addEventListener('DOMContentLoaded', () => note('DOMContentLoaded'));
`;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  args?: { data?: { url?: string } };
}

async function main(): Promise<void> {
  const out = await mkdtemp(join(tmpdir(), 'podium-trace-'));
  process.env.NODE_ENV = 'production';
  const pageRoot = BARE ? join(root, 'bench', 'bare') : root;
  const configFile = BARE ? false : undefined;
  await build({
    root: pageRoot,
    configFile,
    base: './',
    mode: 'production',
    logLevel: 'error',
    build: { outDir: out, emptyOutDir: true, reportCompressedSize: false, chunkSizeWarningLimit: 5000, sourcemap: 'hidden' },
  });
  const server = await preview({
    root: pageRoot,
    configFile,
    logLevel: 'error',
    build: { outDir: out },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const url = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/?renderer=${RENDERER}`;
  const browser = await launchChromium();
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      await page.addInitScript(PROBE);
      await browser.startTracing(page, { categories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline'] });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForFunction(() => (window as unknown as { __trace: [string, number][] }).__trace.some(([w]) => w === 'painted after Menu'), null, {
        timeout: 60_000,
        polling: 10,
      });
      const buffer = await browser.stopTracing();
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      const notes = await page.evaluate(() =>
        [
          ...(window as unknown as { __trace: [string, number][] }).__trace,
          ...performance.getEntriesByType('mark').map((m) => [`mark ${m.name}`, m.startTime] as [string, number]),
        ].sort((a, b) => a[1] - b[1]),
      );
      const resources = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((e) => {
          const r = e as PerformanceResourceTiming;
          return [r.name.replace(/^.*\//, ''), r.startTime, r.responseEnd] as const;
        }),
      );
      const nav = await page.evaluate(() => {
        const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return { responseEnd: n.responseEnd, domInteractive: n.domInteractive };
      });
      await context.close();
      if (run === 0) continue;
      console.log(`\nrun ${run} (${RENDERER})`);
      console.log(`  ${nav.responseEnd.toFixed(0).padStart(5)}  html received; domInteractive ${nav.domInteractive.toFixed(0)}`);
      for (const [name, start, end] of resources) console.log(`  ${end.toFixed(0).padStart(5)}  ${name} (requested at ${start.toFixed(0)})`);
      for (const [what, at] of notes) console.log(`  ${at.toFixed(0).padStart(5)}  ${what}`);
      summariseTrace(JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] });
      summariseProfile(profile, out);
    }
  } finally {
    await browser.close();
    await server.close();
    await rm(out, { recursive: true, force: true });
  }
}

// Main-thread time by kind, for the whole run up to the menu's first frame.
function summariseTrace(trace: { traceEvents: TraceEvent[] }): void {
  const totals = new Map<string, number>();
  const byScript = new Map<string, number>();
  for (const e of trace.traceEvents) {
    if (e.ph !== 'X' || !e.dur) continue;
    if (
      [
        'v8.compile',
        'v8.compileModule',
        'V8.CompileCode',
        'EvaluateScript',
        'v8.evaluateModule',
        'FunctionCall',
        'TimerFire',
        'FireAnimationFrame',
        'ParseHTML',
        'Layout',
        'Paint',
        'UpdateLayoutTree',
        'RunMicrotasks',
        'GCEvent',
        'MinorGC',
        'MajorGC',
      ].includes(e.name)
    ) {
      totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur / 1000);
    }
    const u = e.args?.data?.url;
    if (
      u?.startsWith('http://127.0.0.1') &&
      (e.name === 'v8.compileModule' || e.name === 'v8.evaluateModule' || e.name === 'EvaluateScript' || e.name === 'v8.compile')
    ) {
      const key = `${e.name} ${u.replace(/^.*\//, '')}`;
      byScript.set(key, (byScript.get(key) ?? 0) + e.dur / 1000);
    }
  }
  console.log('  main thread, ms by event (nested events overlap):');
  for (const [name, ms] of [...totals].sort((a, b) => b[1] - a[1])) console.log(`    ${ms.toFixed(1).padStart(7)}  ${name}`);
  for (const [name, ms] of [...byScript].sort((a, b) => b[1] - a[1])) console.log(`    ${ms.toFixed(1).padStart(7)}  ${name}`);
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

// Self time by function and by script, from a sampled CPU profile (our origin only, plus the
// engine's own work: GC, parsing, idle excluded).
// source-map-js comes with vite (not a dependency of ours): without it, minified names are shown.
const sourceMaps = await import('source-map-js').catch(() => null);
const consumers = new Map<string, SourceMapConsumer | null>();
function original(outDir: string, file: string, line: number, column: number): string | null {
  if (!consumers.has(file)) {
    const map = join(outDir, 'assets', `${file}.map`);
    consumers.set(file, sourceMaps && existsSync(map) ? new sourceMaps.SourceMapConsumer(JSON.parse(readFileSync(map, 'utf8')) as RawSourceMap) : null);
  }
  const pos = consumers.get(file)?.originalPositionFor({ line: line + 1, column });
  if (!pos?.source) return null;
  return `${pos.name ?? ''} ${pos.source.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '')}:${pos.line}`;
}

function summariseProfile(profile: CpuProfile, outDir: string): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const [id, ms] of self) {
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === '(idle)' || frame.functionName === '(program)') continue;
    const file = frame.url.replace(/^.*\//, '') || frame.functionName;
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
    const key = original(outDir, file, frame.lineNumber, frame.columnNumber) ?? `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
  }
  // Inclusive time of the app's own functions (src/), to see which screen's code costs what.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map<string, number>();
  for (const [id, ms] of self) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      const file = frame.url.replace(/^.*\//, '');
      if (!file.startsWith('index-')) continue;
      const key = original(outDir, file, frame.lineNumber, frame.columnNumber);
      if (!key?.includes('src/') || seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
    }
  }
  console.log('  CPU inclusive time of src/ functions (ms), top 25:');
  for (const [name, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`    ${ms.toFixed(1).padStart(7)}  ${name}`);
  console.log('  CPU self time by script (ms):');
  for (const [name, ms] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`    ${ms.toFixed(1).padStart(7)}  ${name}`);
  console.log('  CPU self time by function (ms), top 25:');
  for (const [name, ms] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`    ${ms.toFixed(1).padStart(7)}  ${name}`);
}

await main();
