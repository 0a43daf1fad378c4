// The console's end of the live channel: says hello on opening (a reopened or reloaded console is
// attached again as soon as the projector answers, well within a second), sends commands stamped
// with their time, and notices when the projector stops answering (its heartbeat is 1 s).
//
// It is linked to ONE projector window (protocol.ts): the one named in its address (`?projector=`,
// when the projector opened it or embeds it), else the one it linked to before this reload (kept in
// this tab's sessionStorage), else the first to answer, preferring a window already running a live
// drill, then a window on a screen over a background tab. Its commands name that window, and what
// other windows say is ignored; a console whose projector went silent links again only to a window
// running a live drill (the drill resumed in a new window), never to an idle tab of the app.
import type { CommandId } from '../app/commands.ts';
import type { ConsoleView } from '../app/live/consoleView.ts';
import {
  epochNow,
  isProjectorId,
  LIVE_PROTOCOL,
  openChannel,
  parseProjectorMessage,
  type ConsoleMessage,
  type ProjectorId,
  type ProjectorMessage,
} from '../app/live/protocol.ts';

export interface ConsoleLink {
  send(id: CommandId, data?: unknown, arg?: number): void;
  sendExtension(name: string, data?: unknown): void;
  onExtension(name: string, handler: (data: unknown) => void): () => void;
  /** The latest view, or null before the projector answered. */
  readonly view: ConsoleView | null;
  /** The projector answered within the last 2.5 s. */
  connected(): boolean;
  /** Commands the projector refused (did not apply now), newest last. */
  readonly refused: CommandId[];
}

const SILENT_AFTER_MS = 2500;
/** With no window running a live drill yet, the answers heard this long after the first one are compared. */
const PICK_AFTER_MS = 300;
const LINK_KEY = 'podium.console.projector';

type StateMessage = Extract<ProjectorMessage, { type: 'state' }>;

function storedLink(): ProjectorId | null {
  const fromAddress = new URLSearchParams(location.search).get('projector');
  if (isProjectorId(fromAddress)) return fromAddress;
  try {
    const kept = sessionStorage.getItem(LINK_KEY);
    return isProjectorId(kept) ? kept : null;
  } catch {
    return null;
  }
}

function keepLink(id: ProjectorId): void {
  try {
    sessionStorage.setItem(LINK_KEY, id);
  } catch {
    // Not kept: a reload links again the same way.
  }
}

export function createConsoleLink(onView: (view: ConsoleView) => void, onDone: (m: Extract<ProjectorMessage, { type: 'done' }>) => void): ConsoleLink {
  let view: ConsoleView | null = null;
  let heardAt = -Infinity;
  let linked: ProjectorId | null = storedLink();
  const refused: CommandId[] = [];
  const extensions = new Map<string, (data: unknown) => void>();
  const connected = () => performance.now() - heardAt < SILENT_AFTER_MS;
  const openedAt = performance.now();
  /** The linked projector has not answered for a while (counted from this page's opening). */
  const lost = () => performance.now() - Math.max(heardAt, openedAt) > SILENT_AFTER_MS;

  // Picking a projector when none is linked yet.
  let candidates: StateMessage[] = [];
  let pickTimer: ReturnType<typeof setTimeout> | null = null;
  function link(m: StateMessage): void {
    linked = m.from;
    keepLink(m.from);
    candidates = [];
    if (pickTimer !== null) clearTimeout(pickTimer);
    pickTimer = null;
    accept(m);
  }
  function consider(m: StateMessage): void {
    if (m.view.live.active) return link(m);
    if (!candidates.some((c) => c.from === m.from)) candidates.push(m);
    pickTimer ??= setTimeout(() => {
      pickTimer = null;
      const best = candidates.find((c) => c.visible) ?? candidates[0];
      if (best && linked === null) link(best);
    }, PICK_AFTER_MS);
  }

  function accept(m: ProjectorMessage): void {
    heardAt = performance.now();
    if (m.type === 'state') {
      view = m.view;
      onView(m.view);
    } else if (m.type === 'done') {
      if (!m.ok) refused.push(m.id);
      onDone(m);
    } else extensions.get(m.name)?.(m.data);
  }

  const channel = openChannel<ProjectorMessage, ConsoleMessage>(parseProjectorMessage, (m) => {
    if (m.from === linked) return accept(m);
    if (m.type !== 'state') return;
    if (linked === null) return consider(m);
    // Our projector went silent and the drill runs on in another window (it resumed there).
    if (lost() && m.view.live.active) link(m);
  });
  // Linked and not lost: only our projector; otherwise every window says who it is.
  const hello = () => channel?.send(linked !== null && !lost() ? { v: LIVE_PROTOCOL, type: 'hello', to: linked } : { v: LIVE_PROTOCOL, type: 'hello' });
  hello();
  // Until the projector answers (it may be reloading), ask again every half second.
  setInterval(() => {
    if (performance.now() - heardAt > 500) hello();
  }, 500);
  return {
    send(id, data, arg) {
      if (linked === null) return;
      const m: ConsoleMessage = { v: LIVE_PROTOCOL, type: 'command', to: linked, id, sentAt: epochNow() };
      if (data !== undefined) m.data = data;
      if (arg !== undefined) m.arg = arg;
      channel?.send(m);
    },
    sendExtension(name, data) {
      if (linked !== null) channel?.send({ v: LIVE_PROTOCOL, type: 'ext', to: linked, name, data });
    },
    onExtension(name, handler) {
      extensions.set(name, handler);
      return () => extensions.delete(name);
    },
    get view() {
      return view;
    },
    connected,
    refused,
  };
}
