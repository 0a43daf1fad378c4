// A cheap, linear pre-scan that estimates how deeply maps and lists nest in a YAML text, so that a
// file nested thousands deep is refused before the `yaml` composer (which recurses per level) sees
// it. It is an estimate that errs on the high side for ordinary files (a continued plain line
// counts as one level more) and never far on the low side: indentation levels, compact "- - x"
// entries, "? " explicit keys, "key:" maps inside list items and flow brackets outside quotes and
// comments all count. The parser call is still guarded (parse.ts) in case a text fools the scan.
//
// The same pass counts the values the parser would build (block entries, keys, flow brackets and
// flow items), because the `yaml` parser needs about a kilobyte per value: a file of a million
// tiny values costs far more memory than its size suggests, so it is refused before parsing.

export interface NestingResult {
  /** Deepest nesting seen (stops counting once over the limit). */
  depth: number;
  /** Offset in the text where the nesting first went past the limit, or -1. */
  overAt: number;
  /** Values counted (stops counting once over `maxValues`). */
  values: number;
  /** Offset where the count of values first went past `maxValues`, or -1. */
  tooManyAt: number;
}

const SPACE = 32;
const TAB = 9;

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB;
}

function isDashAt(line: string, pos: number): boolean {
  return line[pos] === '-' && (pos + 1 === line.length || isBlank(line.charCodeAt(pos + 1)));
}

/** A block entry that opens a level: "- " (list item), "? " (explicit key) or ": " (its value). */
function isEntryAt(line: string, pos: number): boolean {
  const ch = line[pos];
  return (ch === '-' || ch === '?' || ch === ':') && (pos + 1 === line.length || isBlank(line.charCodeAt(pos + 1)));
}

/** Whether the line from `pos` is a block mapping entry `key:` (plain or quoted key). */
function keyColonEnd(line: string, pos: number): number {
  let i = pos;
  const first = line[i];
  if (first === '"' || first === "'") {
    i = skipQuoted(line, i + 1, first);
    if (i < 0) return -1;
    while (i < line.length && isBlank(line.charCodeAt(i))) i++;
    return line[i] === ':' && (i + 1 === line.length || isBlank(line.charCodeAt(i + 1))) ? i : -1;
  }
  if (first === '[' || first === '{' || first === '#' || first === '|' || first === '>') return -1;
  for (; i < line.length; i++) {
    const ch = line[i];
    if (ch === '#' && isBlank(line.charCodeAt(i - 1))) return -1;
    if (ch === ':' && (i + 1 === line.length || isBlank(line.charCodeAt(i + 1)))) return i;
  }
  return -1;
}

