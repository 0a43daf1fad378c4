// The web bench (`npm run bench:web`; not a test): how fast the menu is ready compared with a
// bare Phaser scene measured in the same run, how much JavaScript the app ships and what it is
// made of, and how smooth the press room is at its busiest, in headless Chromium.
//
//   BENCH_RUNS=9            start-up runs per page (median reported)
//   BENCH_FRAME_SECONDS=5   frame sampling per renderer
//
// Goals (issue 3): start-up ratio app/bare ≤ 1.10; app JS without Phaser ≤ 120 KB gzip, judged on
// what the menu's page (index.html) loads before its first screen — its entry and every chunk that
// imports statically; chunks loaded with import() later, and the console's and the phone's pages,
// are listed and totalled apart; frame p95 ≤ 16.7 ms and no long task over 50 ms at 1920×1080.
// Results also go to bench/results/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { launchChromium } from '../tests/e2e/chromium.ts';
import { busyPressRoom, type BusyState } from './busyPressRoom.ts';

const root = resolve(import.meta.dirname, '..');
const bareRoot = join(root, 'bench', 'bare');
const RUNS = positive(process.env.BENCH_RUNS, 9);
const FRAME_SECONDS = positive(process.env.BENCH_FRAME_SECONDS, 5);
const GOALS = { startupRatio: 1.1, appJsGzipKb: 120, p95Ms: 16.7, longTaskMs: 50 };
const RENDERERS = ['webgl', 'canvas'] as const;
type Renderer = (typeof RENDERERS)[number];
/** A frame taking longer than 1.5 refresh periods at 60 Hz means at least one was dropped. */
const DROPPED_FRAME_MS = 25;

interface StartupSample {
  /** ms from navigation start to the first frame painted after body[data-screen] became 'Menu'. */
  interactive: number;
  /** ms from a key press (event time) to the next frame painted after the page handled it. */
  inputToFrame: number;
  renderer: string;
}

interface StartupResult {
  requested: Renderer;
  app: StartupSample[];
  bare: StartupSample[];
}

/** When a chunk is loaded: at the menu page's start-up, only at another page's (console.html,
 *  phone.html), or later through import(). */
type Loaded = 'menu' | 'page' | 'lazy';

interface CompositionPart {
  /** A package, 'virtual:scenarios', a locales folder or a src/ area. */
  part: string;
  loaded: Loaded;
  bytes: number;
  /** The part's share of its chunk's gzip size (gzip cannot be split exactly by module). */
  gzipEstimate: number;
}

interface FrameResult {
  requested: Renderer;
  renderer: string;
  /** null for the bare Phaser scene (the baseline). */
  state: BusyState | null;
  frames: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Frames over DROPPED_FRAME_MS. */
  dropped: number;
  longTasks: number[];
}

interface ChunkSize {
  file: string;
  loaded: Loaded;
  phaser: boolean;
  bytes: number;
  gzip: number;
}

