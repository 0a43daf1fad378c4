// Start-up, after the menu: the scenarios kept in the studio's library join the menu of this build
// (with their errors and warnings), checked in the worker. Loaded as its own small chunk; the
// checker itself (yaml, zod) only in the worker, and only when the library has something in it.
import type { LibraryEntry } from '../state/libraryEntry.ts';
import type { AppStore } from '../state/store.ts';
import type { CheckClient } from './checkClient.ts';
import type { CheckReply } from './checkProtocol.ts';
import { openLibrary, type LibraryFile } from './library.ts';

export function libraryEntry(file: Pick<LibraryFile, 'name'>, reply: CheckReply): LibraryEntry {
  return { file: file.name, checked: reply.checked, diagnostics: reply.diagnostics, library: { name: file.name, idAt: reply.idAt } };
}

export async function loadLibraryIntoStore(store: AppStore, client?: CheckClient): Promise<void> {
  let files: LibraryFile[];
  try {
    files = await openLibrary().list();
  } catch {
    return; // No IndexedDB (private mode, a locked-down browser): the bundled scenarios are all there is.
  }
  if (files.length === 0) return;
  // Only now that the library has something: the worker's client, and the wording of an id clash
  // (the checker's registry, about 10 KB gzip that an empty library never loads).
  const [{ createCheckClient }, { wordLibraryClash }] = await Promise.all([import('./checkClient.ts'), import('../state/libraryClash.ts')]);
  const checker = client ?? createCheckClient();
  const entries = await Promise.all(files.map(async (f) => libraryEntry(f, await checker.check(f.name, f.text))));
  if (!client) checker.dispose();
  store.getState().setLibraryScenarios(entries, wordLibraryClash);
}
