// The trainee's name is asked once (on the debrief) and remembered on this browser for the next
// drills, so a class sharing one machine can change it and a trainee alone never retypes it.
import type { KeyValueStorage } from '../state/settings.ts';

const TRAINEE_KEY = 'podium.trainee';

export function loadTraineeName(storage: KeyValueStorage | null): string {
  try {
    return storage?.getItem(TRAINEE_KEY)?.slice(0, 120) ?? '';
  } catch {
    return '';
  }
}

/** False when the browser refused to remember it. */
export function saveTraineeName(storage: KeyValueStorage | null, name: string): boolean {
  try {
    storage?.setItem(TRAINEE_KEY, name.slice(0, 120));
    return storage !== null;
  } catch {
    return false;
  }
}