async function main(): Promise<void> {
  const appOut = await mkdtemp(join(tmpdir(), 'podium-bench-app-'));
  const bareOut = await mkdtemp(join(tmpdir(), 'podium-bench-bare-'));
  const servers: PreviewServer[] = [];
  let browser: Browser | undefined;
  try {
    // Built here, from the sources as they are now, into folders of our own: what is measured is
    // exactly what is served, whoever else is writing dist/ meanwhile.
    const chunks = await buildApp(appOut);
    await buildBare(bareOut);
    const appUrl = await serve(servers, root, appOut, undefined);
    const bareUrl = await serve(servers, bareRoot, bareOut, false);
    browser = await launchChromium();
    const load = () =>
      loadavg()
        .map((n) => n.toFixed(2))
        .join(' ');
    console.log(`Chromium ${browser.version()}, headless, flags as in tests/e2e/chromium.ts; ${RUNS} start-up runs each.`);
    console.log(`Machine: ${cpus().length} cores, load average ${load()} at the start.`);

    const startup: StartupResult[] = [];
    for (const renderer of RENDERERS) startup.push(await measureStartup(browser, appUrl, bareUrl, renderer));
    const sizes = measureSizes(chunks);
    const composition = measureComposition(chunks);
    const frames: FrameResult[] = [];
    for (const renderer of RENDERERS) {
      frames.push(await measureFrames(browser, appUrl, renderer));
      frames.push(await measureFrames(browser, bareUrl, renderer, true));
    }

    const report = printReport(startup, sizes, composition, frames);
    console.log(`\nLoad average ${load()} at the end (a shared machine: figures move with it).`);
    const resultsDir = join(root, 'bench', 'results');
    mkdirSync(resultsDir, { recursive: true });
    const file = join(resultsDir, `web-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, JSON.stringify({ chromium: browser.version(), runs: RUNS, ...report, startup, sizes, composition, frames }, null, 2));
    console.log(`\nRaw figures: ${file}`);
  } finally {
    await browser?.close();
    for (const server of servers) await server.close();
    await rm(appOut, { recursive: true, force: true });
    await rm(bareOut, { recursive: true, force: true });
  }
}

// tsx compiles this file keeping function names, which wraps nested functions in a `__name`
// helper; functions sent to the page with page.evaluate need that helper there too.
const KEEP_NAMES_SHIM = 'globalThis.__name ??= (fn) => fn;';

async function newContext(browser: Browser, width: number, height: number) {
  const context = await browser.newContext({ viewport: { width, height } });
  await context.addInitScript(KEEP_NAMES_SHIM);
  return context;
}

// ---- serving -------------------------------------------------------------------------------

type OutputChunk = Extract<Extract<Awaited<ReturnType<typeof build>>, { output: unknown }>['output'][number], { type: 'chunk' }>;

async function buildApp(outDir: string): Promise<OutputChunk[]> {
  const result = await productionBuild({ root, logLevel: 'error', build: { outDir, emptyOutDir: true, reportCompressedSize: false } });
  return (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : [])).filter((o): o is OutputChunk => o.type === 'chunk');
}

async function buildBare(outDir: string): Promise<void> {
  await productionBuild({
    root: bareRoot,
    configFile: false,
    base: './',
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5000, reportCompressedSize: false },
  });
}

// Libraries must be bundled in their production form, whatever NODE_ENV the caller runs with.
async function productionBuild(config: Parameters<typeof build>[0]): ReturnType<typeof build> {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    return await build({ mode: 'production', ...config });
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
}

async function serve(servers: PreviewServer[], dir: string, outDir: string, configFile: false | undefined): Promise<string> {
  const server = await preview({
    root: dir,
    configFile,
    logLevel: 'error',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  servers.push(server);
  return `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
}

// ---- (a) start-up ----------------------------------------------------------------------------

// Installed before any page script: notes when the menu screen is set and when the next frame
// is painted, and how long a key takes to reach the page and the screen.
const STARTUP_PROBE = `
  window.__bench = { menuAt: null, paintAt: null, keyEventAt: null, keyFrameAt: null };
  new MutationObserver(() => {
    const b = window.__bench;
    if (b.menuAt === null && document.body && document.body.dataset.screen === 'Menu') {
      b.menuAt = performance.now();
      requestAnimationFrame(() => { b.paintAt = performance.now(); });
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-screen'] });
  addEventListener('keydown', (e) => {
    const b = window.__bench;
    if (b.keyEventAt !== null) return;
    b.keyEventAt = e.timeStamp;
    requestAnimationFrame(() => { b.keyFrameAt = performance.now(); });
  }, true);
`;

async function startupOnce(browser: Browser, url: string): Promise<StartupSample> {
  const context = await newContext(browser, 1280, 720);
  try {
    const page = await context.newPage();
    await page.addInitScript(STARTUP_PROBE);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.paintAt !== null, null, { timeout: 60_000, polling: 10 });
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.keyFrameAt !== null, null, { timeout: 10_000, polling: 10 });
    const probe = await page.evaluate(() => (window as unknown as BenchWindow).__bench);
    // The app's menu is a DOM screen that takes keys before Phaser has loaded: the renderer is
    // named once the game is there (after the figures above are taken).
    await page.waitForFunction(
      () => {
        const w = window as unknown as { __podium?: { game?: unknown }; __bareGame?: unknown };
        return w.__podium?.game !== undefined || w.__bareGame !== undefined;
      },
      null,
      { timeout: 60_000, polling: 20 },
    );
    return {
      interactive: probe.paintAt!,
      inputToFrame: probe.keyFrameAt! - probe.keyEventAt!,
      renderer: await rendererName(page),
    };
  } finally {
    await context.close();
  }
}

