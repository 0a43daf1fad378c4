// Published results remember whether the best answer was marked (the facilitator's reveal setting
// allowed it when they were published), so a phone that reconnects, or a restarted server, shows
// the room exactly what the projector shows.
import type { Migration } from './migration.ts';

export const migration005: Migration = {
  version: 5,
  name: 'published-best',
  sql: `ALTER TABLE polls ADD COLUMN reveal_best boolean NOT NULL DEFAULT false;`,
};
