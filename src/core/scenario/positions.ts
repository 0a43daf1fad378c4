// From a path in the scenario value (["beats", "q-open", "answers", 1, "next"]) back to the line
// and column of the YAML node it came from. Only called for paths that have a problem, so the
// linear walk per lookup costs nothing on a clean file.
import { isAlias, isMap, isNode, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { Position } from './diagnostics.ts';

export type Path = readonly (string | number)[];

/** Where to point: the value itself, its key (unknown keys, beat ids), or the map that should hold it. */
export type Anchor = 'value' | 'key' | 'parent';

interface Found {
  node: Node | null;
  key: Node | null;
  /** How many path segments were found. */
  depth: number;
  /** The last map found on the way (for missing keys) and the key that holds it. */
  parentKey: Node | null;
  parentNode: Node | null;
}

export class Locator {
  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  position(offset: number): Position {
    const { line, col } = this.lines.linePos(Math.max(0, offset));
    return { line: Math.max(1, line), column: Math.max(1, col) };
  }

  at(path: Path, anchor: Anchor = 'value'): Position {
    const found = this.find(path);
    let node: Node | null;
    if (anchor === 'parent' || found.depth < path.length) node = found.parentKey ?? found.parentNode ?? found.node;
    else if (anchor === 'key') node = found.key ?? found.node;
    else node = found.node ?? found.key;
    return this.position(node?.range?.[0] ?? 0);
  }

  private find(path: Path): Found {
    let node: Node | null = isNode(this.doc.contents) ? this.doc.contents : null;
    const found: Found = { node, key: null, depth: 0, parentKey: null, parentNode: node };
    for (const segment of path) {
      if (node !== null && isAlias(node)) {
        const target = node.resolve(this.doc);
        node = target ?? null;
      }
      if (node === null) break;
      let next: Node | null = null;
      let key: Node | null = null;
      if (isMap(node)) {
        found.parentNode = node;
        found.parentKey = found.key;
        for (const pair of node.items) {
          if (isPair(pair) && keyMatches(pair.key, segment)) {
            key = isNode(pair.key) ? pair.key : null;
            next = isNode(pair.value) ? pair.value : null;
            // `key:` with nothing after it: point at the key.
            if (next === null || next.range === undefined || next.range === null) next = key;
            break;
          }
        }
        if (key === null) break;
      } else if (isSeq(node) && typeof segment === 'number') {
        found.parentNode = node;
        found.parentKey = found.key;
        const item = node.items[segment];
        if (!isNode(item)) break;
        next = item;
      } else break;
      node = next;
      found.node = next;
      found.key = key;
      found.depth++;
    }
    return found;
  }
}

function keyMatches(key: unknown, segment: string | number): boolean {
  if (!isScalar(key)) return false;
  const value = key.value;
  return value === segment || String(value) === String(segment);
}
