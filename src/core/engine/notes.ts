// What the engine says about a scored moment or a turn, as a code with its values. The engine never
// words it: the browser does through i18n (locales/*/engine.json, `engine:<code>`), the CLI from the
// same files (cli/engineNotes.ts). The author's own feedback stays Text in `feedback`.
import type { Text } from '../scenario/schema.ts';

export type EngineNote =
  /** Silence until the time limit, with no on_timeout feedback of the author's. */
  | { code: 'silence' }
  /** The conference ended while the question was open: it counts as silence. */
  | { code: 'ended-open' }
  /** The conference ended before the question was asked: it counts as silence. */
  | { code: 'ended-unasked' }
  /** A live drill's facilitator skipped the question: not scored (skip.ts). */
  | { code: 'skipped' }
  /** A rumour countered before it spread (or before it appeared). */
  | { code: 'rumour-pre-empted' }
  /** A rumour countered `seconds` after it appeared, earning `points` (> 0) for speed. */
  | { code: 'rumour-countered'; seconds: number; points: number }
  /** A rumour countered `seconds` after it appeared, too late for speed points. */
  | { code: 'rumour-countered-late'; seconds: number }
  /** How far a rumour had reached (whole people) when countered, of its `peak`. */
  | { code: 'rumour-reach'; reach: number; peak: number }
  /** A rumour never countered before the conference ended. */
  | { code: 'rumour-unrebutted' }
  /** A rumour due before the scheduled end, of a conference ended before it was countered. */
  | { code: 'rumour-cut-short' };

export type EngineNoteCode = EngineNote['code'];

export const ENGINE_NOTE_CODES: readonly EngineNoteCode[] = [
  'silence',
  'ended-open',
  'ended-unasked',
  'skipped',
  'rumour-pre-empted',
  'rumour-countered',
  'rumour-countered-late',
  'rumour-reach',
  'rumour-unrebutted',
  'rumour-cut-short',
];

/** What a moment or turn says: the author's feedback, or the engine's note. */
export interface Said {
  feedback?: Text | undefined;
  note?: EngineNote | undefined;
}

/** Only what is there: a moment or turn without feedback has no `feedback` key (saves stay small). */
export function saidFields(said: Said): { feedback?: Text; note?: EngineNote } {
  const out: { feedback?: Text; note?: EngineNote } = {};
  if (said.feedback !== undefined) out.feedback = said.feedback;
  if (said.note !== undefined) out.note = said.note;
  return out;
}
