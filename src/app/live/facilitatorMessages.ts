// In a live drill the app's short messages (scorecards saved, storage problems, ready to work
// offline) are for the facilitator, not for the room: they go to the console (and the one-screen
// panel) instead of the wall. Each one is kept off the projector while the console is given it; the
// console says it has it (the extension message below) and the projector drops it. If no console
// says so in time (none is open, or only the hidden panel), it shows on the projector after all,
// where the toasts keep clear of the room's texts. A message for whoever is at the screen (the
// trainee's unsent answer, `forScreen`) always stays on the projector.
import type { AppStore, Toast } from '../../state/store.ts';

export interface FacilitatorMessage {
  id: number;
  kind: Toast['kind'];
  text: string;
  /** Epoch ms when it was said. */
  at: number;
}

/** The console → projector extension message: `{seen: ids, embedded}` or `{dismiss: id}`. */
export const MESSAGES_EXTENSION = 'live.messages';
export type MessagesReply = { seen: number[]; embedded: boolean } | { dismiss: number };

/** How long a message waits for a console before it shows on the projector. */
export const HOLD_MS = 1500;
/** The console lists this many, newest last. */
const KEEP = 6;

export interface FacilitatorMessages {
  list(): FacilitatorMessage[];
  /** A console's reply (MESSAGES_EXTENSION). */
  receive(data: unknown): void;
  /** The one-screen panel was opened: what it lists is read there now. */
  panelOpened(): void;
}

export function routeFacilitatorMessages(
  store: AppStore,
  o: { active: () => boolean; panelOpen: () => boolean; onChange: () => void; now?: () => number },
): FacilitatorMessages {
  let messages: FacilitatorMessage[] = [];
  let lastId = Math.max(0, ...store.getState().toasts.map((t) => t.id));
  const delivered = new Set<number>();
  const now = o.now ?? Date.now;

  const takeOffScreen = (id: number) => {
    delivered.add(id);
    if (store.getState().toasts.some((t) => t.id === id)) store.getState().dismissToast(id);
  };

  store.subscribe((s, prev) => {
    if (s.toasts === prev.toasts) return;
    const fresh = s.toasts.filter((t) => t.id > lastId);
    if (fresh.length === 0) return;
    lastId = Math.max(lastId, ...fresh.map((t) => t.id));
    if (!o.active()) return;
    for (const t of fresh) {
      if (t.forScreen) continue;
      messages = [...messages, { id: t.id, kind: t.kind, text: t.message, at: now() }].slice(-KEEP);
      store.getState().holdToast(t.id, true);
      setTimeout(() => {
        if (!delivered.has(t.id)) store.getState().holdToast(t.id, false);
      }, HOLD_MS);
    }
    o.onChange();
  });

  return {
    list: () => messages,
    receive(data) {
      const reply = parseReply(data);
      if (!reply) return;
      if ('dismiss' in reply) {
        messages = messages.filter((m) => m.id !== reply.dismiss);
        o.onChange();
        return;
      }
      // The panel hidden from the facilitator has not shown it to anyone.
      if (reply.embedded && !o.panelOpen()) return;
      for (const id of reply.seen) if (messages.some((m) => m.id === id)) takeOffScreen(id);
    },
    panelOpened() {
      for (const m of messages) takeOffScreen(m.id);
    },
  };
}

function parseReply(data: unknown): MessagesReply | null {
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  if (typeof d.dismiss === 'number') return { dismiss: d.dismiss };
  if (Array.isArray(d.seen) && d.seen.every((x) => typeof x === 'number')) return { seen: d.seen as number[], embedded: d.embedded === true };
  return null;
}
