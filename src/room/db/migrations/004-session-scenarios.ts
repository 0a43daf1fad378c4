// The scenarios played in a session, so the before/after check leaves out what the room has
// already heard: a bundled one by id; a studio library's (made in an instructor's browser, unknown
// to the server) with its text, sent by the facilitator's browser and checked again here.
// `check_played` freezes that list when the first check opens, so the before and after forms
// stay the two halves of one deal even when a drill is played in between.
import type { Migration } from './migration.ts';

export const migration004: Migration = {
  version: 4,
  name: 'session-scenarios',
  sql: `
CREATE TABLE session_scenarios (
  session_id text NOT NULL REFERENCES room_sessions (id),
  scenario_id text NOT NULL,
  text text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (session_id, scenario_id)
);
ALTER TABLE room_sessions ADD COLUMN check_played jsonb;
`,
};