interface BenchWindow {
  __bench: { menuAt: number | null; paintAt: number | null; keyEventAt: number | null; keyFrameAt: number | null };
}

async function measureStartup(browser: Browser, appUrl: string, bareUrl: string, requested: Renderer): Promise<StartupResult> {
  const appPage = `${appUrl}/?renderer=${requested}`;
  const barePage = `${bareUrl}/?renderer=${requested}`;
  // One unmeasured visit each warms the OS file cache and the servers alike.
  await startupOnce(browser, appPage);
  await startupOnce(browser, barePage);
  const app: StartupSample[] = [];
  const bare: StartupSample[] = [];
  for (let run = 0; run < RUNS; run++) {
    // Alternate the order so drift on a shared machine hits both pages alike.
    if (run % 2 === 0) {
      app.push(await startupOnce(browser, appPage));
      bare.push(await startupOnce(browser, barePage));
    } else {
      bare.push(await startupOnce(browser, barePage));
      app.push(await startupOnce(browser, appPage));
    }
  }
  return { requested, app, bare };
}

// ---- (b) sizes -------------------------------------------------------------------------------

const isPhaser = (fileName: string) => /(^|\/)phaser[-.]/.test(fileName);

/** The menu's page: the entry built from index.html. */
const isMenuEntry = (chunk: OutputChunk) => chunk.isEntry && (chunk.facadeModuleId?.endsWith('/index.html') ?? chunk.name === 'main');

/** Chunks a page loads before it runs (index.html's script and modulepreload links): the entry and everything it imports statically. */
function startupChunks(chunks: OutputChunk[], entries: OutputChunk[]): Set<string> {
  const found = new Set<string>();
  const visit = (fileName: string) => {
    if (found.has(fileName)) return;
    found.add(fileName);
    for (const dep of chunks.find((c) => c.fileName === fileName)?.imports ?? []) visit(dep);
  };
  for (const entry of entries) visit(entry.fileName);
  return found;
}

function loadedWhen(chunks: OutputChunk[]): (fileName: string) => Loaded {
  const menu = startupChunks(chunks, chunks.filter(isMenuEntry));
  if (menu.size === 0) throw new Error('no entry chunk built from index.html');
  const pages = startupChunks(
    chunks,
    chunks.filter((c) => c.isEntry),
  );
  return (fileName) => (menu.has(fileName) ? 'menu' : pages.has(fileName) ? 'page' : 'lazy');
}

const LOADED_ORDER: Record<Loaded, number> = { menu: 0, page: 1, lazy: 2 };
const LOADED_LABEL: Record<Loaded, string> = { menu: 'menu start-up', page: 'other page', lazy: 'lazy' };

function measureSizes(chunks: OutputChunk[]): ChunkSize[] {
  const loaded = loadedWhen(chunks);
  return chunks
    .map((chunk) => ({
      file: chunk.fileName,
      loaded: loaded(chunk.fileName),
      phaser: isPhaser(chunk.fileName),
      bytes: Buffer.byteLength(chunk.code),
      gzip: gzipSync(chunk.code, { level: 9 }).length,
    }))
    .sort((a, b) => LOADED_ORDER[a.loaded] - LOADED_ORDER[b.loaded] || b.gzip - a.gzip);
}

