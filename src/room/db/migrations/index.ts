import { migration001 } from './001-room.ts';
import { migration002 } from './002-session-titles.ts';
import { migration003 } from './003-seats-and-live-items.ts';
import { migration004 } from './004-session-scenarios.ts';
import { migration005 } from './005-published-best.ts';
import type { Migration } from './migration.ts';

/** Every step, oldest first. A new step is a new file here; a released step is never edited. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005];
