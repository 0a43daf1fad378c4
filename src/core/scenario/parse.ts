// Text → YAML document with positions → plain value, with the format's limits enforced before
// the work they protect: size before anything, then line endings made plain (CR LF and a lone CR
// both end a line), invisible control characters refused, nesting and the number of values (one
// linear pre-scan) before the parser recurses or allocates, beats / tags / text length / keys that
// are maps before aliases are expanded, aliases while expanding.
import { isAlias, isCollection, isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node, type YAMLError } from 'yaml';
import { count, diagnostic, NOTHING, type Diagnostic, type Position } from './diagnostics.ts';
import { findForbidden, firstForbidden, nameCharacter } from './controlCharacters.ts';
import { LIMITS, utf8Length } from './limits.ts';
import { measureNesting } from './nesting.ts';
import { Locator } from './positions.ts';
import { nearest } from './suggest.ts';
import { yamlSyntaxDiagnostics } from './yamlErrors.ts';

export interface ParsedScenario {
  file: string;
  /** null when a limit or a YAML error stopped the parse. */
  doc: Document | null;
  lineCounter: LineCounter;
  locator: Locator | null;
  /** The plain value with aliases expanded; undefined when parsing stopped. */
  value: unknown;
  diagnostics: Diagnostic[];
}

/** Only these explicit tags are allowed (the YAML core schema). */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

const START: Position = { line: 1, column: 1 };

export function fileTooLarge(file: string, bytes: number): Diagnostic {
  return diagnostic('file-too-large', file, START, { bytes: count(bytes), max: count(LIMITS.maxBytes) });
}

function positionOf(text: string, offset: number): Position {
  return positionsOf(text, [offset])[0]!;
}

/** Positions of ascending offsets, in one pass over the text. */
function positionsOf(text: string, offsets: readonly number[]): Position[] {
  const out: Position[] = [];
  let line = 1;
  let lineStart = 0;
  let next = text.indexOf('\n');
  for (const offset of offsets) {
    while (next >= 0 && next < offset) {
      line++;
      lineStart = next + 1;
      next = text.indexOf('\n', next + 1);
    }
    out.push({ line, column: offset - lineStart + 1 });
  }
  return out;
}

/** Invisible characters reported one by one; past this many, one line counts the rest. */
const CONTROLS_SHOWN = 50;

function controlDiagnostics(file: string, text: string): Diagnostic[] {
  const { found, total } = findForbidden(text, CONTROLS_SHOWN + 1);
  if (total === 0) return [];
  const shown = found.slice(0, CONTROLS_SHOWN);
  const positions = positionsOf(
    text,
    found.map((f) => f.index),
  );
  const out = shown.map((f, i) => diagnostic('control-character', file, positions[i]!, { character: nameCharacter(f.code) }, { variant: 'raw' }));
  if (total > CONTROLS_SHOWN) {
    out.push(diagnostic('control-character', file, positions[CONTROLS_SHOWN]!, { count: count(total - CONTROLS_SHOWN) }, { variant: 'rest' }));
  }
  return out;
}

/** A YAML error that is not a syntax slip (those are explained in yamlErrors.ts). */
function yamlDiagnostic(file: string, text: string, error: YAMLError, locate: (offset: number) => Position): Diagnostic {
  const at = locate(error.pos[0]);
  const library = error.message.replace(/ at line \d+, column \d+[\s\S]*$/, '');
  if (error.code === 'DUPLICATE_KEY') {
    const lineEnd = text.indexOf('\n', error.pos[0]);
    const line = text.slice(error.pos[0], lineEnd < 0 ? undefined : lineEnd);
    const key = /^("[^"]*"|'[^']*'|[^:#]*?)\s*:(\s|$)/.exec(line)?.[1] ?? line.trim();
    return diagnostic('duplicate-key', file, at, { key: JSON.stringify(key) });
  }
  if (error.code === 'TAG_RESOLVE_FAILED') {
    const tag = /^!\S*/.exec(text.slice(error.pos[0]))?.[0] ?? 'this tag';
    return diagnostic('unsupported-tag', file, at, { tag });
  }
  if (error.code === 'RESOURCE_EXHAUSTION') return diagnostic('too-deep', file, at, { max: LIMITS.maxDepth });
  return diagnostic('yaml-syntax', file, at, { reader: library }, { variant: 'invalid' });
}

