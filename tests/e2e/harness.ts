// The browser-test harness: Debian's Chromium through playwright-core (never a downloaded browser),
// pages that record every console error and page error so a test can fail on them, screenshots
// kept for a human to look at, and a check that a screenshot is not blank.
//
// Typical file:
//   const browser = useBrowser();                       // one Chromium per test file
//   const p = await openPage(browser(), '/?timescale=20&lang=en', { width: 1280, height: 720 });
//   await waitForScreen(p.page, 'Menu');
//   expect(isBlank(await screenshot(p.page, 'menu-en-720p'))).toBe(false);
//   p.assertNoErrors();
//   await p.close();
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from './chromium.ts';
import { decodePng } from './png.ts';

export { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';

export const ARTIFACTS_DIR = resolve(import.meta.dirname, 'artifacts');

export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return launchChromium(extraArgs);
}

/** One browser for the whole test file, launched before the first test and closed after the last. */
export function useBrowser(extraArgs: string[] = []): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser(extraArgs);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is only available inside tests (useBrowser launches it in beforeAll)');
    return browser;
  };
}

/** The served app's address for a path such as '/' or '/?lang=en&timescale=10'; full URLs pass through. */
export function appUrl(path = '/'): string {
  if (/^[a-z]+:/i.test(path)) return path;
  return inject('baseUrl') + withAuthoredOrder(path.startsWith('/') ? path : `/${path}`);
}

/** Tests press answer keys by the authored numbers: answers keep that order unless a test asks for ?shuffle=. */
function withAuthoredOrder(path: string): string {
  if (/[?&]shuffle=/.test(path)) return path;
  const at = path.search(/[?#]/);
  if (at < 0) return `${path}?shuffle=off`;
  if (path[at] === '#') return `${path.slice(0, at)}?shuffle=off${path.slice(at)}`;
  return `${path.slice(0, at + 1)}shuffle=off&${path.slice(at + 1)}`;
}

export interface OpenPageOptions {
  width?: number;
  height?: number;
  deviceScaleFactor?: number;
  reducedMotion?: 'reduce' | 'no-preference';
  /** Runs in the page before any of its scripts, on every navigation (e.g. remove AudioContext). */
  initScript?: string | (() => void);
  /** Keep localStorage etc. from an earlier page (to test what is remembered across visits). */
  context?: BrowserContext;
  /**
   * The built app registers a service worker (offline use). Only the offline test needs it: the
   * others block it, so each page loads from the server as a first visit does and no test waits
   * on a worker that a crashed renderer took down with it.
   */
  serviceWorkers?: 'allow' | 'block';
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught page errors so far, in order. */
  errors: string[];
  /** Throws listing every console error and page error seen since the page opened. */
  assertNoErrors(): void;
  /** Closes the page, and its context unless the context was passed in. */
  close(): Promise<void>;
}

export async function openPage(browser: Browser, path = '/', options: OpenPageOptions = {}): Promise<OpenedPage> {
  const { width = 1280, height = 720 } = options;
  const ownContext = !options.context;
  const context =
    options.context ??
    (await browser.newContext({
      viewport: { width, height },
      deviceScaleFactor: options.deviceScaleFactor ?? 1,
      reducedMotion: options.reducedMotion ?? 'no-preference',
      serviceWorkers: options.serviceWorkers ?? 'block',
    }));
  const page = await context.newPage();
  if (options.context) await page.setViewportSize({ width, height });
  if (options.initScript) await page.addInitScript(options.initScript);

  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    // The browser asks for /favicon.ico on its own; a missing one is not the app's error.
    if (where.endsWith('/favicon.ico')) return;
    errors.push(`console.error: ${message.text()}${where ? ` (${where})` : ''}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.stack ?? error.message}`));
  page.on('crash', () => errors.push('page crashed'));

  await page.goto(appUrl(path), { waitUntil: 'load' });
  return {
    page,
    context,
    errors,
    assertNoErrors() {
      if (errors.length > 0) throw new Error(`the page reported ${errors.length} error(s):\n${errors.join('\n')}`);
    },
    async close() {
      await page.close();
      if (ownContext) await context.close();
    },
  };
}

/** Waits until the app shows the scene with this key (main.ts mirrors it in body[data-screen]). */
export async function waitForScreen(page: Page, key: string, timeoutMs = 30_000): Promise<void> {
  try {
    await page.waitForFunction((k) => document.body?.dataset.screen === k, key, { timeout: timeoutMs, polling: 50 });
  } catch (error) {
    const shown = await page.evaluate(() => document.body?.dataset.screen).catch(() => undefined);
    throw new Error(`screen "${key}" did not appear within ${timeoutMs} ms (showing: ${shown ?? 'nothing'})`, { cause: error });
  }
}

/** Saves a PNG of the viewport to tests/e2e/artifacts/<name>.png and returns its bytes. */
export async function screenshot(page: Page, name: string): Promise<Buffer> {
  const png = await page.screenshot({ type: 'png' });
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  writeFileSync(join(ARTIFACTS_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`), png);
  return png;
}

export interface PngStats {
  width: number;
  height: number;
  /** Distinct RGB colours (alpha ignored). */
  distinctColours: number;
  /** Share of pixels, 0..1, having the most common colour. */
  dominantShare: number;
}

export function pngStats(png: Uint8Array): PngStats {
  const { width, height, rgba } = decodePng(png);
  const counts = new Map<number, number>();
  let dominant = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    const colour = (rgba[i]! << 16) | (rgba[i + 1]! << 8) | rgba[i + 2]!;
    const n = (counts.get(colour) ?? 0) + 1;
    counts.set(colour, n);
    if (n > dominant) dominant = n;
  }
  return { width, height, distinctColours: counts.size, dominantShare: dominant / (width * height) };
}

/**
 * True when a screenshot shows (almost) nothing: a handful of colours, or one colour covering
 * nearly everything. Rendered text alone brings dozens of anti-aliased shades.
 */
export function isBlank(png: Uint8Array, { minColours = 16, maxDominantShare = 0.995 } = {}): boolean {
  const stats = pngStats(png);
  return stats.distinctColours < minColours || stats.dominantShare > maxDominantShare;
}
