// The studio's library: scenario files made or loaded in the studio, kept in this browser
// (IndexedDB, a database of its own, apart from the drill records) so that a deployed build lists
// them in its menu without a rebuild. The YAML text is what is kept: it is checked again on every
// load, by the same checker, so a newer app never trusts an older check.
import { openDB, type IDBPDatabase } from 'idb';

const LIBRARY_DB = 'podium-studio';
const STORE = 'scenarios';

export interface LibraryFile {
  /** The file name, e.g. "my-drill.yaml": the library's key. */
  name: string;
  text: string;
  /** ms since 1970. */
  savedAt: number;
}

export interface Library {
  list(): Promise<LibraryFile[]>;
  get(name: string): Promise<LibraryFile | undefined>;
  put(file: LibraryFile): Promise<void>;
  remove(name: string): Promise<void>;
}

let opened: Promise<IDBPDatabase> | null = null;

function database(): Promise<IDBPDatabase> {
  opened ??= openDB(LIBRARY_DB, 1, {
    upgrade(db) {
      db.createObjectStore(STORE, { keyPath: 'name' });
    },
  });
  return opened;
}

export function openLibrary(): Library {
  return {
    list: async () => ((await (await database()).getAll(STORE)) as LibraryFile[]).sort((a, b) => a.name.localeCompare(b.name)),
    get: async (name) => (await (await database()).get(STORE, name)) as LibraryFile | undefined,
    put: async (file) => {
      await (await database()).put(STORE, file);
    },
    remove: async (name) => {
      await (await database()).delete(STORE, name);
    },
  };
}

/** A file name the library can keep: letters, digits, dot, dash and underscore, ending in .yaml. */
export function libraryName(name: string): string {
  const base = name
    .replace(/\.(ya?ml)$/i, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
  const safe =
    base
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'scenario';
  return `${safe}.yaml`;
}
