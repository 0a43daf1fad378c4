// zod's issues, turned into messages for an instructor, each at the YAML node it is about. Unions
// (texts, `next`, conditions, rubric lines) are explained from the value's shape rather than by
// listing every alternative zod tried: the alternative the author evidently meant is checked and
// its problems reported, or, when the shape matches none, one plain sentence says what is expected.
import type { z } from 'zod';
import { quoteList } from './checkContext.ts';
import { diagnostic, type Diagnostic, type DiagnosticCode } from './diagnostics.ts';
import { frameAt, isRecord, type Frame } from './describe.ts';
import { fieldHelp, KINDS, knownKeys, type Kind } from './fields.ts';
import type { Locator, Path, Anchor } from './positions.ts';
import { NextSchema, TextSchema } from './schema.ts';
import { didYouMean, nearest } from './suggest.ts';

type Issue = z.core.$ZodIssue;
type Schema = z.core.$ZodType;

interface Def {
  type: string;
  shape?: Record<string, Schema>;
  element?: Schema;
  valueType?: Schema;
  options?: readonly Schema[];
  innerType?: Schema;
  getter?: () => Schema;
  in?: Schema;
}

function defOf(schema: Schema): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** Strips optional / default / lazy wrappers. */
function unwrap(schema: Schema): Schema {
  let current = schema;
  for (let i = 0; i < 16; i++) {
    const def = defOf(current);
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'readonly') && def.innerType) current = def.innerType;
    else if (def.type === 'lazy' && def.getter) current = def.getter();
    else if (def.type === 'pipe' && def.in) current = def.in;
    else break;
  }
  return current;
}

function schemaAt(base: Schema, path: Path): Schema | null {
  let current: Schema | null = base;
  for (const segment of path) {
    if (current === null) return null;
    const def = defOf(unwrap(current));
    if (def.type === 'object' && def.shape) current = def.shape[String(segment)] ?? null;
    else if (def.type === 'array' && def.element) current = def.element;
    else if (def.type === 'record' && def.valueType) current = def.valueType;
    else return null;
  }
  return current;
}

function valueAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const segment of path) {
    if (Array.isArray(value) && typeof segment === 'number') value = value[segment];
    else if (isRecord(value) && Object.hasOwn(value, String(segment))) value = value[String(segment)];
    else return undefined;
  }
  return value;
}

function has(root: unknown, path: Path): boolean {
  if (path.length === 0) return root !== undefined;
  const parent = valueAt(root, path.slice(0, -1));
  const last = path[path.length - 1]!;
  if (Array.isArray(parent)) return typeof last === 'number' && last < parent.length;
  return isRecord(parent) && Object.hasOwn(parent, String(last));
}

const EXPECTED: Record<string, string> = {
  string: 'a word or phrase',
  number: 'a number',
  int: 'a whole number',
  array: 'a list',
  object: 'a map (key: value lines)',
  record: 'a map (key: value lines)',
  boolean: 'true or false',
};

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `"${value}"`;
  if (Array.isArray(value)) return 'a list';
  return 'a map';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The help for the value at a path: from its key in the owning kind, or the kind itself. */
function helpFor(path: Path, root: unknown, frame: Frame): string | undefined {
  if (frame.kind !== null) return KINDS[frame.kind].description;
  const owner = frameAt(path.slice(0, -1), root);
  const last = path[path.length - 1];
  if (owner.kind !== null && typeof last === 'string') return fieldHelp(owner.kind, last);
  if (typeof last === 'number' && path.length >= 2) {
    const holder = frameAt(path.slice(0, -2), root);
    const key = path[path.length - 2];
    if (holder.kind !== null && typeof key === 'string') return fieldHelp(holder.kind, key);
  }
  return undefined;
}

export class SchemaExplainer {
  readonly diagnostics: Diagnostic[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly file: string,
    private readonly locator: Locator,
    private readonly root: unknown,
    private readonly languages: number,
  ) {}

