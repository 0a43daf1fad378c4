import { describe, expect, it } from 'vitest';
import { LIVE_PROTOCOL, parseConsoleMessage, parseProjectorMessage } from '../../../src/app/live/protocol.ts';
import { loadLiveState, parseItem, parseSetup, saveLiveState, startLive, OFF } from '../../../src/app/live/liveSettings.ts';

const to = 'projector-1234';
const from = to;

describe('the live channel protocol', () => {
  it('accepts a console command of the table, with its value and data, addressed to one projector', () => {
    expect(parseConsoleMessage({ v: LIVE_PROTOCOL, type: 'command', to, id: 'drill.pause', sentAt: 12.5 })).toEqual({
      v: LIVE_PROTOCOL,
      type: 'command',
      to,
      id: 'drill.pause',
      sentAt: 12.5,
    });
    expect(parseConsoleMessage({ v: LIVE_PROTOCOL, type: 'command', to, id: 'live.inject', sentAt: 1, data: { rumour: 'r1' } })).toMatchObject({
      data: { rumour: 'r1' },
    });
    expect(parseConsoleMessage({ v: LIVE_PROTOCOL, type: 'hello' })).toEqual({ v: LIVE_PROTOCOL, type: 'hello' });
    expect(parseConsoleMessage({ v: LIVE_PROTOCOL, type: 'hello', to })).toEqual({ v: LIVE_PROTOCOL, type: 'hello', to });
  });

  it('refuses a command or an extension message that names no projector (any tab would take it)', () => {
    expect(parseConsoleMessage({ v: LIVE_PROTOCOL, type: 'command', id: 'live.start', sentAt: 1, data: {} })).toBeNull();
    expect(parseConsoleMessage({ v: LIVE_PROTOCOL, type: 'command', to: 'x', id: 'live.start', sentAt: 1 })).toBeNull();
    expect(parseConsoleMessage({ v: LIVE_PROTOCOL, type: 'ext', name: 'room', data: {} })).toBeNull();
    expect(parseConsoleMessage({ v: LIVE_PROTOCOL, type: 'hello', to: 42 })).toBeNull();
    expect(parseProjectorMessage({ v: LIVE_PROTOCOL, type: 'state', view: { screen: 'Menu' }, visible: true })).toBeNull();
  });

  it('drops what is not ours: other versions, unknown commands, bad stamps, prototype keys', () => {
    expect(parseConsoleMessage({ v: LIVE_PROTOCOL + 1, type: 'hello' })).toBeNull();
    expect(parseConsoleMessage({ v: LIVE_PROTOCOL, type: 'command', to, id: 'drill.selfDestruct', sentAt: 1 })).toBeNull();
    expect(parseConsoleMessage({ v: LIVE_PROTOCOL, type: 'command', to, id: 'toString', sentAt: 1 })).toBeNull();
    expect(parseConsoleMessage({ v: LIVE_PROTOCOL, type: 'command', to, id: 'drill.pause', sentAt: Number.NaN })).toBeNull();
    expect(parseConsoleMessage({ v: LIVE_PROTOCOL, type: 'command', to, id: 'drill.choose', sentAt: 1, arg: 1.5 })).toBeNull();
    expect(parseConsoleMessage('hello')).toBeNull();
    expect(parseConsoleMessage(null)).toBeNull();
    expect(parseConsoleMessage({ v: LIVE_PROTOCOL, type: 'ext', to, name: '' })).toBeNull();
    expect(parseConsoleMessage({ v: LIVE_PROTOCOL, type: 'ext', to, name: 'room', data: { show: 'qr' } })).toEqual({
      v: LIVE_PROTOCOL,
      type: 'ext',
      to,
      name: 'room',
      data: { show: 'qr' },
    });
  });

  it('the console accepts states and acknowledgements only', () => {
    expect(parseProjectorMessage({ v: LIVE_PROTOCOL, type: 'state', from, view: { screen: 'Menu' }, visible: true })).not.toBeNull();
    expect(parseProjectorMessage({ v: LIVE_PROTOCOL, type: 'done', from, id: 'drill.pause', ok: true, sentAt: 1, latencyMs: 3 })).not.toBeNull();
    expect(parseProjectorMessage({ v: LIVE_PROTOCOL, type: 'done', from, id: 'nope', ok: true, sentAt: 1, latencyMs: 3 })).toBeNull();
    expect(parseProjectorMessage({ v: LIVE_PROTOCOL, type: 'state', from })).toBeNull();
  });
});

describe('live settings', () => {
  const setup = { scenarioId: 'flood-dam-rumour', language: 'en', answerTime: 1.5, reveal: 'each', roster: [' An ', 'Bình', '', 'An', 'Chi'], rotateEvery: 2 };

  it('cleans the setup the console sent', () => {
    expect(parseSetup(setup)).toEqual({
      scenarioId: 'flood-dam-rumour',
      language: 'en',
      answerTime: 1.5,
      reveal: 'each',
      roster: ['An', 'Bình', 'Chi'],
      rotateEvery: 2,
    });
    expect(parseSetup({ ...setup, answerTime: 7, reveal: 'sometimes', rotateEvery: -1 })).toMatchObject({ answerTime: 1, reveal: 'end', rotateEvery: null });
    expect(parseSetup({ ...setup, answerTime: null })).toMatchObject({ answerTime: null });
    expect(parseSetup({ ...setup, language: 'fr' })).toBeNull();
    expect(parseSetup({ ...setup, scenarioId: '' })).toBeNull();
  });

  it('reveals after each answer only when chosen so', () => {
    expect(startLive(parseSetup(setup)!).shown).toBe(true);
    expect(startLive(parseSetup({ ...setup, reveal: 'end' })!).shown).toBe(false);
  });

  it('a live item needs a known kind and some text', () => {
    expect(parseItem({ kind: 'call', text: '  Who pays?  ' }, 12)).toEqual({ kind: 'call', text: 'Who pays?', at: 12 });
    expect(parseItem({ kind: 'rumour', text: 'x' }, 0)).toBeNull();
    expect(parseItem({ kind: 'question', text: '   ' }, 0)).toBeNull();
  });

  it('survives a reload of the projector tab, and forgets a damaged or ended one', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    const state = { ...startLive(parseSetup(setup)!), blank: true, item: { kind: 'question' as const, text: 'Why?', at: 30 } };
    saveLiveState(storage, state);
    expect(loadLiveState(storage)).toEqual(state);
    saveLiveState(storage, OFF);
    expect(loadLiveState(storage)).toEqual(OFF);
    store.set('podium.live', '{not json');
    expect(loadLiveState(storage)).toEqual(OFF);
    expect(loadLiveState(null)).toEqual(OFF);
  });
});
