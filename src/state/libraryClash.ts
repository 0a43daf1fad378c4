// The wording of a studio library copy that kept an id already listed: the checker's own
// `duplicate-scenario-id` message (load.ts), from the registry's templates in both languages.
// Imported only by the studio's chunks (studio.ts, libraryMenu.ts), which are what put library
// entries into the store: the registry (about 11 KB gzip of templates) stays out of the menu's
// start-up JavaScript, which never needs it when the library is empty.
import { diagnostic } from '../core/scenario/diagnostics.ts';
import type { WordClash } from './libraryEntry.ts';

export const wordLibraryClash: WordClash = (file, at, values) => diagnostic('duplicate-scenario-id', file, at, values);
