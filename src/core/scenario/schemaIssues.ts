// zod's issues, turned into messages for an instructor, each at the YAML node it is about. Unions
// (texts, `next`, conditions, rubric lines) are explained from the value's shape rather than by
// listing every alternative zod tried: the alternative the author evidently meant is checked and
// its problems reported, or, when the shape matches none, one plain sentence says what is expected.
import type { z } from 'zod';
import { quoteList } from './checkContext.ts';
import {
  diagnostic,
  mapWords,
  NOTHING,
  verbatim,
  type Diagnostic,
  type DiagnosticCode,
  type DiagnosticValues,
  type MessageVariant,
  type Words,
} from './diagnostics.ts';
import { frameAt, isRecord, nounOf, type Frame } from './describe.ts';
import { fieldHelp, KINDS, knownKeys, type Kind } from './fields.ts';
import { KINDS_VI } from './fieldHelpVi.ts';
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

const EXPECTED: Record<string, Words> = {
  string: { en: 'a word or phrase', vi: 'một từ hoặc cụm từ' },
  number: { en: 'a number', vi: 'một số' },
  int: { en: 'a whole number', vi: 'một số nguyên' },
  array: { en: 'a list', vi: 'một danh sách' },
  object: { en: 'a map (key: value lines)', vi: 'một bảng khoá (các dòng khoá: giá trị)' },
  record: { en: 'a map (key: value lines)', vi: 'một bảng khoá (các dòng khoá: giá trị)' },
  boolean: { en: 'true or false', vi: 'true hoặc false' },
};

function describeValue(value: unknown): Words {
  if (value === null || value === undefined) return { en: 'empty', vi: 'để trống' };
  if (typeof value === 'string') {
    const quoted = JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
    return { en: `the text ${quoted}`, vi: `văn bản ${quoted}` };
  }
  if (typeof value === 'number') return { en: `the number ${value}`, vi: `số ${value}` };
  if (typeof value === 'boolean') return verbatim(`"${value}"`);
  if (Array.isArray(value)) return { en: 'a list', vi: 'một danh sách' };
  return { en: 'a map', vi: 'một bảng khoá' };
}

function items(n: number): Words {
  return { en: `${n} item${n === 1 ? '' : 's'}`, vi: `${n} mục` };
}

/** The schema's own rules (schema.ts), in Vietnamese too; a rule not listed here stays in English. */
const RULES_VI: Record<string, string> = {
  'an id is lower-case words joined by hyphens, like "flood-dam-rumour"':
    'mã phải là các từ viết thường nối với nhau bằng dấu gạch ngang, ví dụ "flood-dam-rumour"',
  'an id is letters, digits, "-" or "_"': 'mã chỉ gồm chữ cái, chữ số, "-" hoặc "_"',
  'a language code is two or three letters, like "vi"': 'mã ngôn ngữ gồm hai hoặc ba chữ cái, ví dụ "vi"',
  'this key is not allowed': 'khoá này không được phép',
};

function rule(message: string): Words {
  return { en: message, vi: RULES_VI[message] ?? message };
}

/** The help of a key after a message, as " (…)". */
function helpWords(help: Words | undefined): Words {
  return help ? { en: ` (${help.en})`, vi: ` (${help.vi})` } : NOTHING;
}

/** What a key means (fields.ts; in Vietnamese, fieldHelpVi.ts). */
function keyHelp(kind: Kind, key: string): Words | undefined {
  const en = fieldHelp(kind, key);
  return en === undefined ? undefined : { en, vi: KINDS_VI[kind].fields[key] ?? en };
}

/** `known keys: a, b, c`: the keys as the format spells them, in either language. */
function knownKeysHint(keys: readonly string[]): Words {
  return mapWords(verbatim(keys.join(', ')), (list, lang) => (lang === 'vi' ? `các khoá hợp lệ: ${list}` : `known keys: ${list}`));
}