  private emit(code: DiagnosticCode, path: Path, anchor: Anchor, message: string, hint?: string): void {
    const at = this.locator.at(path, anchor);
    const key = `${code}:${at.line}:${at.column}:${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.diagnostics.push(diagnostic(code, this.file, at, message, hint));
  }

  explain(issues: readonly Issue[], base: Path, schema: Schema): void {
    for (const issue of issues) this.explainOne(issue, [...base, ...(issue.path as (string | number)[])], base, schema);
  }

  private explainOne(issue: Issue, path: Path, base: Path, baseSchema: Schema): void {
    const root = this.root;
    const frame = frameAt(path, root);
    const help = helpFor(path, root, frame);
    const withHelp = (text: string) => (help ? `${text} (${help})` : text);
    const value = valueAt(root, path);
    if (path.length > 0 && issue.code !== 'unrecognized_keys' && issue.code !== 'invalid_key' && !has(root, path)) return this.missing(path);
    switch (issue.code) {
      case 'invalid_union': {
        const union = schemaAt(baseSchema, path.slice(base.length));
        this.explainUnion(path, value, union ? unwrap(union) : null, frame);
        return;
      }
      case 'unrecognized_keys': {
        const known = frame.kind !== null ? knownKeys(frame.kind) : [];
        for (const key of issue.keys) {
          this.emit(
            'unknown-key',
            [...path, key],
            'key',
            `${frame.name} has a key "${key}" that the format does not know.${didYouMean(key, known)}`,
            known.length > 0 ? `known keys: ${known.join(', ')}` : undefined,
          );
        }
        return;
      }
      case 'invalid_type': {
        if (path.length === 0) return this.notAScenario(value);
        if (this.cutAtComma(path, value)) return;
        const expected = EXPECTED[issue.expected] ?? issue.expected;
        this.emit('wrong-type', path, 'value', `${frame.name} should be ${withHelp(expected)}, not ${describeValue(value)}`);
        return;
      }
      case 'too_small':
      case 'too_big': {
        const small = issue.code === 'too_small';
        const limit = Number(small ? (issue as { minimum: number | bigint }).minimum : (issue as { maximum: number | bigint }).maximum);
        if (issue.origin === 'array') {
          const n = Array.isArray(value) ? value.length : 0;
          this.emit('out-of-range', path, 'value', withHelp(`${frame.name} has ${plural(n, 'item')}; it must have ${small ? 'at least' : 'at most'} ${limit}`));
        } else if (issue.origin === 'string') {
          this.emit('out-of-range', path, 'value', withHelp(`${frame.name} is empty`));
        } else {
          this.emit('out-of-range', path, 'value', withHelp(`${frame.name} is ${String(value)}; it must be ${small ? 'at least' : 'at most'} ${limit}`));
        }
        return;
      }
      case 'invalid_format': {
        const code = /\bid\b/.test(issue.message) ? 'bad-id' : 'bad-value';
        this.emit(code, path, 'value', `${frame.name} is ${JSON.stringify(value)}, but ${issue.message}`);
        return;
      }
      case 'invalid_value': {
        if (path.length === 1 && path[0] === 'format') {
          this.emit(
            'unsupported-format',
            path,
            'value',
            `this file says format ${JSON.stringify(value)}, but Podium reads format ${String(issue.values[0])}: write "format: ${String(issue.values[0])}"`,
          );
          return;
        }
        const options = issue.values.map(String);
        const suggestion = typeof value === 'string' ? didYouMean(value, options) : '';
        this.emit('bad-value', path, 'value', `${frame.name} is ${describeValue(value)}; it must be one of ${options.join(', ')}.${suggestion}`);
        return;
      }
      case 'invalid_key': {
        const owner = frameAt(path.slice(0, -1), root);
        const key = String(path[path.length - 1]);
        const inner = issue.issues[0]?.message ?? 'this key is not allowed';
        this.emit('bad-id', path, 'key', `${owner.name} has the key ${JSON.stringify(key)}, but ${inner}`);
        return;
      }
      default:
        this.emit('bad-value', path, 'value', withHelp(`${frame.name} is not valid: ${issue.message}`));
    }
  }

  /**
   * `{ vi: Đập an toàn, không nứt., en: … }`: inside braces a comma separates entries, so the rest
   * of the text became a key with no value. The most common slip in hand-written texts.
   */
  private cutAtComma(path: Path, value: unknown): boolean {
    const last = path[path.length - 1];
    if (value !== null || typeof last !== 'string') return false;
    const languages = valueAt(this.root, ['languages']);
    const isLanguage = Array.isArray(languages) && languages.includes(last);
    if (isLanguage && !/\s/.test(last.trim())) return false;
    const owner = valueAt(this.root, path.slice(0, -1));
    if (!isRecord(owner) || !Object.values(owner).some((v) => typeof v === 'string')) return false;
    const text = frameAt(path.slice(0, -1), this.root).name;
    this.emit(
      'unquoted-comma',
      path,
      'key',
      `${text} is cut at a comma: inside { … } a comma separates entries, so ${JSON.stringify(last)} became an entry of its own. Put the text in quotes, like vi: "…, …"`,
    );
    return true;
  }

  private notAScenario(value: unknown): void {
    const what = value === null || value === undefined ? 'the file is empty' : `the file holds ${describeValue(value)}`;
    this.emit('not-a-scenario', [], 'value', `${what}, not a scenario: a scenario is a map of keys that starts with "format: 1"`);
  }

  private missing(path: Path): void {
    const owner = frameAt(path.slice(0, -1), this.root);
    const key = String(path[path.length - 1]);
    const help = owner.kind !== null ? fieldHelp(owner.kind, key) : undefined;
    const noun = owner.kind !== null ? KINDS[owner.kind].noun : 'one';
    // A misspelt key ("timelimit") is reported as unknown with "Did you mean" the missing one: once is enough.
    const parent = valueAt(this.root, path.slice(0, -1));
    const known = owner.kind !== null ? knownKeys(owner.kind) : [];
    if (isRecord(parent) && Object.keys(parent).some((k) => !known.includes(k) && nearest(k, known) === key)) return;
    // Indented a step too far, the key landed in the map just above it ("next" under "feedback").
    const under = isRecord(parent) ? Object.keys(parent).find((k) => isRecord(parent[k]) && Object.hasOwn(parent[k], key)) : undefined;
    if (under !== undefined) {
      const at = this.locator.at([...path.slice(0, -1), under], 'key');
      this.emit(
        'missing-key',
        [...path.slice(0, -1), under, key],
        'key',
        `${owner.name} has no "${key}" of its own: this "${key}" is indented too far, so it went inside "${under}". Indent it like "${under}" (${at.column - 1} spaces)`,
      );
      return;
    }
    this.emit('missing-key', path, 'parent', `${owner.name} has no "${key}": every ${noun} needs one${help ? ` (${help})` : ''}`);
  }

  private unionExpectation(union: Schema | null, frame: Frame, path: Path): string {
    if (union === TextSchema) {
      return this.languages > 1 ? 'a text with one entry per language, like { vi: "…", en: "…" }' : 'a text';
    }
    if (union === NextSchema) return 'a beat id, the word end, or a list of branches { if: …, goto: … }';
    if (frame.kind === 'condition') return `a condition, like { flag: NAME } (one of: ${knownKeys('condition').join(', ')})`;
    return helpFor(path, this.root, frame) ?? 'something else';
  }

  private explainUnion(path: Path, value: unknown, union: Schema | null, frame: Frame): void {
    const options = union ? (defOf(union).options ?? []) : [];
    const shapeOf = (value: unknown): string =>
      typeof value === 'string' ? 'string' : typeof value === 'number' ? 'number' : Array.isArray(value) ? 'array' : isRecord(value) ? 'object' : 'other';
    const actual = shapeOf(value);
    const candidates = options.map(unwrap).filter((option) => {
      const type = defOf(option).type;
      return type === actual || (actual === 'object' && type === 'record');
    });
    if (candidates.length === 0) {
      if (value === undefined) return this.missing(path);
      this.emit('wrong-type', path, 'value', `${frame.name} should be ${this.unionExpectation(union, frame, path)}, not ${describeValue(value)}`);
      return;
    }
    let chosen: Schema | undefined = candidates.length === 1 ? candidates[0] : undefined;
    if (chosen === undefined && isRecord(value)) chosen = this.chooseByKeys(path, value, candidates, frame);
    if (chosen === undefined) return;
    const result = (chosen as unknown as z.ZodType).safeParse(value);
    if (!result.success) this.explain(result.error.issues, path, chosen);
  }

  /**
   * Picks the object alternative that fits the value's keys best (keys it knows, minus keys it does
   * not); reports when two fit equally because the value mixes them, or when none fits at all.
   */
  private chooseByKeys(path: Path, value: Record<string, unknown>, candidates: Schema[], frame: Frame): Schema | undefined {
    const keysOf = candidates.map((c) => Object.keys(defOf(c).shape ?? {}));
    const present = Object.keys(value);
    const scores = keysOf.map((keys) => present.filter((k) => keys.includes(k)).length - present.filter((k) => !keys.includes(k)).length);
    const best = Math.max(...scores);
    const tied = scores.flatMap((score, i) => (score === best ? [i] : []));
    if (tied.length === 1) return candidates[tied[0]!];
    const clash = present.filter((k) => tied.some((i) => keysOf[i]!.includes(k)) && !tied.every((i) => keysOf[i]!.includes(k)));
    const shared = keysOf.reduce((common, keys) => common.filter((k) => keys.includes(k)));
    const choices = [...new Set(keysOf.flat())].filter((k) => !shared.includes(k));
    const quoted = (keys: string[]) => quoteList(keys, keys.length);
    if (clash.length >= 2) {
      const combine = frame.kind === 'condition' ? '. To test several things, put them in all: [...] or any: [...]' : '';
      this.emit('conflicting-keys', path, 'value', `${frame.name} has both ${quoted(clash)}: use only one of them${combine}`);
      return undefined;
    }
    if (clash.length === 1) return candidates[tied.find((i) => keysOf[i]!.includes(clash[0]!))!];
    const allKeys = [...new Set(keysOf.flat())];
    const unknown = present.filter((k) => !allKeys.includes(k));
    for (const key of unknown) {
      this.emit(
        'unknown-key',
        [...path, key],
        'key',
        `${frame.name} has a key "${key}" that the format does not know.${didYouMean(key, allKeys)}`,
        `known keys: ${allKeys.join(', ')}`,
      );
    }
    if (unknown.length === 0) {
      const noun = frame.kind !== null ? KINDS[frame.kind as Kind].noun : 'one';
      this.emit('missing-key', path, 'value', `${frame.name} has none of ${quoted(choices)}: every ${noun} needs one of them`);
    }
    return undefined;
  }
}
