// Text → YAML document with positions → plain value, with the format's limits enforced before
// the work they protect: size before anything, then line endings made plain (CR LF and a lone CR
// both end a line), invisible control characters refused, nesting and the number of values (one
// linear pre-scan) before the parser recurses or allocates, beats / tags / text length / keys that
// are maps before aliases are expanded, aliases while expanding.
import { isAlias, isCollection, isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node, type YAMLError } from 'yaml';
import { diagnostic, type Diagnostic, type Position } from './diagnostics.ts';
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
  return diagnostic(
    'file-too-large',
    file,
    START,
    `the file is ${bytes.toLocaleString('en')} bytes; a scenario file may be at most 1 MiB (${LIMITS.maxBytes.toLocaleString('en')} bytes). Split it into smaller scenarios.`,
  );
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

function controlMessage(code: number): string {
  return `this line holds the invisible character ${nameCharacter(code)}, which can make a text read differently from what it is or disturb the screen it is shown on; delete it (retype the text around it if your editor does not show it)`;
}

function controlDiagnostics(file: string, text: string): Diagnostic[] {
  const { found, total } = findForbidden(text, CONTROLS_SHOWN + 1);
  if (total === 0) return [];
  const shown = found.slice(0, CONTROLS_SHOWN);
  const positions = positionsOf(
    text,
    found.map((f) => f.index),
  );
  const out = shown.map((f, i) => diagnostic('control-character', file, positions[i]!, controlMessage(f.code)));
  if (total > CONTROLS_SHOWN) {
    out.push(
      diagnostic(
        'control-character',
        file,
        positions[CONTROLS_SHOWN]!,
        `from here on the file holds ${(total - CONTROLS_SHOWN).toLocaleString('en')} more invisible control or direction characters; this is probably not a scenario file, or it was damaged`,
      ),
    );
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
    return diagnostic(
      'duplicate-key',
      file,
      at,
      `the key ${JSON.stringify(key)} appears twice in the same map; keep one (the second would silently replace the first)`,
    );
  }
  if (error.code === 'TAG_RESOLVE_FAILED') {
    const tag = /^!\S*/.exec(text.slice(error.pos[0]))?.[0] ?? 'this tag';
    return diagnostic('unsupported-tag', file, at, unsupportedTagMessage(tag));
  }
  if (error.code === 'RESOURCE_EXHAUSTION') {
    return diagnostic('too-deep', file, at, `maps and lists are nested too deeply; a scenario may nest at most ${LIMITS.maxDepth} levels`);
  }
  return diagnostic('yaml-syntax', file, at, `this is not valid YAML: ${library}`);
}

function unsupportedTagMessage(tag: string): string {
  return `the tag ${tag} is not allowed: a scenario is plain data (texts, numbers, true/false, lists and maps), so remove the tag`;
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
      found.push(diagnostic('unsupported-tag', file, locator.position(tagOffset(text, node)), unsupportedTagMessage(tag)));
    }
    if (isScalar(node)) {
      const forbidden = typeof node.value === 'string' ? firstForbidden(node.value) : null;
      if (forbidden) {
        // Only an escape ("\e", "\u202E") gets here: raw characters are refused before parsing.
        found.push(
          diagnostic(
            'control-character',
            file,
            locator.position(node.range?.[0] ?? 0),
            `this text writes the invisible character ${nameCharacter(forbidden.code)} as an escape; it can make the text read differently from what it is or disturb the screen it is shown on: remove the escape`,
          ),
        );
      }
      if (typeof node.value === 'string' && node.value.length > LIMITS.maxTextLength) {
        found.push(
          diagnostic(
            'text-too-long',
            file,
            locator.position(node.range?.[0] ?? 0),
            `this text has ${node.value.length.toLocaleString('en')} characters; a text may have at most ${LIMITS.maxTextLength.toLocaleString('en')}. Shorten it or split it`,
          ),
        );
      }
      return;
    }
    for (const item of node.items) {
      if (isPair(item)) {
        if (isCollection(item.key)) {
          // A list or map used as a key ("? - a"): never part of a scenario, and turning it into a
          // plain object costs time that grows with its depth.
          found.push(
            diagnostic(
              'wrong-type',
              file,
              locator.position(item.key.range?.[0] ?? 0),
              'a key here is itself a list or a map (an explicit "? " key); a key must be a name, like "ask" or a beat id',
            ),
          );
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
      diagnostic(
        'too-many-beats',
        file,
        locator.position((beats.key as Node).range?.[0] ?? 0),
        `this scenario has ${beats.value.items.length.toLocaleString('en')} beats; a scenario may have at most ${LIMITS.maxBeats.toLocaleString('en')}. Split it into several scenarios`,
      ),
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
      return diagnostic(
        'undefined-alias',
        file,
        locator.position(offset),
        `the alias *${name} comes before its anchor &${name} (line ${locator.position(later).line}): an alias can only repeat a part written above it. Move the part marked &${name} above this line, or write it out here`,
      );
    }
    const near = nearest(name, all.keys());
    const nearLater =
      near !== undefined && all.get(near)! > offset
        ? ` (its anchor is on line ${locator.position(all.get(near)!).line}, below: move that part above this line)`
        : '';
    return diagnostic(
      'undefined-alias',
      file,
      locator.position(offset),
      `the alias *${name} repeats nothing: no part of the file above it is marked &${name}.${near ? ` Did you mean *${near}?${nearLater}` : ` Mark the part to repeat with &${name} where it is first written, or write the part out here`}`,
    );
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
    return stopped([
      diagnostic(
        'too-deep',
        file,
        positionOf(text, nesting.overAt),
        `maps and lists are nested more than ${LIMITS.maxDepth} levels deep here; a scenario never needs that many: check the indentation and the brackets`,
      ),
    ]);
  }

  if (nesting.tooManyAt >= 0) {
    return stopped([
      diagnostic(
        'too-many-values',
        file,
        positionOf(text, nesting.tooManyAt),
        `this file holds more than ${LIMITS.maxValues.toLocaleString('en')} values (keys, list items, items in brackets) by here; a scenario never needs that many (the bundled ones hold about 1,000 each): split it, or check that this is a scenario file`,
      ),
    ]);
  }

  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false });
  } catch {
    // The pre-scan should make this unreachable; a stack overflow must still not escape.
    return stopped([diagnostic('too-deep', file, START, `maps and lists are nested too deeply; a scenario may nest at most ${LIMITS.maxDepth} levels`)]);
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
          ? diagnostic(
              'too-many-aliases',
              file,
              at,
              `the anchors (&) and aliases (*) in this file expand to more than ${LIMITS.maxAliases} copies; write the repeated parts out or use fewer aliases`,
            )
          : diagnostic('yaml-syntax', file, at, `this is not valid YAML: ${error instanceof Error ? error.message : String(error)}`),
      ],
    };
  }
  return { file, doc, lineCounter, locator, value, diagnostics: [] };
}
