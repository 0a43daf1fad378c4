// The SoundBank on howler (Web Audio only). Sound is a nicety: a drill must run the same with no
// audio device, a locked context or a file that will not decode, so every call here is guarded,
// nothing throws and nothing is logged; when audio cannot work the bank reports `available:
// false` and does nothing.
import { Howl, Howler } from 'howler';
import type { SoundBank, SoundKey } from './soundBank.types.ts';
import { SOUND_FORMATS, SOUND_KEYS, SOUNDS } from './sounds.ts';

export interface SoundBankOptions {
  /** Folder holding the sound files, ending in '/'. Default: the app's sounds/ folder. */
  baseUrl?: string;
  /** Starting master volume 0..1 and mute, as remembered by the settings. */
  volume?: number;
  muted?: boolean;
  /** Fade-in of looping sounds (ambience), ms. */
  loopFadeMs?: number;
}

export interface SoundBankDiagnostics {
  /** 'none' until the first play/loop/unlock creates the audio context. */
  context: AudioContextState | 'none';
  playing: SoundKey[];
  loaded: SoundKey[];
  failed: SoundKey[];
  volume: number;
  muted: boolean;
  /** The gain actually applied to everything (0 when muted); null before the context exists. */
  masterGain: number | null;
}

export interface HowlerSoundBank extends SoundBank {
  /** For tests and the debugging hook: what the bank is doing right now. */
  diagnostics(): SoundBankDiagnostics;
}

export function webAudioExists(): boolean {
  const scope = globalThis as { AudioContext?: unknown; webkitAudioContext?: unknown };
  return typeof scope.AudioContext === 'function' || typeof scope.webkitAudioContext === 'function';
}

export function createSoundBank(options: SoundBankOptions = {}): HowlerSoundBank {
  const baseUrl = options.baseUrl ?? `${import.meta.env.BASE_URL}sounds/`;
  const loopFadeMs = options.loopFadeMs ?? 1500;
  let volume = clamp01(options.volume ?? 1, 1);
  let muted = options.muted ?? false;
  // Without Web Audio howler would fall back to <audio> elements; we would rather stay silent.
  let broken = !webAudioExists();
  let started = false;
  const howls = new Map<SoundKey, Howl>();
  const voices = new Map<SoundKey, Set<number>>();
  const loopIds = new Map<SoundKey, number>();
  const loaded = new Set<SoundKey>();
  const failed = new Set<SoundKey>();

  const isAvailable = () => !broken && !(failed.size > 0 && loaded.size === 0);

  function guard(action: () => void): void {
    if (!isAvailable()) return;
    try {
      action();
    } catch {
      broken = true;
    }
  }

  // The audio context is created on first use, not at start-up: created before a user gesture it
  // only starts suspended and earns a browser warning.
  function start(): boolean {
    if (started) return true;
    Howler.volume(volume);
    Howler.mute(muted);
    if (!Howler.usingWebAudio || !Howler.ctx) {
      broken = true;
      return false;
    }
    started = true;
    return true;
  }

  function howlFor(key: SoundKey): Howl | undefined {
    if (failed.has(key) || !start()) return undefined;
    const existing = howls.get(key);
    if (existing) return existing;
    const spec = SOUNDS[key];
    const howl = new Howl({
      src: SOUND_FORMATS.map((format) => `${baseUrl}${spec.file}.${format}`),
      format: [...SOUND_FORMATS],
      html5: false,
      preload: true,
      volume: spec.volume,
      onload: () => loaded.add(key),
      onloaderror: () => {
        failed.add(key);
        howls.delete(key);
        voices.delete(key);
        loopIds.delete(key);
        howl.unload();
      },
    });
    howls.set(key, howl);
    return howl;
  }

  // Ids still sounding (or queued until the file has loaded).
  function liveVoices(key: SoundKey, howl: Howl): Set<number> {
    let ids = voices.get(key);
    if (!ids) voices.set(key, (ids = new Set()));
    if (howl.state() === 'loaded') for (const id of ids) if (!howl.playing(id)) ids.delete(id);
    return ids;
  }

  const bank: HowlerSoundBank = {
    get available() {
      return isAvailable();
    },

    play(key) {
      guard(() => {
        const howl = howlFor(key);
        if (!howl) return;
        const ids = liveVoices(key, howl);
        if (ids.size >= SOUNDS[key].voices) return;
        const id = howl.play();
        if (typeof id === 'number') ids.add(id);
      });
    },

    loop(key) {
      guard(() => {
        const howl = howlFor(key);
        if (!howl) return;
        const current = loopIds.get(key);
        if (current !== undefined && (howl.state() !== 'loaded' || howl.playing(current))) return;
        const id = howl.play();
        if (typeof id !== 'number') return;
        howl.loop(true, id);
        howl.fade(0, SOUNDS[key].volume, loopFadeMs, id);
        loopIds.set(key, id);
      });
    },

    stop(key) {
      guard(() => {
        howls.get(key)?.stop();
        voices.delete(key);
        loopIds.delete(key);
      });
    },

    stopAll() {
      guard(() => {
        for (const howl of howls.values()) howl.stop();
        voices.clear();
        loopIds.clear();
      });
    },

    setVolume(next) {
      volume = clamp01(next, volume);
      guard(() => {
        if (started) Howler.volume(volume);
      });
    },

    setMuted(next) {
      muted = next;
      guard(() => {
        if (started) Howler.mute(muted);
      });
    },

    unlock() {
      guard(() => {
        if (!start()) return;
        const context = Howler.ctx;
        if (context.state !== 'running') context.resume().catch(() => undefined);
        // The gesture is also the moment to fetch and decode the rest, so the first cue is on time.
        for (const key of SOUND_KEYS) howlFor(key);
      });
    },

    diagnostics() {
      const context = started && Howler.ctx ? Howler.ctx.state : 'none';
      const playing = [...howls].filter(([, howl]) => safePlaying(howl)).map(([key]) => key);
      const masterGain = started && Howler.masterGain ? Howler.masterGain.gain.value : null;
      return { context, playing, loaded: [...loaded], failed: [...failed], volume, muted, masterGain };
    },
  };
  return bank;
}

function safePlaying(howl: Howl): boolean {
  try {
    return howl.playing();
  } catch {
    return false;
  }
}

function clamp01(value: number, otherwise: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : otherwise;
}