/** Offset of the explicit tag written before a node (the node's range starts after it). */
function tagOffset(text: string, node: Node): number {
  const start = node.range?.[0] ?? 0;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let bang = text.lastIndexOf('!', start);
  while (bang > lineStart && text[bang - 1] === '!') bang--;
  return bang >= lineStart ? bang : start;
}

function walkLimits(file: string, text: string, doc: Document, locator: Locator): Diagnostic[] {
  const found: Diagnostic[] = [];
  const visit = (node: unknown): void => {
    if (isAlias(node) || (!isScalar(node) && !isCollection(node))) return;
    if (node.tag !== undefined && !CORE_TAGS.has(node.tag)) {
      const tag = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
      found.push(diagnostic('unsupported-tag', file, locator.position(tagOffset(text, node)), { tag }));
    }
    if (isScalar(node)) {
      const forbidden = typeof node.value === 'string' ? firstForbidden(node.value) : null;
      if (forbidden) {
        // Only an escape ("\e", "\u202E") gets here: raw characters are refused before parsing.
        found.push(
          diagnostic('control-character', file, locator.position(node.range?.[0] ?? 0), { character: nameCharacter(forbidden.code) }, { variant: 'escape' }),
        );
      }
      if (typeof node.value === 'string' && node.value.length > LIMITS.maxTextLength) {
        found.push(
          diagnostic('text-too-long', file, locator.position(node.range?.[0] ?? 0), { length: count(node.value.length), max: count(LIMITS.maxTextLength) }),
        );
      }
      return;
    }
    for (const item of node.items) {
      if (isPair(item)) {
        if (isCollection(item.key)) {
          // A list or map used as a key ("? - a"): never part of a scenario, and turning it into a
          // plain object costs time that grows with its depth.
          found.push(diagnostic('wrong-type', file, locator.position(item.key.range?.[0] ?? 0), {}, { variant: 'key-is-collection' }));
          continue;
        }
        visit(item.key);
        visit(item.value);
      } else visit(item);
    }
  };
  visit(doc.contents);
  const beats = isMap(doc.contents) ? doc.contents.items.find((pair) => isScalar(pair.key) && pair.key.value === 'beats') : undefined;
  if (beats && isMap(beats.value) && beats.value.items.length > LIMITS.maxBeats) {
    found.push(
      diagnostic('too-many-beats', file, locator.position((beats.key as Node).range?.[0] ?? 0), {
        beats: count(beats.value.items.length),
        max: count(LIMITS.maxBeats),
      }),
    );
  }
  return found;
}

/**
 * Aliases whose anchor is not written above them (a typo, or the anchor further down): YAML can
 * only repeat what it has already read. Reported one by one, each at its alias.
 */
function undefinedAliases(file: string, text: string, doc: Document, locator: Locator): Diagnostic[] {
  const anchors = new Map<string, number>();
  const found: { name: string; offset: number }[] = [];
  const visit = (node: unknown): void => {
    if (isAlias(node)) {
      if (!anchors.has(node.source)) found.push({ name: node.source, offset: node.range?.[0] ?? 0 });
      return;
    }
    if (!isScalar(node) && !isCollection(node)) return;
    if (node.anchor) anchors.set(node.anchor, node.range?.[0] ?? 0);
    if (isScalar(node)) return;
    for (const item of node.items) {
      if (isPair(item)) {
        visit(item.key);
        visit(item.value);
      } else visit(item);
    }
  };
  visit(doc.contents);
  if (found.length === 0) return [];
  // Every anchor of the file, to name the one probably meant (and to find one written too late).
  const all = new Map<string, number>();
  const collect = (node: unknown): void => {
    if (!isScalar(node) && !isCollection(node)) return;
    // The node starts after its "&name" (on the line above, for a block).
    if (node.anchor && !all.has(node.anchor)) all.set(node.anchor, Math.max(0, text.lastIndexOf(`&${node.anchor}`, node.range?.[0] ?? 0)));
    if (!isCollection(node)) return;
    for (const item of node.items) {
      if (isPair(item)) {
        collect(item.key);
        collect(item.value);
      } else collect(item);
    }
  };
  collect(doc.contents);
  return found.map(({ name, offset }) => {
    const later = all.get(name);
    if (later !== undefined) {
      return diagnostic('undefined-alias', file, locator.position(offset), { name, line: locator.position(later).line }, { variant: 'before-anchor' });
    }
    const near = nearest(name, all.keys());
    if (near === undefined) return diagnostic('undefined-alias', file, locator.position(offset), { name });
    const line = all.get(near)! > offset ? locator.position(all.get(near)!).line : null;
    const below =
      line === null
        ? NOTHING
        : {
            en: ` (its anchor is on line ${line}, below: move that part above this line)`,
            vi: ` (neo của nó ở dòng ${line}, phía dưới: hãy chuyển phần đó lên trên dòng này)`,
          };
    return diagnostic('undefined-alias', file, locator.position(offset), { name, near, below }, { variant: 'near' });
  });
}

