// The sound catalogue: which file each cue uses and how it may overlap. The files are made by
// assets/sounds/make-sounds.sh and served from public/sounds/ in two encodings; the browser takes
// the first it can play (Ogg Vorbis loops gaplessly; MP3 is there for older Safari).
import type { SoundKey } from './soundBank.types.ts';

export interface SoundSpec {
  file: string;
  /** 0..1 relative to the master volume. */
  volume: number;
  /** How many copies may sound at once; a further play() is dropped so cues never pile up. */
  voices: number;
}

export const SOUND_FORMATS = ['ogg', 'mp3'] as const;

export const SOUNDS: Readonly<Record<SoundKey, SoundSpec>> = {
  // Already mixed quiet (about -32 dB RMS): it must stay under speech and every cue.
  ambience: { file: 'ambience', volume: 0.9, voices: 1 },
  shutter: { file: 'shutter', volume: 0.8, voices: 1 },
  // One tick per second of the last five; a second tick while one sounds would double it.
  tick: { file: 'tick', volume: 0.9, voices: 1 },
  // A burst of posts must not become a burst of chimes.
  notify: { file: 'notify', volume: 0.7, voices: 2 },
  sting: { file: 'sting', volume: 0.9, voices: 1 },
  call: { file: 'call', volume: 0.8, voices: 1 },
  answer: { file: 'answer', volume: 0.8, voices: 1 },
};

export const SOUND_KEYS = Object.keys(SOUNDS) as SoundKey[];
