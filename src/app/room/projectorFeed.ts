// What the room sees of the room server: a second connection with the `projector` role, which the
// server only ever sends revealed results. The projector window draws from this feed alone, so
// nothing private (a live histogram, the best answer) can reach the wall by mistake.
import { io, type Socket } from 'socket.io-client';
import type { Text } from '../../core/scenario/schema.ts';
import type { Tally } from '../../room/protocol.ts';

export interface RevealedPoll {
  pollId: string;
  tally: Tally;
  best: number | null;
  traineeChoice: number | null;
  options: Text[];
}

export interface ProjectorFeed {
  close(): void;
}

export function projectorFeed(key: string, sessionId: string, onReveal: (poll: RevealedPoll | null) => void, url?: string): ProjectorFeed {
  const socket: Socket = io(url ?? '/', { auth: { role: 'projector', key }, transports: ['websocket', 'polling'] });
  let shown: RevealedPoll | null = null;
  socket.on('connect', () => void socket.emitWithAck('attach', { sessionId }).catch(() => {}));
  socket.on('reveal', (r: { pollId: string; revealed: boolean } & Partial<RevealedPoll>) => {
    shown =
      r.revealed && r.tally
        ? { pollId: r.pollId, tally: r.tally, best: r.best ?? null, traineeChoice: r.traineeChoice ?? null, options: r.options ?? [] }
        : null;
    onReveal(shown);
  });
  // A vote arriving after the reveal (the poll still open) updates the bars on the wall.
  socket.on('tally', (t: Tally) => {
    if (shown && t.pollId === shown.pollId && t.version >= shown.tally.version) onReveal((shown = { ...shown, tally: t }));
  });
  return { close: () => socket.close() };
}
