// Replay of a finished drill in the press room: the event log is played back into the store at
// real or accelerated speed (into store.replay, which the press room shows while it is set), and a scrubber seeks to any second. The press room draws the views
// as it would a live drill; the drill controller is not involved, so nothing can be answered.
import type { Commands } from '../../app/commands.ts';
import type { CheckedScenario } from '../../core/scenario/checked.ts';
import type { LogEntry, SessionOptions } from '../../core/session/types.ts';
import type { I18n } from '../../i18n/i18n.ts';
import type { AppStore } from '../../state/store.ts';
import { button, mmss } from './dom.ts';
import { h } from '../dom.ts';
import { createReplayCursor } from './replayCursor.ts';
import './debrief.css';
import './replay.css';
import { interfaceLanguage } from '../../i18n/languages.ts';

const REPLAY_SPEEDS = [1, 2, 4, 8, 16] as const;

export interface ReplayOptions {
  store: AppStore;
  i18n: I18n;
  /** Space, ← → and Esc run through the command table on the replay's layer. */
  commands: Commands;
  checked: CheckedScenario;
  log: readonly LogEntry[];
  options: SessionOptions;
  /** Multiplies every speed (the ?timescale= of tests and demos). */
  timescale?: number;
  onExit(): void;
}

export interface ReplayHandle {
  element: HTMLElement;
  readonly end: number;
  readonly at: number;
  seek(t: number): void;
  play(): void;
  pause(): void;
  setSpeed(speed: number): void;
  destroy(): void;
}

export function mountReplay(host: HTMLElement, o: ReplayOptions): ReplayHandle {
  const lang = interfaceLanguage(o.i18n.language);
  const t = o.i18n.getFixedT(lang, 'debrief');
  const cursor = createReplayCursor(o.checked, o.log, o.options);
  const timescale = o.timescale ?? 1;
  let speed: number = REPLAY_SPEEDS[0];
  let playing = false;
  let frame: number | null = null;
  let lastMs = 0;

  const time = h('span', { class: 'pd-replay-time', 'aria-live': 'off' });
  const scrubber = h('input', {
    class: 'pd-replay-scrubber',
    type: 'range',
    min: '0',
    max: String(cursor.end),
    step: '0.1',
    value: '0',
    'aria-label': t('replayScrubber'),
    'data-replay': 'scrubber',
  });
  const playButton = button('', () => (playing ? handle.pause() : handle.play()), { class: 'pd-button pd-primary', 'data-replay': 'play' });
  const speedSelect = h(
    'select',
    { class: 'pd-replay-speed', 'aria-label': t('replaySpeed'), 'data-replay': 'speed' },
    ...REPLAY_SPEEDS.map((s) => h('option', { value: String(s) }, `${s}×`)),
  );
  speedSelect.addEventListener('change', () => handle.setSpeed(Number(speedSelect.value)));
  scrubber.addEventListener('input', () => handle.seek(Number(scrubber.value)));

  const root = h(
    'div',
    { class: 'pd-replay', role: 'region', 'aria-label': t('replay'), lang, 'data-overlay': 'replay' },
    h('span', { class: 'pd-replay-label' }, t('replay')),
    playButton,
    speedSelect,
    scrubber,
    time,
    button(t('replayExit'), () => o.onExit(), { class: 'pd-button', 'data-replay': 'exit' }),
  );
  host.append(root);

  function show(): void {
    const seen = cursor.seek(Math.max(cursor.at, 0));
    // A pause takes no drill time, so a replay passes through it; shown as paused it would also
    // bring up the live drill's pause dialog, whose buttons act on the real drill.
    const view = seen.status === 'paused' ? { ...seen, status: 'running' as const } : seen;
    // The replay's own slot: the live drill's subscribers (resume, room, console) never see it.
    const shown = o.store.getState().replay;
    if (shown?.view !== view) o.store.getState().setReplay({ scenarioId: o.checked.scenario.id, options: o.options, view, autoPaused: false });
    scrubber.value = String(cursor.at);
    time.textContent = `${mmss(cursor.at)} / ${mmss(cursor.end)}`;
    playButton.textContent = playing ? t('replayPause') : t('replayPlay');
    root.dataset.at = cursor.at.toFixed(1);
    root.dataset.state = playing ? 'playing' : cursor.at >= cursor.end ? 'ended' : 'paused';
  }

  /** Moves on by the wall-clock time since the last step (frames may be rare on a busy machine). */
  function advance(nowMs: number): void {
    const next = cursor.at + ((nowMs - lastMs) / 1000) * speed * timescale;
    lastMs = nowMs;
    cursor.seek(next);
    if (cursor.at >= cursor.end) playing = false;
  }

  function step(nowMs: number): void {
    frame = null;
    if (!playing) return;
    advance(nowMs);
    show();
    if (playing) frame = requestAnimationFrame(step);
  }

  const unregister = o.commands.register('replay', {
    'replay.toggle': () => (playing ? handle.pause() : handle.play()),
    'replay.back': () => handle.seek(cursor.at - 5),
    'replay.forward': () => handle.seek(cursor.at + 5),
    'replay.exit': () => o.onExit(),
  });

  const handle: ReplayHandle = {
    element: root,
    get end() {
      return cursor.end;
    },
    get at() {
      return cursor.at;
    },
    seek(seconds) {
      cursor.seek(seconds);
      show();
    },
    play() {
      if (cursor.at >= cursor.end) cursor.seek(0);
      playing = true;
      lastMs = performance.now();
      show();
      frame ??= requestAnimationFrame(step);
    },
    pause() {
      if (playing) advance(performance.now());
      playing = false;
      show();
    },
    setSpeed(value) {
      if (playing) advance(performance.now());
      speed = value;
      speedSelect.value = String(value);
    },
    destroy() {
      playing = false;
      if (frame !== null) cancelAnimationFrame(frame);
      unregister();
      root.remove();
    },
  };
  cursor.seek(0);
  show();
  return handle;
}
