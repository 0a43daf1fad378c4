// Who answered what: the trainee at the podium when a question's vote closed (hot seat), and the
// facilitator's live items (a follow-up question, a call, breaking news) with their points and
// reason, so the class results name the trainee of every answer. A live item is kept once per
// session and key (the projector sends it again after a reload).
import type { Migration } from './migration.ts';

export const migration003: Migration = {
  version: 3,
  name: 'seats-and-live-items',
  sql: `
ALTER TABLE polls ADD COLUMN trainee text;

CREATE TABLE live_items (
  session_id text NOT NULL REFERENCES room_sessions (id),
  key text NOT NULL,
  at double precision NOT NULL,
  kind text NOT NULL CHECK (kind IN ('question', 'call', 'breaking')),
  ask text NOT NULL,
  answer text,
  trainee text,
  effects jsonb NOT NULL,
  reason text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (session_id, key)
);
`,
};
