// What a phone remembers of a room, per join code, so that dropping off the Wi-Fi (or closing the
// tab) and coming back is the same participant: the id and token the server gave, and the name.
export interface Credentials {
  participantId: string;
  token: string;
  name: string | null;
}

const key = (code: string) => `podium.room.${code}`;

export function loadCredentials(code: string): Credentials | null {
  try {
    const raw = localStorage.getItem(key(code));
    const value = raw ? (JSON.parse(raw) as Partial<Credentials>) : null;
    return value && typeof value.participantId === 'string' && typeof value.token === 'string'
      ? { participantId: value.participantId, token: value.token, name: value.name ?? null }
      : null;
  } catch {
    return null;
  }
}

export function saveCredentials(code: string, c: Credentials): void {
  try {
    localStorage.setItem(key(code), JSON.stringify(c));
  } catch {
    // Private mode: the phone still takes part; a reload makes it a new participant.
  }
}
