// Sound in the real browser, observed at the Web Audio level (not through the app's own account
// of itself): the press room is heard (a running AudioContext, the ambience loop started), a mute
// chosen in settings survives a reload and silences the master gain, audio that the browser keeps
// locked is unlocked by the first key, and with no Web Audio at all a drill plays on without a
// single console error.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser, waitForScreen } from './harness.ts';
// The menu is on screen before Phaser and the test hook: wait for both (drillDriver.waitForMenu).
import { waitForMenu } from './drillDriver.ts';

// Sound does not depend on the renderer; Canvas starts faster than software WebGL in headless runs.
const browser = useBrowser();
// Chromium's default policy: audio stays locked until the user clicks or presses a key.
const lockedBrowser = useBrowser(['--autoplay-policy=user-gesture-required']);

// Installed before the app: records every AudioContext, every buffer source started and every
// node wired straight to the speakers (howler's master gain), without changing what they do.
const AUDIO_PROBE = `(() => {
  const probe = (window.__audioProbe = { contexts: [], sources: [], toSpeakers: [] });
  const Base = window.AudioContext;
  if (!Base) return;
  window.AudioContext = class extends Base {
    constructor(...args) { super(...args); probe.contexts.push(this); }
  };
  const start = AudioBufferSourceNode.prototype.start;
  AudioBufferSourceNode.prototype.start = function (...args) { probe.sources.push(this); return start.apply(this, args); };
  const connect = AudioNode.prototype.connect;
  AudioNode.prototype.connect = function (target, ...rest) {
    if (target instanceof AudioDestinationNode) probe.toSpeakers.push(this);
    return connect.call(this, target, ...rest);
  };
})();`;

const SHUTTER_SECONDS = 0.7;

const NO_WEB_AUDIO = `delete window.AudioContext; delete window.webkitAudioContext;`;

interface Heard {
  contexts: string[];
  /** Looping buffers started, by length in whole seconds (the ambience is a 12 s loop). */
  loops: number[];
  /** One-shot buffers started, by length in tenths of a second (the shutters last 0.7 s). */
  shots: number[];
  /** Gain of howler's master gain node (wired to the speakers); null if there is none. */
  masterGain: number | null;
}

function heard(page: Page): Promise<Heard> {
  return page.evaluate(`(() => {
    const p = window.__audioProbe;
    if (!p) return { contexts: [], loops: [], shots: [], masterGain: null };
    const gains = p.toSpeakers.filter((n) => n instanceof GainNode);
    return {
      contexts: p.contexts.map((c) => c.state),
      loops: p.sources.filter((s) => s.loop && s.buffer).map((s) => Math.round(s.buffer.duration)),
      shots: p.sources.filter((s) => !s.loop && s.buffer && s.buffer.duration > 0.01)
        .map((s) => Math.round(s.buffer.duration * 10) / 10),
      masterGain: gains.length ? gains[gains.length - 1].gain.value : null,
    };
  })()`);
}

async function waitHeard(page: Page, test: (h: Heard) => boolean, what: string, timeoutMs = 15_000): Promise<Heard> {
  const until = Date.now() + timeoutMs;
  let last = await heard(page);
  while (!test(last)) {
    if (Date.now() > until) throw new Error(`${what}: not within ${timeoutMs} ms (heard ${JSON.stringify(last)})`);
    await page.waitForTimeout(100);
    last = await heard(page);
  }
  return last;
}

function hook<T>(page: Page, body: string): Promise<T> {
  return page.evaluate(`(() => { const { store, controller, sound } = window.__podium; ${body} })()`);
}

async function startDrill(page: Page): Promise<void> {
  const started = await hook<boolean>(
    page,
    `
    const entries = store.getState().scenarios.filter((e) => e.checked);
    const entry = entries.find((e) => e.checked.scenario.id === 'flood-dam-rumour') ?? entries[0];
    return !!entry && controller.startDrill(entry.checked.scenario.id);`,
  );
  expect(started).toBe(true);
  await waitForScreen(page, 'PressRoom');
}

describe('sound in the browser', () => {
  it('plays the press room through Web Audio', async () => {
    const p = await openPage(browser(), '/?lang=en&renderer=canvas', { initScript: AUDIO_PROBE });
    await waitForMenu(p.page);
    await startDrill(p.page);
    const h = await waitHeard(p.page, (x) => x.contexts.includes('running') && x.loops.includes(12), 'the ambience loop');
    // One live context for the whole app (howler may close its first one and reopen at 44.1 kHz).
    expect(h.contexts.filter((state) => state !== 'closed')).toEqual(['running']);
    expect(h.masterGain).toBeGreaterThan(0);
    expect(await hook<boolean>(p.page, 'return sound.available;')).toBe(true);
    // The first question is asked as the conference opens, to the photographers' shutters.
    await waitHeard(p.page, (x) => x.shots.includes(SHUTTER_SECONDS), 'the shutters of the opening question', 3_000);
    p.assertNoErrors();
    await p.close();
  });

  it('remembers mute across a reload and silences everything with it', async () => {
    const p = await openPage(browser(), '/?lang=en&renderer=canvas', { initScript: AUDIO_PROBE });
    await waitForMenu(p.page);
    await hook(p.page, 'store.getState().updateSettings({ muted: true, volume: 0.5 });');
    await p.page.reload();
    await waitForMenu(p.page);
    expect(await hook(p.page, 'return store.getState().settings;')).toMatchObject({ muted: true, volume: 0.5 });

    await startDrill(p.page);
    await waitHeard(p.page, (x) => x.loops.includes(12), 'the ambience loop');
    await waitHeard(p.page, (x) => x.masterGain === 0, 'silence while muted', 2_000);

    await hook(p.page, 'store.getState().updateSettings({ muted: false });');
    await waitHeard(p.page, (x) => x.masterGain === 0.5, 'the remembered volume once unmuted', 2_000);
    p.assertNoErrors();
    await p.close();
  });

  it('unlocks audio on the first key press when the browser keeps it locked', async () => {
    const p = await openPage(lockedBrowser(), '/?lang=en&renderer=canvas', { initScript: AUDIO_PROBE });
    await waitForMenu(p.page);
    expect((await heard(p.page)).contexts).not.toContain('running');
    await p.page.keyboard.press('ArrowDown');
    await waitHeard(p.page, (x) => x.contexts.includes('running'), 'a running audio context after the key', 5_000);
    p.assertNoErrors();
    await p.close();
  });

  it('runs a drill silently, without errors, when the browser has no Web Audio', async () => {
    const p = await openPage(browser(), '/?lang=en&renderer=canvas&timescale=8', { initScript: NO_WEB_AUDIO });
    await waitForMenu(p.page);
    await p.page.keyboard.press('ArrowDown'); // the first gesture, which would unlock audio
    await startDrill(p.page);
    await p.page.waitForFunction(`(window.__podium.store.getState().drill?.view.beat?.answers.length ?? 0) > 0`, null, { timeout: 30_000 });
    await p.page.keyboard.press('1');
    await p.page.waitForFunction(`window.__podium.store.getState().drill?.view.turns.length > 0`, null, { timeout: 10_000 });
    expect(await hook<boolean>(p.page, 'return sound.available;')).toBe(false);
    expect(await p.page.evaluate('typeof window.AudioContext')).toBe('undefined');
    p.assertNoErrors();
    await p.close();
  });
});