// What the app's own JavaScript is made of: each chunk's modules grouped by package or source
// area, the chunk's size shared out by each module's rendered length.
function measureComposition(chunks: OutputChunk[]): CompositionPart[] {
  const loadedOf = loadedWhen(chunks);
  const parts = new Map<string, CompositionPart>();
  for (const chunk of chunks) {
    if (isPhaser(chunk.fileName)) continue;
    const modules = Object.entries(chunk.modules).map(([id, m]) => [partOf(id), m.renderedLength] as const);
    const rendered = modules.reduce((total, [, n]) => total + n, 0) || 1;
    const chunkGzip = gzipSync(chunk.code, { level: 9 }).length;
    const chunkBytes = Buffer.byteLength(chunk.code);
    const loaded = loadedOf(chunk.fileName);
    for (const [part, length] of modules) {
      const key = `${part}|${loaded}`;
      const entry = parts.get(key) ?? { part, loaded, bytes: 0, gzipEstimate: 0 };
      entry.bytes += (length / rendered) * chunkBytes;
      entry.gzipEstimate += (length / rendered) * chunkGzip;
      parts.set(key, entry);
    }
  }
  return [...parts.values()].sort((a, b) => b.gzipEstimate - a.gzipEstimate);
}

function partOf(id: string): string {
  const clean = id.replace(/\0/g, '').replace(/\?.*$/, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(clean);
  if (pkg) return pkg[1]!;
  if (clean.startsWith('virtual:')) return clean;
  const rel = clean.startsWith(root) ? clean.slice(root.length + 1) : clean;
  const [top, second] = rel.split('/');
  if (top === 'src' && second) return `src/${second.replace(/\.ts$/, '')}`;
  if (top === 'locales') return 'locales';
  return rel;
}

// ---- (c) frames ------------------------------------------------------------------------------

// The busy press room, or (`bare`) the bare Phaser scene at the same size as a baseline: what the
// renderer costs with almost nothing to draw.
async function measureFrames(browser: Browser, url: string, requested: Renderer, bare = false): Promise<FrameResult> {
  const context = await newContext(browser, 1920, 1080);
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${url}/?renderer=${requested}&lang=vi`);
    await page.waitForFunction(
      () =>
        document.body.dataset.screen === 'Menu' &&
        ((window as unknown as { __podium?: unknown }).__podium !== undefined || (window as unknown as { __bareGame?: unknown }).__bareGame !== undefined),
      null,
      { timeout: 60_000 },
    );
    const state: BusyState | null = bare ? null : await busyPressRoom(page);
    await page.waitForTimeout(1000); // let the page settle after the burst of set-up work
    const sample = await page.evaluate(sampleFrames, FRAME_SECONDS);
    if (!bare) {
      const after = await page.evaluate(() => document.body.dataset.screen);
      if (after !== 'PressRoom') throw new Error(`the drill left the press room during sampling (now on ${after})`);
    }
    if (errors.length) throw new Error(`the page reported errors:\n${errors.join('\n')}`);
    const sorted = [...sample.deltas].sort((a, b) => a - b);
    return {
      requested,
      renderer: await rendererName(page),
      state,
      frames: sorted.length,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      max: sorted.at(-1) ?? 0,
      dropped: sorted.filter((d) => d > DROPPED_FRAME_MS).length,
      longTasks: sample.longTasks,
    };
  } finally {
    await context.close();
  }
}

// Runs in the page: requestAnimationFrame deltas and long tasks over the sampling window.
function sampleFrames(seconds: number): Promise<{ deltas: number[]; longTasks: number[] }> {
  return new Promise((done) => {
    const deltas: number[] = [];
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    requestAnimationFrame((first) => {
      let last = first;
      const end = first + seconds * 1000;
      const frame = (t: number) => {
        deltas.push(t - last);
        last = t;
        if (t < end) requestAnimationFrame(frame);
        else {
          observer.disconnect();
          done({ deltas, longTasks });
        }
      };
      requestAnimationFrame(frame);
    });
  });
}

async function rendererName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const w = window as unknown as {
      __podium?: { game?: { renderer?: { type?: number; gl?: WebGLRenderingContext } } };
      __bareGame?: { renderer?: { type?: number; gl?: WebGLRenderingContext } };
    };
    const renderer = w.__podium?.game?.renderer ?? w.__bareGame?.renderer;
    if (!renderer) return 'unknown';
    if (renderer.type === 1) return 'Canvas 2D';
    if (renderer.type !== 2 || !renderer.gl) return `type ${renderer.type}`;
    const gl = renderer.gl;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    return `WebGL (${/SwiftShader/i.test(name) ? 'SwiftShader, software' : name})`;
  });
}

// ---- report ----------------------------------------------------------------------------------

function printReport(startup: StartupResult[], sizes: ChunkSize[], composition: CompositionPart[], frames: FrameResult[]) {
  console.log(`\n(a) Navigation → menu interactive (1280×720, median of ${RUNS} runs; key → frame is the median`);
  console.log('    time from a key press to the next painted frame on that menu)');
  table(
    ['page', 'renderer', 'median ms', 'min ms', 'max ms', 'key → frame ms'],
    startup.flatMap((s) => [row('app menu', s.app), row('bare Phaser scene', s.bare)]),
  );
  const ratios: Record<string, number> = {};
  for (const s of startup) {
    const ratio = median(s.app.map((x) => x.interactive)) / median(s.bare.map((x) => x.interactive));
    ratios[s.requested] = ratio;
    console.log(
      `ratio app / bare (${s.requested}): ${asPrinted(ratio, 2)} (goal ≤ ${GOALS.startupRatio.toFixed(2)}) ${verdict(meets(ratio, 2, GOALS.startupRatio))}`,
    );
  }

  const kb = (n: number) => asPrinted(n / 1024, 1);
  const sum = (list: ChunkSize[], key: 'bytes' | 'gzip') => list.reduce((total, c) => total + c[key], 0);
  const own = sizes.filter((c) => !c.phaser);
  const phaser = sizes.filter((c) => c.phaser);
  console.log('\n(b) JavaScript of the production build (gzip -9)');
  table(
    ['chunk', 'loaded', 'KB', 'KB gzip'],
    sizes.map((c) => [c.file, LOADED_LABEL[c.loaded], kb(c.bytes), kb(c.gzip)]),
  );
  const ownAt = (loaded: Loaded) => own.filter((c) => c.loaded === loaded);
  const menuGzip = sum(ownAt('menu'), 'gzip');
  const ownGzip = sum(own, 'gzip');
  table(
    ['total', 'KB', 'KB gzip'],
    [
      ['app JS without Phaser, menu start-up (index.html)', kb(sum(ownAt('menu'), 'bytes')), kb(menuGzip)],
      ['app JS without Phaser, other pages only (console, phone)', kb(sum(ownAt('page'), 'bytes')), kb(sum(ownAt('page'), 'gzip'))],
      ['app JS without Phaser, lazy (import())', kb(sum(ownAt('lazy'), 'bytes')), kb(sum(ownAt('lazy'), 'gzip'))],
      ['app JS without Phaser, all', kb(sum(own, 'bytes')), kb(ownGzip)],
      ['Phaser', kb(sum(phaser, 'bytes')), kb(sum(phaser, 'gzip'))],
      ['all JS', kb(sum(sizes, 'bytes')), kb(sum(sizes, 'gzip'))],
    ],
  );
  console.log(
    `app JS without Phaser at the menu's start-up: ${kb(menuGzip)} KB gzip (goal ≤ ${GOALS.appJsGzipKb}) ${verdict(meets(menuGzip / 1024, 1, GOALS.appJsGzipKb))}; ` +
      `${kb(ownGzip)} KB gzip in all, lazy chunks included`,
  );
  const parts = (list: CompositionPart[], count: number) => {
    const shown = list.slice(0, count);
    table(
      ['part', 'loaded', 'KB', '≈ KB gzip'],
      shown.map((c) => [c.part, LOADED_LABEL[c.loaded], kb(c.bytes), kb(c.gzipEstimate)]),
    );
    const rest = list.slice(shown.length);
    if (rest.length) console.log(`… and ${rest.length} smaller parts, ≈ ${kb(rest.reduce((t, c) => t + c.gzipEstimate, 0))} KB gzip together`);
  };
  console.log("\nWhat the menu's start-up JS without Phaser is made of (largest first; gzip shared out by raw size)");
  parts(
    composition.filter((c) => c.loaded === 'menu'),
    15,
  );
  console.log('\nThe rest: other pages and lazy chunks');
  parts(
    composition.filter((c) => c.loaded !== 'menu'),
    10,
  );

  console.log(`\n(c) Frame times at 1920×1080, ${FRAME_SECONDS} s each: the press room at its busiest, and the bare scene as a baseline`);
  table(
    [
      'page',
      'renderer',
      'feed',
      'spreading',
      'ticker',
      'frames',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'max ms',
      `>${DROPPED_FRAME_MS} ms`,
      'long tasks >50 ms',
      'longest ms',
    ],
    frames.map((f) => [
      f.state ? 'busy press room' : 'bare Phaser scene',
      f.renderer,
      f.state ? String(f.state.feed) : '-',
      f.state ? String(f.state.spreading) : '-',
      f.state ? (f.state.ticker ? 'yes' : 'no') : '-',
      String(f.frames),
      asPrinted(f.p50, 1),
      asPrinted(f.p95, 1),
      asPrinted(f.p99, 1),
      asPrinted(f.max, 1),
      String(f.dropped),
      String(f.longTasks.filter((d) => d > GOALS.longTaskMs).length),
      Math.max(0, ...f.longTasks).toFixed(0),
    ]),
  );
  console.log(`(Headless Chromium paints at 60 Hz: a steady run has every delta near 16.7 ms, so a p95 a`);
  console.log(` tenth above it is timer jitter; frames over ${DROPPED_FRAME_MS} ms are the ones that were really dropped.)`);
  for (const f of frames.filter((x) => x.state)) {
    const longOnes = f.longTasks.filter((d) => d > GOALS.longTaskMs).length;
    console.log(
      `${f.renderer}: p95 ${asPrinted(f.p95, 1)} ms (goal ≤ ${GOALS.p95Ms}) ${verdict(meets(f.p95, 1, GOALS.p95Ms))}; ` +
        `${longOnes} long task(s) over ${GOALS.longTaskMs} ms (goal 0) ${verdict(longOnes === 0)}`,
    );
  }
  return { startupRatios: ratios, menuStartupJsGzipBytes: menuGzip, appJsGzipBytes: ownGzip };
}

function row(name: string, samples: StartupSample[]): string[] {
  const times = samples.map((s) => s.interactive);
  return [
    name,
    [...new Set(samples.map((s) => s.renderer))].join(', '),
    median(times).toFixed(0),
    Math.min(...times).toFixed(0),
    Math.max(...times).toFixed(0),
    median(samples.map((s) => s.inputToFrame)).toFixed(1),
  ];
}

function table(head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

/** A figure as the report prints it. */
function asPrinted(value: number, digits: number): string {
  return value.toFixed(digits);
}

/** Goals are judged on the figure as printed: a p95 printed as 16.7 meets "≤ 16.7" (the unrounded
 *  16.74 would not, and nobody reading the report could tell why). */
function meets(value: number, digits: number, goal: number): boolean {
  return Number(asPrinted(value, digits)) <= goal;
}

function verdict(ok: boolean): string {
  return ok ? '— met' : '— MISSED';
}

function median(values: number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

/** Nearest-rank percentile of an ascending list. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function positive(text: string | undefined, fallback: number): number {
  const n = Number(text);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

// Last, so every constant above is initialised before it runs.
await main();
