// The live channel between the projector window (the app in live mode, which runs the drill) and
// the facilitator console (console.html, or the panel in the projector window): a BroadcastChannel,
// so both must be the same origin, with no server. The console sends commands of the one command
// table (src/app/commands.ts) and asks for the state; the projector answers with the console view
// (consoleView.ts: what the room must NOT see) after every change, and once a second as a heartbeat.
// Messages from elsewhere (another version, a stray tab) are checked and dropped, never trusted.
import { COMMANDS, type CommandId } from '../commands.ts';
import type { ConsoleView } from './consoleView.ts';

const LIVE_CHANNEL = 'podium.live';
/** Bumped whenever a message's shape changes: a console and a projector of two versions ignore each other. */
export const LIVE_PROTOCOL = 1;

export type ConsoleMessage =
  /** A console opened (or reloaded): the projector answers with the state at once. */
  | { v: typeof LIVE_PROTOCOL; type: 'hello' }
  /** Run a command on the projector; `sentAt` (epoch ms, performance.timeOrigin + now) measures the delay. */
  | { v: typeof LIVE_PROTOCOL; type: 'command'; id: CommandId; arg?: number; data?: unknown; sentAt: number }
  /** An extension's message (e.g. the Room panel's), handled by whoever registered its name. */
  | { v: typeof LIVE_PROTOCOL; type: 'ext'; name: string; data?: unknown };

export type ProjectorMessage =
  | { v: typeof LIVE_PROTOCOL; type: 'state'; view: ConsoleView }
  /** A command ran (ok) or did not apply (refused), with how long it took to show on the projector. */
  | { v: typeof LIVE_PROTOCOL; type: 'done'; id: CommandId; ok: boolean; sentAt: number; latencyMs: number }
  | { v: typeof LIVE_PROTOCOL; type: 'ext'; name: string; data?: unknown };

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A console's message as the projector accepts it, or null. */
export function parseConsoleMessage(data: unknown): ConsoleMessage | null {
  if (!isObject(data) || data.v !== LIVE_PROTOCOL) return null;
  if (data.type === 'hello') return { v: LIVE_PROTOCOL, type: 'hello' };
  if (data.type === 'command') {
    if (typeof data.id !== 'string' || !Object.hasOwn(COMMANDS, data.id)) return null;
    if (typeof data.sentAt !== 'number' || !Number.isFinite(data.sentAt)) return null;
    if (data.arg !== undefined && (typeof data.arg !== 'number' || !Number.isInteger(data.arg))) return null;
    const msg: ConsoleMessage = { v: LIVE_PROTOCOL, type: 'command', id: data.id as CommandId, sentAt: data.sentAt };
    if (data.arg !== undefined) msg.arg = data.arg as number;
    if (data.data !== undefined) msg.data = data.data;
    return msg;
  }
  if (data.type === 'ext' && typeof data.name === 'string' && data.name.length > 0 && data.name.length <= 64) {
    return { v: LIVE_PROTOCOL, type: 'ext', name: data.name, data: data.data };
  }
  return null;
}

/** A projector's message as a console accepts it, or null. */
export function parseProjectorMessage(data: unknown): ProjectorMessage | null {
  if (!isObject(data) || data.v !== LIVE_PROTOCOL) return null;
  if (data.type === 'state' && isObject(data.view)) return data as unknown as ProjectorMessage;
  if (data.type === 'done' && typeof data.id === 'string' && Object.hasOwn(COMMANDS, data.id) && typeof data.latencyMs === 'number')
    return data as unknown as ProjectorMessage;
  if (data.type === 'ext' && typeof data.name === 'string') return data as unknown as ProjectorMessage;
  return null;
}

/** Wall-clock milliseconds comparable between two windows (each has its own performance.now origin). */
export function epochNow(): number {
  return performance.timeOrigin + performance.now();
}

export interface LiveChannel<_In, Out> {
  send(message: Out): void;
  close(): void;
}

/** Opens the channel; null where BroadcastChannel does not exist (the live mode then says so). */
export function openChannel<In, Out>(parse: (data: unknown) => In | null, onMessage: (message: In) => void, name = LIVE_CHANNEL): LiveChannel<In, Out> | null {
  if (typeof BroadcastChannel !== 'function') return null;
  const channel = new BroadcastChannel(name);
  channel.onmessage = (e: MessageEvent) => {
    const message = parse(e.data);
    if (message) onMessage(message);
  };
  return {
    send: (message) => channel.postMessage(message),
    close: () => channel.close(),
  };
}
