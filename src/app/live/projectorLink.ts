// Which window is "the projector": every tab of the app listens on the live channel, but a console
// commands only the window it is linked to (protocol.ts). Each app tab has its own id, kept in the
// tab's sessionStorage so a reloaded projector is the same projector to its console; another tab
// (a stray second tab of the app) has another id and ignores commands that are not addressed to it.
import type { KeyValueStorage } from '../../state/settings.ts';
import { isProjectorId, type ProjectorId } from './protocol.ts';

const PROJECTOR_ID_KEY = 'podium.live.projector';

export function projectorIdOf(storage: KeyValueStorage | null): ProjectorId {
  const kept = storage?.getItem(PROJECTOR_ID_KEY);
  if (isProjectorId(kept)) return kept;
  const id = globalThis.crypto?.randomUUID?.() ?? `p-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  try {
    storage?.setItem(PROJECTOR_ID_KEY, id);
  } catch {
    // Storage refused: this load keeps the id; a reload gets a new one and its console links again.
  }
  return id;
}

/** The console's address, linked to this projector (`?projector=ID`, read by console/consoleLink.ts). */
export function consoleUrlFor(consoleUrl: string, projector: ProjectorId, params: Record<string, string> = {}): string {
  const query = new URLSearchParams({ ...params, projector });
  return `${consoleUrl}?${query}`;
}
