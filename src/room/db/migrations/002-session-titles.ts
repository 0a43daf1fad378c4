// A session's title in every language it was given in (the phones show it in their own
// language): `titles` maps a language to the title; `title` keeps one of them for older readers.
import type { Migration } from './migration.ts';

export const migration002: Migration = {
  version: 2,
  name: 'session-titles',
  sql: `ALTER TABLE room_sessions ADD COLUMN titles jsonb;`,
};
