// The studio's figures, printed for the closing note: the checker's latency per keystroke on the
// largest bundled scenario in headless Chromium (goal: p95 ≤ 100 ms), the studio's chunk sizes, and
// the player's start-up JavaScript (what index.html loads before anything else), which must hold no
// studio code (CodeMirror, yaml, dagre, the worker).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { waitForMenu } from './drillDriver.ts';
import { openPage, useBrowser } from './harness.ts';

const browser = useBrowser();
const scenariosDir = join(import.meta.dirname, '../../scenarios');
const largest = readdirSync(scenariosDir)
  .filter((f) => f.endsWith('.yaml') && !f.endsWith('.plan.yaml'))
  .map((f) => ({ f, bytes: statSync(join(scenariosDir, f)).size }))
  .sort((a, b) => b.bytes - a.bytes)[0]!;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

describe('studio figures', () => {
  it(`checks ${largest.f} (${kb(largest.bytes)}) as the author types, every keystroke answered`, { timeout: 180_000 }, async () => {
    const p = await openPage(browser(), '/?lang=en', { width: 1280, height: 720 });
    const { page } = p;
    await waitForMenu(page);
    await page.click('[data-action=studio]');
    await page.waitForSelector('.st-studio:not([hidden]) .cm-content');
    await page.selectOption('[data-action=copy-select]', { label: largest.f });
    const copyId = `${largest.f.replace(/\.yaml$/, '')}-copy`;
    await page.waitForFunction((id) => (window as never as { __podiumStudio: { text(): string } }).__podiumStudio.text().includes(`id: ${id}`), copyId);
    await page.waitForTimeout(3000);
    await page.evaluate(() => {
      (window as never as { __podiumStudio: { latencies: number[] } }).__podiumStudio.latencies.length = 0;
    });
    // Type a comment at the end of the file, at a brisk typing pace (one key per 120 ms).
    await page.click('.cm-content');
    await page.keyboard.press('Control+End');
    const typed = '\n# checking as I type';
    await page.keyboard.type(typed, { delay: 120 });
    await page.waitForFunction((n) => (window as never as { __podiumStudio: { latencies: number[] } }).__podiumStudio.latencies.length >= n, typed.length, {
      timeout: 60_000,
    });
    const { latencies, workerMs, errors } = await page.evaluate(() => {
      const probe = (window as never as { __podiumStudio: { latencies: number[]; lastReply(): { ms: number; diagnostics: { severity: string }[] } } })
        .__podiumStudio;
      return {
        latencies: [...probe.latencies],
        workerMs: probe.lastReply().ms,
        errors: probe.lastReply().diagnostics.filter((d) => d.severity === 'error').length,
      };
    });
    const load = (await import('node:os')).loadavg()[0]!;
    const sorted = [...latencies].sort((a, b) => a - b);
    console.log(
      `[studio] checker latency per keystroke on ${largest.f} (${kb(largest.bytes)}), ${latencies.length} keys: ` +
        `p50 ${percentile(sorted, 50).toFixed(0)} ms, p95 ${percentile(sorted, 95).toFixed(0)} ms, max ${sorted[sorted.length - 1]!.toFixed(0)} ms ` +
        `(goal p95 ≤ 100 ms); one check in the worker: ${workerMs.toFixed(0)} ms; machine load average ${load.toFixed(1)} on ${(await import('node:os')).cpus().length} cores`,
    );
    expect(latencies).toHaveLength(typed.length);
    expect(latencies.every((ms) => Number.isFinite(ms) && ms >= 0)).toBe(true);
    expect(errors).toBe(0);
    p.assertNoErrors();
    await p.close();
  });

  it("keeps the studio out of the player's start-up JavaScript, and says how big the studio is", () => {
    const dist = inject('distDir');
    if (!dist) return; // E2E_BASE_URL: someone else's server, no files to measure
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const initial = [...html.matchAll(/<script[^>]+src="\.\/([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="\.\/([^"]+\.js)"/g)].map((m) => m[1] ?? m[2]!);
    expect(initial.length).toBeGreaterThan(0);
    let raw = 0;
    let gz = 0;
    for (const file of initial) {
      const bytes = readFileSync(join(dist, file));
      raw += bytes.length;
      gz += gzipSync(bytes).length;
      const text = bytes.toString('utf8');
      for (const marker of ['cm-scroller', 'YAMLParseError', 'network-simplex', 'podium-studio', 'st-studio'])
        expect(text.includes(marker), `${file} holds ${marker}`).toBe(false);
    }
    const assets = readdirSync(join(dist, 'assets'));
    const studio = assets.filter((f) => /^(studio|checkWorker|checkClient|libraryMenu)-/.test(f));
    const sizes = studio.map((f) => {
      const bytes = readFileSync(join(dist, 'assets', f));
      return `${f.replace(/-[\w-]{8}\./, '.')} ${kb(bytes.length)} (gzip ${kb(gzipSync(bytes).length)})`;
    });
    console.log(`[studio] player start-up JS (index.html: ${initial.join(', ')}): ${kb(raw)} (gzip ${kb(gz)}); studio chunks: ${sizes.join('; ')}`);
    expect(studio.some((f) => f.startsWith('studio-') && f.endsWith('.js'))).toBe(true);
    expect(studio.some((f) => f.startsWith('checkWorker-'))).toBe(true);
  });
});
