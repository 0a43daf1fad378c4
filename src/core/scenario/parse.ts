// Text → YAML document with positions → plain value, with the format's limits enforced before
// the work they protect: size before anything, nesting (a linear pre-scan) before the parser
// recurses, beats / tags / text length before aliases are expanded, aliases while expanding.
import { isAlias, isCollection, isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node, type YAMLError } from 'yaml';
import { diagnostic, type Diagnostic, type Position } from './diagnostics.ts';
import { LIMITS, utf8Length } from './limits.ts';
import { measureNesting } from './nesting.ts';
import { Locator } from './positions.ts';

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
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Plain-language explanations for the YAML errors instructors meet most. */
const YAML_HINTS: Partial<Record<YAMLError['code'], string>> = {
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  BAD_INDENT: 'check the indentation: items of the same map or list start in the same column',
  MULTILINE_IMPLICIT_KEY: 'a key and its colon must be on one line; a text that goes over several lines needs quotes or | ',
  BLOCK_AS_IMPLICIT_KEY: 'a key and its colon must be on one line',
  MISSING_CHAR: 'a bracket, brace or quote is not closed',
  BAD_SCALAR_START: 'a text that starts with @, ` or another special character must be put in quotes',
  UNEXPECTED_TOKEN: 'put texts that contain ": " or " #" in quotes',
  MULTIPLE_DOCS: 'a scenario file holds one document: remove the extra "---"',
};

function yamlDiagnostic(file: string, text: string, error: YAMLError, locate: (offset: number) => Position): Diagnostic {
  const at = locate(error.pos[0]);
  const library = error.message.replace(/ at line \d+, column \d+[\s\S]*$/, '');
  if (error.code === 'DUPLICATE_KEY') {
    const lineEnd = text.indexOf('\n', error.pos[0]);
    const line = text.slice(error.pos[0], lineEnd < 0 ? undefined : lineEnd);
    const key = /^("[^"]*"|'[^']*'|[^:#]*?)\s*:(\s|$)/.exec(line)?.[1] ?? line.trim();
    return diagnostic('duplicate-key', file, at, `the key ${JSON.stringify(key)} appears twice in the same map; keep one (the second would silently replace the first)`);
  }
  if (error.code === 'TAG_RESOLVE_FAILED') {
    const tag = /^!\S*/.exec(text.slice(error.pos[0]))?.[0] ?? 'this tag';
    return diagnostic('unsupported-tag', file, at, unsupportedTagMessage(tag));
  }
  if (error.code === 'RESOURCE_EXHAUSTION') {
    return diagnostic('too-deep', file, at, `maps and lists are nested too deeply; a scenario may nest at most ${LIMITS.maxDepth} levels`);
  }
  const hint = YAML_HINTS[error.code];
  return diagnostic('yaml-syntax', file, at, `this is not valid YAML: ${library}${hint ? ` (${hint})` : ''}`);
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
      found.push(
        diagnostic(
          'unsupported-tag',
          file,
          locator.position(tagOffset(text, node)),
          unsupportedTagMessage(tag),
        ),
      );
    }
    if (isScalar(node)) {
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

export function parseScenarioText(text: string, file: string): ParsedScenario {
  const lineCounter = new LineCounter();
  const stopped = (diagnostics: Diagnostic[]): ParsedScenario => ({ file, doc: null, lineCounter, locator: null, value: undefined, diagnostics });

  if (text.length > LIMITS.maxBytes || (text.length * 3 > LIMITS.maxBytes && utf8Length(text) > LIMITS.maxBytes)) {
    return stopped([fileTooLarge(file, utf8Length(text))]);
  }
  const nesting = measureNesting(text, LIMITS.maxDepth);
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
    return { file, doc: null, lineCounter, locator, value: undefined, diagnostics: doc.errors.map((e) => yamlDiagnostic(file, text, e, locate)) };
  }
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
