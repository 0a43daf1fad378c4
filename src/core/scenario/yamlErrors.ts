// The YAML reader's errors, said to an instructor. One slip (a tab, a line indented one space too
// far, an unclosed bracket) makes the reader report a cascade of errors further down, in its own
// vocabulary and often at a blank line before the real one; so only the FIRST syntax error is
// reported, at the first character of the line that holds the slip, with what to do about it.
import type { YAMLError } from 'yaml';
import { diagnostic, joinWords, NOTHING, type Diagnostic, type DiagnosticValues, type MessageVariant, type Position, type Words } from './diagnostics.ts';

/** What a slip is, as the template variant of `yaml-syntax` and its values. */
interface Slip {
  variant: MessageVariant<'yaml-syntax'>;
  values?: DiagnosticValues;
}

/** Errors that are not cascades of a syntax slip: each is reported where it is. */
const STANDALONE = new Set<YAMLError['code']>(['DUPLICATE_KEY', 'TAG_RESOLVE_FAILED', 'RESOURCE_EXHAUSTION']);

interface Line {
  /** Offset of the line's first character. */
  start: number;
  text: string;
}

function lineAt(text: string, offset: number): Line {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return { start, text: text.slice(start, end < 0 ? undefined : end) };
}

function isContent(line: string): boolean {
  const trimmed = line.trim();
  return trimmed !== '' && !trimmed.startsWith('#');
}

function indentOf(line: string): number {
  return /^ */.exec(line)![0].length;
}

/** The reader often places an error at the blank or comment lines before the slip: move it on to
 *  the next line with content (never past a tab, which is itself the slip). */
function slipOffset(text: string, offset: number): number {
  let at = offset;
  for (;;) {
    const line = lineAt(text, at);
    const onlySpaceBefore = /^ *$/.test(text.slice(line.start, at));
    if (!onlySpaceBefore || isContent(line.text) || line.text.startsWith('\t')) return at;
    const next = text.indexOf('\n', at);
    if (next < 0) return at;
    at = next + 1;
  }
}

