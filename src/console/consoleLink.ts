// The console's end of the live channel: says hello on opening (a reopened or reloaded console is
// attached again as soon as the projector answers, well within a second), sends commands stamped
// with their time, and notices when the projector stops answering (its heartbeat is 1 s).
import type { CommandId } from '../app/commands.ts';
import type { ConsoleView } from '../app/live/consoleView.ts';
import { epochNow, LIVE_PROTOCOL, openChannel, parseProjectorMessage, type ConsoleMessage, type ProjectorMessage } from '../app/live/protocol.ts';

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

export function createConsoleLink(onView: (view: ConsoleView) => void, onDone: (m: Extract<ProjectorMessage, { type: 'done' }>) => void): ConsoleLink {
  let view: ConsoleView | null = null;
  let heardAt = -Infinity;
  const refused: CommandId[] = [];
  const extensions = new Map<string, (data: unknown) => void>();
  const channel = openChannel<ProjectorMessage, ConsoleMessage>(parseProjectorMessage, (m) => {
    heardAt = performance.now();
    if (m.type === 'state') {
      view = m.view;
      onView(m.view);
    } else if (m.type === 'done') {
      if (!m.ok) refused.push(m.id);
      onDone(m);
    } else extensions.get(m.name)?.(m.data);
  });
  const hello = () => channel?.send({ v: LIVE_PROTOCOL, type: 'hello' });
  hello();
  // Until the projector answers (it may be reloading), ask again every half second.
  setInterval(() => {
    if (performance.now() - heardAt > 500) hello();
  }, 500);
  return {
    send(id, data, arg) {
      const m: ConsoleMessage = { v: LIVE_PROTOCOL, type: 'command', id, sentAt: epochNow() };
      if (data !== undefined) m.data = data;
      if (arg !== undefined) m.arg = arg;
      channel?.send(m);
    },
    sendExtension(name, data) {
      channel?.send({ v: LIVE_PROTOCOL, type: 'ext', name, data });
    },
    onExtension(name, handler) {
      extensions.set(name, handler);
      return () => extensions.delete(name);
    },
    get view() {
      return view;
    },
    connected: () => performance.now() - heardAt < SILENT_AFTER_MS,
    refused,
  };
}