/** The help for the value at a path: from its key in the owning kind, or the kind itself. */
function helpFor(path: Path, root: unknown, frame: Frame): Words | undefined {
  if (frame.kind !== null) return { en: KINDS[frame.kind].description, vi: KINDS_VI[frame.kind].description };
  const owner = frameAt(path.slice(0, -1), root);
  const last = path[path.length - 1];
  if (owner.kind !== null && typeof last === 'string') return keyHelp(owner.kind, last);
  if (typeof last === 'number' && path.length >= 2) {
    const holder = frameAt(path.slice(0, -2), root);
    const key = path[path.length - 2];
    if (holder.kind !== null && typeof key === 'string') return keyHelp(holder.kind, key);
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

  private emit<C extends DiagnosticCode>(
    code: C,
    path: Path,
    anchor: Anchor,
    values: DiagnosticValues,
    options: { variant?: MessageVariant<C>; hint?: Words } = {},
  ): void {
    const d = diagnostic(code, this.file, this.locator.at(path, anchor), values, options);
    const key = `${code}:${d.line}:${d.column}:${d.message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.diagnostics.push(d);
  }

  explain(issues: readonly Issue[], base: Path, schema: Schema): void {
    for (const issue of issues) this.explainOne(issue, [...base, ...(issue.path as (string | number)[])], base, schema);
  }

  private explainOne(issue: Issue, path: Path, base: Path, baseSchema: Schema): void {
    const root = this.root;
    const frame = frameAt(path, root);
    const help = helpWords(helpFor(path, root, frame));
    const place = frame.name;
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
          const values = { place, key, suggestion: didYouMean(key, known) };
          this.emit('unknown-key', [...path, key], 'key', values, known.length > 0 ? { hint: knownKeysHint(known) } : {});
        }
        return;
      }
      case 'invalid_type': {
        if (path.length === 0) return this.notAScenario(value);
        if (this.cutAtComma(path, value)) return;
        const expected = EXPECTED[issue.expected] ?? verbatim(issue.expected);
        this.emit('wrong-type', path, 'value', { place, expected: { en: expected.en + help.en, vi: expected.vi + help.vi }, value: describeValue(value) });
        return;
      }
      case 'too_small':
      case 'too_big': {
        const small = issue.code === 'too_small';
        const limit = Number(small ? (issue as { minimum: number | bigint }).minimum : (issue as { maximum: number | bigint }).maximum);
        if (issue.origin === 'array') {
          const n = Array.isArray(value) ? value.length : 0;
          this.emit('out-of-range', path, 'value', { place, items: items(n), limit, help }, { variant: small ? 'too-few-items' : 'too-many-items' });
        } else if (issue.origin === 'string') {
          this.emit('out-of-range', path, 'value', { place, help }, { variant: 'empty' });
        } else {
          this.emit('out-of-range', path, 'value', { place, value: String(value), limit, help }, { variant: small ? 'too-small' : 'too-large' });
        }
        return;
      }
      case 'invalid_format': {
        const code = /\bid\b/.test(issue.message) ? 'bad-id' : 'bad-value';
        this.emit(code, path, 'value', { place, value: JSON.stringify(value), rule: rule(issue.message) });
        return;
      }
      case 'invalid_value': {
        if (path.length === 1 && path[0] === 'format') {
          this.emit('unsupported-format', path, 'value', { found: JSON.stringify(value), format: String(issue.values[0]) });
          return;
        }
        const options = issue.values.map(String);
        const suggestion = typeof value === 'string' ? didYouMean(value, options) : NOTHING;
        this.emit('bad-value', path, 'value', { place, value: describeValue(value), options: options.join(', '), suggestion }, { variant: 'one-of' });
        return;
      }
      case 'invalid_key': {
        const owner = frameAt(path.slice(0, -1), root);
        const key = String(path[path.length - 1]);
        const inner = issue.issues[0]?.message ?? 'this key is not allowed';
        this.emit('bad-id', path, 'key', { place: owner.name, key: JSON.stringify(key), rule: rule(inner) }, { variant: 'key' });
        return;
      }
      default:
        this.emit('bad-value', path, 'value', { place, reason: issue.message, help }, { variant: 'invalid' });
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
    this.emit('unquoted-comma', path, 'key', { place: frameAt(path.slice(0, -1), this.root).name, entry: JSON.stringify(last) });
    return true;
  }

  private notAScenario(value: unknown): void {
    if (value === null || value === undefined) this.emit('not-a-scenario', [], 'value', {}, { variant: 'empty' });
    else this.emit('not-a-scenario', [], 'value', { value: describeValue(value) });
  }

  private missing(path: Path): void {
    const owner = frameAt(path.slice(0, -1), this.root);
    const key = String(path[path.length - 1]);
    const help = helpWords(owner.kind !== null ? keyHelp(owner.kind, key) : undefined);
    const noun = nounOf(owner.kind);
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
        { place: owner.name, key, under, spaces: at.column - 1 },
        { variant: 'indented-too-far' },
      );
      return;
    }
    this.emit('missing-key', path, 'parent', { place: owner.name, key, noun, help });
  }

  private unionExpectation(union: Schema | null, frame: Frame, path: Path): Words {
    if (union === TextSchema) {
      return this.languages > 1
        ? { en: 'a text with one entry per language, like { vi: "…", en: "…" }', vi: 'một văn bản có mỗi ngôn ngữ một mục, ví dụ { vi: "…", en: "…" }' }
        : { en: 'a text', vi: 'một văn bản' };
    }
    if (union === NextSchema) {
      return {
        en: 'a beat id, the word end, or a list of branches { if: …, goto: … }',
        vi: 'mã của một lượt hỏi, từ end, hoặc một danh sách nhánh { if: …, goto: … }',
      };
    }
    const conditions = knownKeys('condition').join(', ');
    if (frame.kind === 'condition')
      return { en: `a condition, like { flag: NAME } (one of: ${conditions})`, vi: `một điều kiện, ví dụ { flag: TÊN } (một trong: ${conditions})` };
    return helpFor(path, this.root, frame) ?? { en: 'something else', vi: 'một giá trị khác' };
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
      this.emit('wrong-type', path, 'value', { place: frame.name, expected: this.unionExpectation(union, frame, path), value: describeValue(value) });
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
      const combine =
        frame.kind === 'condition'
          ? {
              en: '. To test several things, put them in all: [...] or any: [...]',
              vi: '. Muốn kiểm tra nhiều điều cùng lúc, hãy đặt chúng trong all: [...] hoặc any: [...]',
            }
          : NOTHING;
      this.emit('conflicting-keys', path, 'value', { place: frame.name, keys: quoted(clash), combine });
      return undefined;
    }
    if (clash.length === 1) return candidates[tied.find((i) => keysOf[i]!.includes(clash[0]!))!];
    const allKeys = [...new Set(keysOf.flat())];
    const unknown = present.filter((k) => !allKeys.includes(k));
    for (const key of unknown) {
      this.emit('unknown-key', [...path, key], 'key', { place: frame.name, key, suggestion: didYouMean(key, allKeys) }, { hint: knownKeysHint(allKeys) });
    }
    if (unknown.length === 0) {
      this.emit('missing-key', path, 'value', { place: frame.name, keys: quoted(choices), noun: nounOf(frame.kind) }, { variant: 'none-of' });
    }
    return undefined;
  }
}