/** Index after the closing quote, or -1 if the quote does not close on this line. */
function skipQuoted(line: string, from: number, quote: string): number {
  for (let i = from; i < line.length; i++) {
    const ch = line[i];
    if (quote === '"' && ch === '\\') i++;
    else if (ch === quote) {
      if (quote === "'" && line[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return -1;
}

export function measureNesting(text: string, limit: number, maxValues = Infinity): NestingResult {
  const stack: number[] = []; // columns of the open block collections
  let flow = 0; // open flow brackets
  let quote: string | null = null; // an open quoted scalar spanning lines
  let blockScalarParent = -1; // inside a | or > scalar: lines indented deeper than this are text
  let pendingKey = -1; // column of a `key:` whose value starts on the next line
  let deepest = 0;
  let lineStart = 0;
  let values = 0;
  let tooManyAt = -1;
  const count = (offset: number): void => {
    values++;
    if (values > maxValues && tooManyAt < 0) tooManyAt = offset;
  };

  const note = (): boolean => {
    const depth = stack.length + flow;
    if (depth > deepest) deepest = depth;
    return depth > limit;
  };

  // Scans flow context from `i`; returns -1, or the offset where the limit was passed.
  const scanFlow = (line: string, from: number): number => {
    for (let i = from; i < line.length; i++) {
      const ch = line[i]!;
      if (quote !== null) {
        const end = skipQuoted(line, i, quote);
        if (end < 0) return -1;
        quote = null;
        i = end - 1;
        continue;
      }
      if (ch === '#' && (i === 0 || isBlank(line.charCodeAt(i - 1)))) return -1;
      if (ch === '[' || ch === '{') {
        flow++;
        count(lineStart + i);
        if (note()) return lineStart + i;
      } else if (ch === ',' || ch === '?') {
        count(lineStart + i);
      } else if (ch === ']' || ch === '}') {
        if (flow > 0) flow--;
        if (flow === 0) return -1; // back to block context: the rest of the line is scalar text
      } else if ((ch === '"' || ch === "'") && (i === from || /[\s[{,:]/.test(line[i - 1]!))) {
        quote = ch;
      }
    }
    return -1;
  };

  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let line = text.slice(lineStart, lineEnd);
    if (line.endsWith('\r')) line = line.slice(0, -1);

    let indent = 0;
    while (indent < line.length && line.charCodeAt(indent) === SPACE) indent++;
    const blank = indent === line.length || line[indent] === '#';

    if (quote !== null && flow === 0) {
      const end = skipQuoted(line, 0, quote);
      if (end >= 0) quote = null;
    } else if (flow > 0) {
      const over = scanFlow(line, 0);
      if (over >= 0) return { depth: deepest, overAt: over, values, tooManyAt };
    } else if (blockScalarParent >= 0 && (blank || indent > blockScalarParent)) {
      // text of a literal or folded scalar
    } else if (!blank) {
      blockScalarParent = -1;
      if (indent === 0 && (line.startsWith('---') || line.startsWith('...') || line.startsWith('%'))) {
        stack.length = 0;
        pendingKey = -1;
      } else {
        const dash = isDashAt(line, indent);
        const entry = isEntryAt(line, indent);
        // A list may sit at the same column as the key that holds it; it is marked col + 0.5 so
        // that the next key at that column closes it.
        while (stack.length > 0 && stack[stack.length - 1]! > indent && !(dash && stack[stack.length - 1] === indent + 0.5)) stack.pop();
        const top = stack.length > 0 ? stack[stack.length - 1]! : -1;
        if (dash && pendingKey === indent && top === indent) stack.push(indent + 0.5);
        else if (top < indent && (entry || keyColonEnd(line, indent) >= 0)) stack.push(indent);
        let pos = indent;
        let parent = indent;
        while (isEntryAt(line, pos)) {
          count(lineStart + pos);
          parent = pos;
          pos++;
          while (pos < line.length && isBlank(line.charCodeAt(pos))) pos++;
          if (isEntryAt(line, pos) || keyColonEnd(line, pos) >= 0) stack.push(pos);
          if (note()) return { depth: deepest, overAt: lineStart + pos, values, tooManyAt };
        }
        let value = pos;
        const colon = keyColonEnd(line, pos);
        if (colon >= 0) {
          count(lineStart + pos);
          parent = pos;
          value = colon + 1;
          while (value < line.length && isBlank(line.charCodeAt(value))) value++;
        }
        // anchors and tags before the value
        while (line[value] === '&' || line[value] === '!') {
          while (value < line.length && !isBlank(line.charCodeAt(value))) value++;
          while (value < line.length && isBlank(line.charCodeAt(value))) value++;
        }
        const ch = line[value];
        pendingKey = colon >= 0 && (ch === undefined || ch === '#') ? parent : -1;
        if (ch === '[' || ch === '{') {
          const over = scanFlow(line, value);
          if (over >= 0) return { depth: deepest, overAt: over, values, tooManyAt };
        } else if (ch === '|' || ch === '>') {
          blockScalarParent = parent;
        } else if (ch === '"' || ch === "'") {
          if (skipQuoted(line, value + 1, ch) < 0) quote = ch;
        }
      }
    }
    if (note()) return { depth: deepest, overAt: lineStart + indent, values, tooManyAt };
    if (tooManyAt >= 0) return { depth: deepest, overAt: -1, values, tooManyAt };
    lineStart = lineEnd + 1;
  }
  return { depth: deepest, overAt: -1, values, tooManyAt };
}