function firstAliasOffset(doc: Document): number {
  let offset = 0;
  const visit = (node: unknown): boolean => {
    if (isAlias(node)) {
      offset = node.range?.[0] ?? 0;
      return true;
    }
    if (!isCollection(node)) return false;
    return node.items.some((item) => (isPair(item) ? visit(item.key) || visit(item.value) : visit(item)));
  };
  visit(doc.contents);
  return offset;
}

export function parseScenarioText(source: string, file: string): ParsedScenario {
  const lineCounter = new LineCounter();
  const stopped = (diagnostics: Diagnostic[]): ParsedScenario => ({ file, doc: null, lineCounter, locator: null, value: undefined, diagnostics });

  if (source.length > LIMITS.maxBytes || (source.length * 3 > LIMITS.maxBytes && utf8Length(source) > LIMITS.maxBytes)) {
    return stopped([fileTooLarge(file, utf8Length(source))]);
  }
  // Old Mac editors end lines with a lone CR; YAML reads that as one long line. Lines and columns
  // stay those of the file: only the CR of a CR LF, or a lone CR, changes into LF.
  const text = source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source;
  const controls = controlDiagnostics(file, text);
  if (controls.length > 0) return stopped(controls);
  const nesting = measureNesting(text, LIMITS.maxDepth, LIMITS.maxValues);
  if (nesting.overAt >= 0) {
    return stopped([diagnostic('too-deep', file, positionOf(text, nesting.overAt), { max: LIMITS.maxDepth }, { variant: 'here' })]);
  }

  if (nesting.tooManyAt >= 0) {
    return stopped([diagnostic('too-many-values', file, positionOf(text, nesting.tooManyAt), { max: count(LIMITS.maxValues) })]);
  }

  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false });
  } catch {
    // The pre-scan should make this unreachable; a stack overflow must still not escape.
    return stopped([diagnostic('too-deep', file, START, { max: LIMITS.maxDepth })]);
  }
  const locator = new Locator(doc, lineCounter);
  const locate = (offset: number) => locator.position(offset);
  if (doc.errors.length > 0) {
    const diagnostics = yamlSyntaxDiagnostics(file, text, doc.errors, locate, (e) => yamlDiagnostic(file, text, e, locate));
    return { file, doc: null, lineCounter, locator, value: undefined, diagnostics };
  }
  const unresolved = undefinedAliases(file, text, doc, locator);
  if (unresolved.length > 0) return { file, doc, lineCounter, locator, value: undefined, diagnostics: unresolved };
  const limits = walkLimits(file, text, doc, locator);
  if (limits.length > 0) return { file, doc, lineCounter, locator, value: undefined, diagnostics: limits };

  let value: unknown;
  try {
    // yaml counts the anchored original as one copy: 100 expansions make 101.
    value = doc.toJS({ maxAliasCount: LIMITS.maxAliases + 1 });
  } catch (error) {
    const aliases = error instanceof ReferenceError && /alias/i.test(error.message);
    const at = locate(aliases ? firstAliasOffset(doc) : 0);
    return {
      file,
      doc,
      lineCounter,
      locator,
      value: undefined,
      diagnostics: [
        aliases
          ? diagnostic('too-many-aliases', file, at, { max: LIMITS.maxAliases })
          : diagnostic('yaml-syntax', file, at, { reader: error instanceof Error ? error.message : String(error) }, { variant: 'invalid' }),
      ],
    };
  }
  return { file, doc, lineCounter, locator, value, diagnostics: [] };
}
