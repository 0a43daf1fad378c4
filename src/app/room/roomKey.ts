// Whether the app is served by the room server (npm run room), asked before anything of the room is
// loaded: the room's own code (socket.io, the join slide, roomLink.ts) is a chunk of its own that
// the app imports only when this finds a key, so a drill without a room never carries it.

/** The room server's facilitator key, or null when the app is not served by a room server. */
export async function fetchRoomKey(base = '.'): Promise<string | null> {
  // Off line there is no room server to reach (and a failed request would only add noise).
  if (typeof navigator !== 'undefined' && !navigator.onLine) return null;
  try {
    const r = await fetch(`${base}/room/key`, { cache: 'no-store' });
    // Any other server answers this path with the app's page (or 404): no room here.
    if (!r.ok || !(r.headers.get('content-type') ?? '').includes('application/json')) return null;
    const body = (await r.json()) as { key?: unknown };
    return typeof body.key === 'string' ? body.key : null;
  } catch {
    return null;
  }
}
