// The translation view's model: every text of the scenario (a map of language → string) with its
// value in each language, found in the YAML itself so that an edit goes back into the file at that
// very node. An existing value is replaced in place (only its own characters change); a missing
// language is added by the yaml package's Document API, which keeps comments and the layout.
import { isAlias, isMap, isScalar, isSeq, parseDocument, Scalar, type Node } from 'yaml';

export type TextPath = (string | number)[];

export interface TextValue {
  value: string;
  /** Source range of the scalar (its quotes included). */
  from: number;
  to: number;
  /** A block scalar (| or >) is rewritten through the Document API, never by range. */
  block: boolean;
}

export interface TextRow {
  path: TextPath;
  values: Record<string, TextValue | null>;
  /** The map is written `{ vi: …, en: … }`; its closing brace is at `close`. */
  flow: boolean;
  close: number;
}

const LANGUAGE_KEY = /^[a-z]{2,3}$/;

export function textRows(source: string, languages: readonly string[]): TextRow[] {
  const doc = parseDocument(source, { keepSourceTokens: false });
  const rows: TextRow[] = [];
  const visit = (node: unknown, path: TextPath) => {
    if (isAlias(node) || node === null || node === undefined) return;
    if (isMap(node)) {
      const keys = node.items.map((p) => (isScalar(p.key) ? String(p.key.value) : null));
      const isText = keys.length > 0 && keys.every((k) => k !== null && LANGUAGE_KEY.test(k)) && keys.some((k) => languages.includes(k!));
      if (isText) {
        const values: Record<string, TextValue | null> = {};
        for (const lang of languages) values[lang] = null;
        node.items.forEach((p, i) => {
          const v = p.value;
          if (isScalar(v) && typeof v.value === 'string' && v.range) {
            values[keys[i]!] = { value: v.value, from: v.range[0], to: v.range[1], block: v.type === Scalar.BLOCK_LITERAL || v.type === Scalar.BLOCK_FOLDED };
          }
        });
        const range = (node as Node).range;
        rows.push({ path, values, flow: node.flow === true, close: range ? range[1] - 1 : -1 });
        return;
      }
      for (const p of node.items) if (isScalar(p.key)) visit(p.value, [...path, String(p.key.value)]);
      return;
    }
    if (isSeq(node)) node.items.forEach((item, i) => visit(item, [...path, i]));
  };
  visit(doc.contents, []);
  return rows;
}

/** How a path reads for an author: "beats › q-open › answers › 2 › text" (list items counted from 1). */
export function pathLabel(path: TextPath): string {
  return path.map((p) => (typeof p === 'number' ? String(p + 1) : p)).join(' › ');
}

export interface TextEdit {
  from: number;
  to: number;
  insert: string;
}

/** The change to the source that writes `value` as the `lang` text of `row`. */
export function textEdit(source: string, row: TextRow, lang: string, value: string): TextEdit {
  const quoted = JSON.stringify(value);
  const current = row.values[lang];
  if (current && !current.block) return { from: current.from, to: current.to, insert: quoted };
  if (!current && row.flow && source[row.close] === '}') {
    let at = row.close;
    while (at > 0 && source[at - 1] === ' ') at--;
    const empty = source[at - 1] === '{';
    return { from: at, to: row.close, insert: `${empty ? ' ' : ', '}${lang}: ${quoted} ` };
  }
  const doc = parseDocument(source);
  doc.setIn([...row.path, lang], value);
  return { from: 0, to: source.length, insert: doc.toString({ lineWidth: 0 }) };
}

/** Source offset of the key at `path` (e.g. ['beats', 'q-open']), or null. */
export function keyOffset(source: string, path: TextPath): number | null {
  const doc = parseDocument(source, { keepSourceTokens: false });
  let node: unknown = doc.contents;
  let keyAt: number | null = null;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) return null;
      keyAt = isScalar(pair.key) && pair.key.range ? pair.key.range[0] : null;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      node = node.items[step];
      keyAt = (node as Node | undefined)?.range?.[0] ?? null;
    } else return null;
  }
  return keyAt;
}
