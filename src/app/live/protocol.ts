// The live channel between the projector window (the app in live mode, which runs the drill) and
// the facilitator console (console.html, or the panel in the projector window): a BroadcastChannel,
// so both must be the same origin, with no server. The console sends commands of the one command
// table (src/app/commands.ts) and asks for the state; the projector answers with the console view
// (consoleView.ts: what the room must NOT see) after every change, and once a second as a heartbeat.
// Messages from elsewhere (another version, a stray tab) are checked and dropped, never trusted.
//
// Every app tab listens on the channel, so a console talks to ONE projector window: each projector
// has an id (projectorLink.ts), signs what it sends (`from`), and runs only the commands addressed
// to it (`to`); a console links to one projector (console/consoleLink.ts) and ignores the others.
// Only `hello` may go unaddressed: it asks every projector to say who it is.
import { COMMANDS, type CommandId } from '../commands.ts';
import type { ConsoleView } from './consoleView.ts';

const LIVE_CHANNEL = 'podium.live';
/** Bumped whenever a message's shape changes: a console and a projector of two versions ignore each other. */
export const LIVE_PROTOCOL = 2;

/** A projector window's id (projectorLink.ts): letters, digits and dashes. */
export type ProjectorId = string;

export function isProjectorId(x: unknown): x is ProjectorId {
  return typeof x === 'string' && /^[A-Za-z0-9-]{8,64}$/.test(x);
}

export type ConsoleMessage =
  /** A console opened (or reloaded): its projector (`to`), or every projector when unaddressed, answers with the state at once. */
  | { v: typeof LIVE_PROTOCOL; type: 'hello'; to?: ProjectorId }
  /** Run a command on the projector; `sentAt` (epoch ms, performance.timeOrigin + now) measures the delay. */
  | { v: typeof LIVE_PROTOCOL; type: 'command'; to: ProjectorId; id: CommandId; arg?: number; data?: unknown; sentAt: number }
  /** An extension's message (e.g. the Room panel's), handled by whoever registered its name. */
  | { v: typeof LIVE_PROTOCOL; type: 'ext'; to: ProjectorId; name: string; data?: unknown };

export type ProjectorMessage =
  /** `visible`: the window is on a screen (not a background tab), which a console prefers when it picks a projector. */
  | { v: typeof LIVE_PROTOCOL; type: 'state'; from: ProjectorId; view: ConsoleView; visible: boolean }
  /** A command ran (ok) or did not apply (refused), with how long it took to show on the projector. */
  | { v: typeof LIVE_PROTOCOL; type: 'done'; from: ProjectorId; id: CommandId; ok: boolean; sentAt: number; latencyMs: number }
  | { v: typeof LIVE_PROTOCOL; type: 'ext'; from: ProjectorId; name: string; data?: unknown };

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A console's message as the projector accepts it, or null. */
export function parseConsoleMessage(data: unknown): ConsoleMessage | null {
  if (!isObject(data) || data.v !== LIVE_PROTOCOL) return null;
  if (data.type === 'hello') {
    if (data.to === undefined) return { v: LIVE_PROTOCOL, type: 'hello' };
    return isProjectorId(data.to) ? { v: LIVE_PROTOCOL, type: 'hello', to: data.to } : null;
  }
  // Anything but a hello names the projector it is for.
  if (!isProjectorId(data.to)) return null;
  if (data.type === 'command') {
    if (typeof data.id !== 'string' || !Object.hasOwn(COMMANDS, data.id)) return null;
    if (typeof data.sentAt !== 'number' || !Number.isFinite(data.sentAt)) return null;
    if (data.arg !== undefined && (typeof data.arg !== 'number' || !Number.isInteger(data.arg))) return null;
    const msg: ConsoleMessage = { v: LIVE_PROTOCOL, type: 'command', to: data.to, id: data.id as CommandId, sentAt: data.sentAt };
    if (data.arg !== undefined) msg.arg = data.arg as number;
    if (data.data !== undefined) msg.data = data.data;
    return msg;
  }
  if (data.type === 'ext' && typeof data.name === 'string' && data.name.length > 0 && data.name.length <= 64) {
    return { v: LIVE_PROTOCOL, type: 'ext', to: data.to, name: data.name, data: data.data };
  }
  return null;
}

/** A projector's message as a console accepts it, or null. */
export function parseProjectorMessage(data: unknown): ProjectorMessage | null {
  if (!isObject(data) || data.v !== LIVE_PROTOCOL || !isProjectorId(data.from)) return null;
  if (data.type === 'state' && isObject(data.view) && typeof data.visible === 'boolean') return data as unknown as ProjectorMessage;
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
