// The sound bank loads lazily; the first pointer or key press unlocks audio (browsers require a
// gesture), and the store's changes play the cues.
import { deferredSoundBank, loadSoundBank, type DeferredSoundBank } from '../game/deferredSound.ts';
import { directSound } from '../game/soundCues.ts';
import type { AppStore } from '../state/store.ts';

export function startSound(store: AppStore): DeferredSoundBank {
  const sound = deferredSoundBank();
  void loadSoundBank().then((bank) => sound.attach(bank));
  const unlock = () => {
    sound.unlock();
    window.removeEventListener('pointerdown', unlock, true);
    window.removeEventListener('keydown', unlock, true);
  };
  window.addEventListener('pointerdown', unlock, true);
  window.addEventListener('keydown', unlock, true);
  directSound(store, sound);
  return sound;
}
