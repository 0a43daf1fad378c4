// The harness must catch what the other browser tests rely on it to catch: console errors, page
// errors, blank screens, a screen that never comes. Pages here are written inline so these checks
// do not depend on the game.
import { describe, expect, it } from 'vitest';
import { appUrl, isBlank, openPage, pngStats, screenshot, useBrowser, waitForScreen } from './harness.ts';

const browser = useBrowser();

describe('browser-test harness', () => {
  it('serves the built app', async () => {
    const response = await fetch(appUrl('/'));
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/<script[^>]+type="module"/);
  });

  it('records console errors and uncaught page errors', async () => {
    const p = await openPage(browser(), 'about:blank');
    expect(() => p.assertNoErrors()).not.toThrow();
    await p.page.setContent(`<script>
      console.error('the reporter list is empty');
      setTimeout(() => { throw new Error('boom in a timer'); });
    </script>`);
    await expect.poll(() => p.errors.length).toBe(2);
    expect(p.errors[0]).toContain('the reporter list is empty');
    expect(p.errors[1]).toContain('boom in a timer');
    expect(() => p.assertNoErrors()).toThrow(/2 error\(s\)/);
    await p.close();
  });

  it('tells a blank screen from a rendered one', async () => {
    const p = await openPage(browser(), 'about:blank', { width: 320, height: 200 });
    await p.page.setContent('<body style="margin:0;background:#123456"></body>');
    const blank = await screenshot(p.page, 'harness-blank');
    const stats = pngStats(blank);
    expect(stats).toMatchObject({ width: 320, height: 200, distinctColours: 1, dominantShare: 1 });
    expect(isBlank(blank)).toBe(true);

    await p.page.setContent(`<body style="margin:0;background:linear-gradient(90deg,#123456,#f0c040);
      font:32px sans-serif;color:white">Họp báo Ầ Ỗ Ữ</body>`);
    const drawn = await screenshot(p.page, 'harness-drawn');
    expect(pngStats(drawn).distinctColours).toBeGreaterThan(50);
    expect(isBlank(drawn)).toBe(false);
    p.assertNoErrors();
    await p.close();
  });

  it('waits for a screen key and says which screen is showing when it never comes', async () => {
    const p = await openPage(browser(), 'about:blank');
    await p.page.setContent(`<body><script>
      setTimeout(() => { document.body.dataset.screen = 'Menu'; }, 200);
    </script></body>`);
    await waitForScreen(p.page, 'Menu', 5_000);
    await expect(waitForScreen(p.page, 'Debrief', 300)).rejects.toThrow(/showing: Menu/);
    await p.close();
  });
});
