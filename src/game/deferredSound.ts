// The sound bank arrives after the first frame (it is loaded lazily, and may be missing or fail):
// until then calls are remembered as state (mute, volume, unlocked, what loops) and replayed on the
// real bank when it is ready. One-shot sounds before that moment are simply skipped.
import type { SoundBank, SoundKey } from '../audio/soundBank.types.ts';

export interface DeferredSoundBank extends SoundBank {
  /** Installs the real bank (or nothing, when it could not load). */
  attach(bank: SoundBank | null): void;
}

export function deferredSoundBank(): DeferredSoundBank {
  let real: SoundBank | null = null;
  let muted = false;
  let volume = 1;
  let unlocked = false;
  const loops = new Set<SoundKey>();
  return {
    get available() {
      return real?.available ?? false;
    },
    attach(bank) {
      real = bank;
      if (!bank) return;
      bank.setMuted(muted);
      bank.setVolume(volume);
      if (unlocked) bank.unlock();
      for (const key of loops) bank.loop(key);
    },
    play(key) {
      real?.play(key);
    },
    loop(key) {
      loops.add(key);
      real?.loop(key);
    },
    stop(key) {
      loops.delete(key);
      real?.stop(key);
    },
    stopAll() {
      loops.clear();
      real?.stopAll();
    },
    setVolume(v) {
      volume = v;
      real?.setVolume(v);
    },
    setMuted(m) {
      muted = m;
      real?.setMuted(m);
    },
    unlock() {
      unlocked = true;
      real?.unlock();
    },
  };
}

/** Loads src/audio/soundBank.ts if it exists (a glob, so a missing file is no build error). */
export async function loadSoundBank(): Promise<SoundBank | null> {
  const modules = import.meta.glob<{ createSoundBank?: () => SoundBank }>('../audio/soundBank.ts');
  const loader = Object.values(modules)[0];
  if (!loader) return null;
  try {
    const mod = await loader();
    return typeof mod.createSoundBank === 'function' ? mod.createSoundBank() : null;
  } catch {
    return null;
  }
}
