// What the room sees of the room server: a second connection with the `projector` role, which the
// server only ever sends published results (and the best answer only when it may be shown). The
// projector window draws from this feed alone, so nothing private (a live histogram, the best
// answer) can reach the wall by mistake.
import { io, type Socket } from 'socket.io-client';
import type { Text } from '../../core/scenario/schema.ts';
import type { PublishedPoll, Tally, UnpublishedPoll } from '../../room/protocol.ts';

export type RevealedPoll = Omit<PublishedPoll, 'prompt' | 'options'> & { prompt: Text; options: Text[] };

export interface ProjectorFeed {
  close(): void;
}

export function projectorFeed(key: string, sessionId: string, onReveal: (poll: RevealedPoll | null) => void, url?: string): ProjectorFeed {
  const socket: Socket = io(url ?? '/', { auth: { role: 'projector', key }, transports: ['websocket', 'polling'] });
  let shown: RevealedPoll | null = null;
  socket.on('connect', () => void socket.emitWithAck('attach', { sessionId }).catch(() => {}));
  socket.on('reveal', (r: PublishedPoll | UnpublishedPoll) => {
    if (r.revealed) shown = { ...r, prompt: r.prompt as Text, options: r.options as Text[] };
    // Taken down: the results shown, or (after a reconnection) whatever is shown.
    else if (shown?.pollId === r.pollId) shown = null;
    else return;
    onReveal(shown);
  });
  // A rating still coming in after the results were published updates the figures on the wall.
  socket.on('tally', (t: Tally) => {
    if (shown && t.pollId === shown.pollId && t.version >= shown.tally.version) onReveal((shown = { ...shown, tally: t }));
  });
  return { close: () => socket.close() };
}
