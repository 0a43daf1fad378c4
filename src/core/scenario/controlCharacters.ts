// Characters a scenario text must not hold: control characters (NUL, escape and the other C0/C1
// codes except tab and line breaks) and the bidirectional embeddings, overrides and isolates
// (U+202A–U+202E, U+2066–U+2069). They are invisible on screen, yet they can make a text read
// differently from what it is ("evil" shown as "live"), recolour or clear a terminal, or cut a text
// short in another program. Found in the raw file (before anything is parsed) and in the values
// that escapes such as "\e" or "\u202E" produce.

// Tab (09), line feed (0A) and carriage return (0D) are line structure, not content.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

const NAMES: Record<number, string> = {
  0: 'NUL',
  7: 'bell',
  8: 'backspace',
  11: 'vertical tab',
  12: 'form feed',
  27: 'escape',
  127: 'delete',
  8234: 'left-to-right embedding',
  8235: 'right-to-left embedding',
  8236: 'pop directional formatting',
  8237: 'left-to-right override',
  8238: 'right-to-left override',
  8294: 'left-to-right isolate',
  8295: 'right-to-left isolate',
  8296: 'first strong isolate',
  8297: 'pop directional isolate',
};

/** "U+001B (escape)": how a message names a character without printing it. */
export function nameCharacter(code: number): string {
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[code] ?? (code >= 0x202a ? 'direction control' : 'control character');
  return `${hex} (${name})`;
}

/** The first forbidden character of a text, or null. */
export function firstForbidden(text: string): { index: number; code: number } | null {
  FORBIDDEN.lastIndex = 0;
  const m = FORBIDDEN.exec(text);
  return m ? { index: m.index, code: m[0].charCodeAt(0) } : null;
}

/** Offsets of forbidden characters, at most `max` of them, and how many there are in all. */
export function findForbidden(text: string, max: number): { found: { index: number; code: number }[]; total: number } {
  const found: { index: number; code: number }[] = [];
  let total = 0;
  FORBIDDEN.lastIndex = 0;
  for (let m = FORBIDDEN.exec(text); m !== null; m = FORBIDDEN.exec(text)) {
    if (found.length < max) found.push({ index: m.index, code: m[0].charCodeAt(0) });
    total++;
  }
  return { found, total };
}

/** The text with every forbidden character written out as \u{…}: safe to print on a terminal. */
export function visibleControls(text: string): string {
  return text.replace(FORBIDDEN, (c) => `\\u{${c.charCodeAt(0).toString(16).toUpperCase()}}`);
}
