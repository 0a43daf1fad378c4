// What the screens may ask of sound. The howler implementation lives beside this file; screens
// depend only on this interface so that a missing or locked audio device never breaks a drill.
export type SoundKey = 'ambience' | 'shutter' | 'tick' | 'notify' | 'sting' | 'call' | 'answer';

export interface SoundBank {
  /** False when audio cannot play here (no device, decode failure): calls then do nothing. */
  readonly available: boolean;
  play(key: SoundKey): void;
  /** Start a looping sound (ambience); idempotent. */
  loop(key: SoundKey): void;
  stop(key: SoundKey): void;
  stopAll(): void;
  /** 0..1, remembered by the settings. */
  setVolume(volume: number): void;
  setMuted(muted: boolean): void;
  /** Call on the first user gesture: browsers keep audio locked until then. */
  unlock(): void;
}