/** The key a line starts with ("feedback", "- text"), for naming it in a message. */
function keyOf(line: string): string {
  const trimmed = line.trim();
  return /^(- )?[^:#]*?(?=:(\s|$))/.exec(trimmed)?.[0].trim() ?? trimmed.slice(0, 20);
}

function spaces(n: number): Words {
  return { en: `${n} ${n === 1 ? 'space' : 'spaces'}`, vi: `${n} dấu cách` };
}

/**
 * The indentation slip on `line`, if it has one: the line lines up with no key above it that it
 * could belong to (or with the "-" of a list item instead of the item's keys).
 */
function indentSlip(text: string, line: Line): Slip | null {
  const indent = indentOf(line.text);
  const lines = text.slice(0, line.start).split('\n');
  lines.pop();
  const levels: { indent: number; key: string; item: boolean }[] = [];
  let smallest = Infinity;
  let previous: string | null = null;
  for (let i = lines.length - 1; i >= 0 && smallest > 0; i--) {
    const above = lines[i]!;
    if (!isContent(above)) continue;
    previous ??= above;
    const at = indentOf(above);
    if (at >= smallest) continue;
    smallest = at;
    const item = above.trimStart().startsWith('- ');
    levels.push({ indent: at, key: keyOf(above), item });
    // The keys of a list item start after its "- ".
    if (item) levels.push({ indent: at + 2, key: keyOf(above).slice(2), item: false });
  }
  if (previous === null) return null;
  // A deeper line right after "key:" opens that key's block: any indentation is fine there.
  if (indent > indentOf(previous) && /:\s*(#.*)?$/.test(previous)) return null;
  const same = levels.find((l) => l.indent === indent);
  const isItem = line.text.trimStart().startsWith('- ');
  if (same && !(same.item && !isItem)) return null;
  if (same?.item) {
    const inner = same.indent + 2;
    return { variant: 'list-item', values: { key: same.key, spaces: spaces(inner) } };
  }
  const candidates = levels.filter((l) => !l.item || isItem);
  // The nearest level is most likely the one meant (both when the line sits halfway).
  const nearest = Math.min(...candidates.map((l) => Math.abs(l.indent - indent)));
  const byIndent = new Map<number, (typeof levels)[number]>();
  // The closest line above at a level names it.
  for (const l of candidates) if (Math.abs(l.indent - indent) === nearest && !byIndent.has(l.indent)) byIndent.set(l.indent, l);
  const options = [...byIndent.values()].map((l) => {
    const n = spaces(l.indent);
    return { en: `"${l.key}" (${n.en})`, vi: `"${l.key}" (${n.vi})` };
  });
  const listed = joinWords(options, { en: ' or ', vi: ' hoặc ' });
  return { variant: 'indent', values: { spaces: spaces(indent), options: options.length > 0 ? { en: `: ${listed.en}`, vi: `: ${listed.vi}` } : NOTHING } };
}

/** The last "[" or "{" before `offset` that is never closed, outside quotes and comments. */
function unclosedBracket(text: string, offset: number): number | null {
  const open: number[] = [];
  let quote: string | null = null;
  for (let i = 0; i < offset; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote && !(quote === '"' && text[i - 1] === '\\')) quote = null;
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? offset : end;
      continue;
    }
    if ((c === '"' || c === "'") && (open.length > 0 || /[\s:[{,-]/.test(text[i - 1] ?? ' '))) quote = c;
    else if (c === '[' || c === '{') open.push(i);
    else if ((c === ']' || c === '}') && open.length > 0) open.pop();
  }
  return open.length > 0 ? open[open.length - 1]! : null;
}

function explain(text: string, error: YAMLError, offset: number): Slip & { at: number } {
  const line = lineAt(text, offset);
  const lead = /^[ \t]*/.exec(line.text)![0];
  const first = line.start + lead.length;
  if (lead.includes('\t')) {
    return { at: line.start + lead.indexOf('\t'), variant: 'tab' };
  }
  if (error.code === 'BAD_INDENT' && /^Flow (sequence|map)/.test(error.message)) {
    const bracket = unclosedBracket(text, error.pos[0]);
    if (bracket !== null) {
      const close = text[bracket] === '[' ? ']' : '}';
      const what = close === ']' ? { en: 'list', vi: 'danh sách' } : { en: 'map', vi: 'bảng khoá' };
      return { at: bracket, variant: 'never-closed', values: { bracket: text[bracket]!, close, what } };
    }
  }
  const slip = indentSlip(text, line);
  if (slip) return { at: first, ...slip };
  const content = line.text.slice(lead.length);
  const afterKey = /^(- )?[^:'"]*?:\s+(.*)$/.exec(content)?.[2];
  if (afterKey !== undefined && !/^["'[{|>]/.test(afterKey) && /:(\s|$)|\s#/.test(afterKey)) {
    return { at: first, variant: 'colon-in-text' };
  }
  if (!/:(\s|$)/.test(content) && !content.startsWith('- ') && error.code !== 'MISSING_CHAR') {
    return { at: first, variant: 'no-key' };
  }
  if (error.code === 'BAD_SCALAR_START') {
    return { at: first, variant: 'special-start' };
  }
  if (error.code === 'MISSING_CHAR' || error.code === 'UNEXPECTED_TOKEN') {
    const bracket = unclosedBracket(text, error.pos[0]);
    if (bracket !== null && bracket < line.start) {
      return { at: bracket, variant: 'never-closed-where', values: { bracket: text[bracket]!, close: text[bracket] === '[' ? ']' : '}' } };
    }
  }
  if (/closing "?quote/i.test(error.message)) {
    const opening = error.code === 'MISSING_CHAR' ? line.text.search(/(?<=(^|[\s:[{,])\s*)["']/) : -1;
    return { at: opening >= 0 ? line.start + opening : offset, variant: 'unclosed-quote' };
  }
  if (error.code === 'MULTIPLE_DOCS') return { at: offset, variant: 'several-documents' };
  const library = error.message.replace(/ at line \d+, column \d+[\s\S]*$/, '');
  return { at: offset, variant: 'unreadable', values: { reader: library } };
}

/** The syntax errors of a parse, as they are reported: the standalone ones and the first slip. */
export function yamlSyntaxDiagnostics(
  file: string,
  text: string,
  errors: readonly YAMLError[],
  locate: (offset: number) => Position,
  standalone: (error: YAMLError) => Diagnostic,
): Diagnostic[] {
  const sorted = [...errors].sort((a, b) => a.pos[0] - b.pos[0]);
  const slip = sorted.find((e) => !STANDALONE.has(e.code));
  const out: Diagnostic[] = [];
  for (const error of sorted) {
    if (STANDALONE.has(error.code)) {
      // After a slip the reader is lost: what it reports further down is not to be trusted.
      if (slip === undefined || error.pos[0] < slip.pos[0]) out.push(standalone(error));
    }
  }
  if (slip) {
    const { at, variant, values } = explain(text, slip, slipOffset(text, slip.pos[0]));
    out.push(diagnostic('yaml-syntax', file, locate(at), values, { variant }));
  }
  return out;
}
