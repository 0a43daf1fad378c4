// A room server on a free loopback port with an in-memory (or given) database, and socket.io
// clients that speak to it as the console, the projector or a phone would.
import { io as connect, type Socket } from 'socket.io-client';
import { migrate } from '../../src/room/db/migrate.ts';
import { openDatabase, type Database } from '../../src/room/db/sql.ts';
import { createRoomServer, type RoomServer } from '../../src/room/server.ts';
import type { CheckedScenario } from '../../src/core/scenario/checked.ts';

export const KEY = 'test-facilitator-key';

export interface Running {
  server: RoomServer;
  db: Database;
  url: string;
  stop(): Promise<void>;
}

export async function startRoom(options: { setting?: string; scenarios?: CheckedScenario[]; scaleOut?: boolean; port?: number } = {}): Promise<Running> {
  const db = await openDatabase(options.setting ?? 'memory://');
  await migrate(db);
  const server = await createRoomServer({
    db,
    facilitatorKey: KEY,
    scenarios: options.scenarios ?? [],
    staticDir: null,
    scaleOut: options.scaleOut ?? false,
    tallyEveryMs: 20,
  });
  const address = await server.listen(options.port ?? 0, '127.0.0.1');
  const url = `http://127.0.0.1:${address.port}`;
  return {
    server,
    db,
    url,
    async stop() {
      await server.close();
      await db.close();
    },
  };
}

export function client(url: string, auth: Record<string, unknown>): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(url, { auth, transports: ['websocket'], reconnection: false, forceNew: true });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (e) => {
      socket.close();
      reject(e);
    });
  });
}

// biome-ignore lint/suspicious/noExplicitAny: the tests read many reply shapes; each asserts what it reads
export function call<T = any>(socket: Socket, event: string, payload: unknown = {}): Promise<T> {
  return socket.timeout(5000).emitWithAck(event, payload) as Promise<T>;
}

export function next<T>(socket: Socket, event: string, accept: (v: T) => boolean = () => true, ms = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, handler);
      reject(new Error(`no '${event}' within ${ms} ms`));
    }, ms);
    const handler = (v: T) => {
      if (!accept(v)) return;
      clearTimeout(timer);
      socket.off(event, handler);
      resolve(v);
    };
    socket.on(event, handler);
  });
}
