// The room's first schema: sessions, participants, polls with their votes and ratings, questions
// from the room, the before/after discernment check, and the drill records of the hot seat.
// A vote is one row per (poll, participant): sending it again replaces it, never adds a second.
import type { Migration } from './migration.ts';

export const migration001: Migration = {
  version: 1,
  name: 'room',
  sql: `
CREATE TABLE room_sessions (
  id text PRIMARY KEY,
  code text NOT NULL,
  scenario_id text,
  title text NOT NULL DEFAULT '',
  check_phase text CHECK (check_phase IN ('before', 'after')),
  show_names boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  closed_at timestamptz
);
CREATE UNIQUE INDEX room_sessions_open_code ON room_sessions (code) WHERE closed_at IS NULL;

CREATE TABLE participants (
  id text PRIMARY KEY,
  session_id text NOT NULL REFERENCES room_sessions (id),
  name text,
  token_hash text NOT NULL,
  joined_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX participants_session ON participants (session_id);

CREATE TABLE polls (
  id text PRIMARY KEY,
  session_id text NOT NULL REFERENCES room_sessions (id),
  seq integer NOT NULL,
  beat_id text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('choice', 'rating')),
  prompt jsonb NOT NULL,
  options jsonb NOT NULL,
  option_count integer NOT NULL,
  best integer,
  trainee_choice integer,
  opened_at timestamptz NOT NULL DEFAULT now(),
  closed_at timestamptz,
  revealed boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 0
);
CREATE INDEX polls_session ON polls (session_id, seq);

CREATE TABLE votes (
  poll_id text NOT NULL REFERENCES polls (id),
  participant_id text NOT NULL REFERENCES participants (id),
  choice integer NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (poll_id, participant_id)
);

CREATE TABLE ratings (
  poll_id text NOT NULL REFERENCES polls (id),
  participant_id text NOT NULL REFERENCES participants (id),
  stars integer NOT NULL CHECK (stars BETWEEN 1 AND 5),
  skill text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (poll_id, participant_id)
);

CREATE TABLE room_questions (
  id text PRIMARY KEY,
  session_id text NOT NULL REFERENCES room_sessions (id),
  participant_id text NOT NULL REFERENCES participants (id),
  text text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  picked_at timestamptz
);

CREATE TABLE check_answers (
  session_id text NOT NULL REFERENCES room_sessions (id),
  participant_id text NOT NULL REFERENCES participants (id),
  phase text NOT NULL CHECK (phase IN ('before', 'after')),
  item_id text NOT NULL,
  form text NOT NULL,
  skill text NOT NULL,
  correct boolean NOT NULL,
  flaw_correct boolean NOT NULL,
  answered_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (session_id, participant_id, phase, item_id)
);

CREATE TABLE drill_records (
  id text PRIMARY KEY,
  session_id text NOT NULL REFERENCES room_sessions (id),
  trainee text NOT NULL,
  record jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
`,
};
