// Names for places in a scenario as an instructor would say them: `answer 2 of beat "q-open"`,
// `the condition of ending "trusted"`. Built from the path and the raw value (for ids).
import type { Kind } from './fields.ts';
import type { Path } from './positions.ts';

export interface Frame {
  /** The kind of object at the path, or null for a plain value, a text or a list. */
  kind: Kind | null;
  /** How messages name it. */
  name: string;
  /** The key that led here (for plain values). */
  key: string | null;
}

interface Child {
  kind: Kind;
  /** The value under the key is a list of this kind (or a map, for beats). */
  many?: 'list' | 'map';
  name: (parent: string, label: string) => string;
}

const CHILDREN: Partial<Record<Kind, Record<string, Child>>> = {
  scenario: {
    briefing: { kind: 'briefing', name: () => 'the briefing' },
    reporters: { kind: 'reporter', many: 'list', name: (_, l) => `reporter ${l}` },
    rumours: { kind: 'rumour', many: 'list', name: (_, l) => `rumour ${l}` },
    events: { kind: 'event', many: 'list', name: (_, l) => `event ${l}` },
    endings: { kind: 'ending', many: 'list', name: (_, l) => `ending ${l}` },
    beats: { kind: 'beat', many: 'map', name: (_, l) => `beat ${l}` },
  },
  briefing: {
    facts: { kind: 'fact', many: 'list', name: (_, l) => `fact ${l}` },
    key_messages: { kind: 'key-message', many: 'list', name: (_, l) => `key message ${l}` },
  },
  rumour: {
    reach: { kind: 'reach', name: (p) => `the reach of ${p}` },
    escalate: { kind: 'escalation', name: (p) => `the escalation of ${p}` },
  },
  beat: {
    answers: { kind: 'answer', many: 'list', name: (p, l) => `answer ${l} of ${p}` },
    free_text: { kind: 'free-text', name: (p) => `the free-text answer of ${p}` },
    on_timeout: { kind: 'timeout', name: (p) => `the timeout of ${p}` },
  },
  'free-text': {
    rubric: { kind: 'rubric-line', many: 'list', name: (p, l) => `rubric line ${l} of ${p.replace(/^the free-text answer of /, '')}` },
    next: { kind: 'branch', many: 'list', name: (p, l) => `branch ${l} of the "next" of ${p}` },
  },
  answer: { next: { kind: 'branch', many: 'list', name: (p, l) => `branch ${l} of the "next" of ${p}` } },
  timeout: { next: { kind: 'branch', many: 'list', name: (p, l) => `branch ${l} of the "next" of ${p}` } },
  branch: { if: { kind: 'condition', name: (p) => `the condition of ${p}` } },
  ending: { when: { kind: 'condition', name: (p) => `the condition of ${p}` } },
  condition: {
    all: { kind: 'condition', many: 'list', name: (p, l) => `part ${l} of ${p}` },
    any: { kind: 'condition', many: 'list', name: (p, l) => `part ${l} of ${p}` },
    not: { kind: 'condition', name: (p) => `the "not" part of ${p}` },
    score: { kind: 'score', name: (p) => `the score in ${p}` },
    rumour: { kind: 'rumour-state', name: (p) => `the rumour in ${p}` },
    time: { kind: 'time', name: (p) => `the time in ${p}` },
  },
};

/** Items that carry an id are named by it; others by their 1-based position. */
const NAMED_BY_ID = new Set<Kind>(['reporter', 'rumour', 'fact', 'key-message', 'ending', 'event']);

function labelFor(kind: Kind, index: string | number, value: unknown): string {
  if (typeof index === 'string') return `"${index}"`;
  if (NAMED_BY_ID.has(kind) && isRecord(value) && typeof value.id === 'string' && value.id !== '') return `"${value.id}"`;
  return String(index + 1);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function childValue(value: unknown, segment: string | number): unknown {
  if (Array.isArray(value) && typeof segment === 'number') return value[segment];
  if (isRecord(value) && typeof segment === 'string') return Object.hasOwn(value, segment) ? value[segment] : undefined;
  return undefined;
}

export function frameAt(path: Path, root: unknown): Frame {
  let frame: Frame = { kind: 'scenario', name: 'the scenario', key: null };
  let value = root;
  let pending: Child | null = null; // inside a list or map of this child kind
  let parentName = frame.name;
  for (const segment of path) {
    value = childValue(value, segment);
    if (pending !== null) {
      frame = { kind: pending.kind, name: pending.name(parentName, labelFor(pending.kind, segment, value)), key: null };
      pending = null;
      continue;
    }
    const key = String(segment);
    const child = frame.kind !== null ? CHILDREN[frame.kind]?.[key] : undefined;
    // `next` and conditions hold lists only in one form; a plain value stays a plain value.
    if (child !== undefined && (child.many === undefined || (child.many === 'list' ? Array.isArray(value) : isRecord(value)))) {
      if (child.many !== undefined) {
        pending = child;
        parentName = frame.name;
        frame = { kind: null, name: leafName(frame, key), key };
      } else {
        frame = { kind: child.kind, name: child.name(frame.name, ''), key: null };
      }
      continue;
    }
    if (typeof segment === 'number') frame = { kind: null, name: `item ${segment + 1} of ${frame.name}`, key: frame.key };
    else frame = { kind: null, name: leafName(frame, key), key };
  }
  return frame;
}

function leafName(owner: Frame, key: string): string {
  return owner.kind === 'scenario' ? `"${key}"` : `"${key}" of ${owner.name}`;
}
