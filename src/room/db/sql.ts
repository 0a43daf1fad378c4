// One small interface over the two databases the room server runs on: PGlite (PostgreSQL compiled
// to WebAssembly, embedded, nothing to install: the laptop default) and a real PostgreSQL server
// (a training centre's central server). Both speak the same SQL with $1 placeholders, so the
// schema, the migrations and every query are written once.
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export interface Queryable {
  query<Row extends object = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
}

export interface Database extends Queryable {
  readonly kind: 'embedded' | 'postgres';
  /** Runs `fn` in one transaction: all of it is kept, or none. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** The pg pool behind a PostgreSQL database (the Socket.IO adapter shares it); null when embedded. */
  readonly pool: pg.Pool | null;
}

/** Where the data lives: `postgres://…` (central server), a folder (embedded, kept), or `memory://`. */
export type DatabaseSetting = string;

export async function openDatabase(setting: DatabaseSetting): Promise<Database> {
  if (/^postgres(ql)?:\/\//.test(setting)) return openPostgres(setting);
  return openEmbedded(setting === 'memory://' ? undefined : setting);
}

async function openEmbedded(dataDir: string | undefined): Promise<Database> {
  const db = dataDir === undefined ? new PGlite() : new PGlite(dataDir);
  await db.waitReady;
  const query = async <Row extends object>(text: string, params: readonly unknown[] = []): Promise<Row[]> =>
    (await db.query<Row>(text, params as unknown[])).rows;
  // PGlite runs one statement at a time; its transaction() holds that lock for the whole function.
  return {
    kind: 'embedded',
    pool: null,
    query,
    transaction: (fn) =>
      db.transaction((tx) =>
        fn({ query: async <Row extends object>(text: string, params: readonly unknown[] = []) => (await tx.query<Row>(text, params as unknown[])).rows }),
      ),
    close: () => db.close(),
  };
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client that loses its server must not take the process down; the next query reconnects.
  pool.on('error', () => {});
  await pool.query('SELECT 1');
  const query = async <Row extends object>(text: string, params: readonly unknown[] = []): Promise<Row[]> =>
    (await pool.query(text, params as unknown[])).rows as Row[];
  return {
    kind: 'postgres',
    pool,
    query,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({
          query: async <Row extends object>(text: string, params: readonly unknown[] = []) => (await client.query(text, params as unknown[])).rows as Row[],
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
