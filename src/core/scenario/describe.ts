// Names for places in a scenario as an instructor would say them: `answer 2 of beat "q-open"`
// (`câu trả lời 2 của lượt hỏi "q-open"`: a beat is a "lượt hỏi" in Vietnamese, as in the studio),
// `the condition of ending "trusted"`. Built from the path and the raw value (for ids).
import { KINDS, type Kind } from './fields.ts';
import type { Lang, Words } from './diagnostics.ts';
import type { Path } from './positions.ts';

export interface Frame {
  /** The kind of object at the path, or null for a plain value, a text or a list. */
  kind: Kind | null;
  /** How messages name it, in each language. */
  name: Words;
  /** The key that led here (for plain values). */
  key: string | null;
}

type Namer = (parent: string, label: string) => string;

interface Child {
  kind: Kind;
  /** The value under the key is a list of this kind (or a map, for beats). */
  many?: 'list' | 'map';
  name: Readonly<Record<Lang, Namer>>;
}

const child = (kind: Kind, en: Namer, vi: Namer, many?: 'list' | 'map'): Child => (many ? { kind, many, name: { en, vi } } : { kind, name: { en, vi } });

const branchOf = (kind: Kind): Child =>
  child(
    kind,
    (p, l) => `branch ${l} of the "next" of ${p}`,
    (p, l) => `nhánh ${l} trong "next" của ${p}`,
    'list',
  );

const CHILDREN: Partial<Record<Kind, Record<string, Child>>> = {
  scenario: {
    briefing: child(
      'briefing',
      () => 'the briefing',
      () => 'phần chuẩn bị',
    ),
    reporters: child(
      'reporter',
      (_, l) => `reporter ${l}`,
      (_, l) => `phóng viên ${l}`,
      'list',
    ),
    rumours: child(
      'rumour',
      (_, l) => `rumour ${l}`,
      (_, l) => `tin đồn ${l}`,
      'list',
    ),
    events: child(
      'event',
      (_, l) => `event ${l}`,
      (_, l) => `sự kiện ${l}`,
      'list',
    ),
    endings: child(
      'ending',
      (_, l) => `ending ${l}`,
      (_, l) => `kết cục ${l}`,
      'list',
    ),
    beats: child(
      'beat',
      (_, l) => `beat ${l}`,
      (_, l) => `lượt hỏi ${l}`,
      'map',
    ),
  },
  briefing: {
    facts: child(
      'fact',
      (_, l) => `fact ${l}`,
      (_, l) => `dữ kiện ${l}`,
      'list',
    ),
    key_messages: child(
      'key-message',
      (_, l) => `key message ${l}`,
      (_, l) => `thông điệp chủ đạo ${l}`,
      'list',
    ),
  },
  rumour: {
    reach: child(
      'reach',
      (p) => `the reach of ${p}`,
      (p) => `lượt tiếp cận của ${p}`,
    ),
    escalate: child(
      'escalation',
      (p) => `the escalation of ${p}`,
      (p) => `diễn biến leo thang của ${p}`,
    ),
  },
  beat: {
    answers: child(
      'answer',
      (p, l) => `answer ${l} of ${p}`,
      (p, l) => `câu trả lời ${l} của ${p}`,
      'list',
    ),
    free_text: child(
      'free-text',
      (p) => `the free-text answer of ${p}`,
      (p) => `phần trả lời tự soạn của ${p}`,
    ),
    on_timeout: child(
      'timeout',
      (p) => `the timeout of ${p}`,
      (p) => `phần hết giờ của ${p}`,
    ),
  },
  'free-text': {
    rubric: child(
      'rubric-line',
      (p, l) => `rubric line ${l} of ${p.replace(/^the free-text answer of /, '')}`,
      (p, l) => `tiêu chí chấm ${l} của ${p.replace(/^phần trả lời tự soạn của /, '')}`,
      'list',
    ),
    next: branchOf('branch'),
  },
  answer: { next: branchOf('branch') },
  timeout: { next: branchOf('branch') },
  branch: {
    if: child(
      'condition',
      (p) => `the condition of ${p}`,
      (p) => `điều kiện của ${p}`,
    ),
  },
  ending: {
    when: child(
      'condition',
      (p) => `the condition of ${p}`,
      (p) => `điều kiện của ${p}`,
    ),
  },
  condition: {
    all: child(
      'condition',
      (p, l) => `part ${l} of ${p}`,
      (p, l) => `phần ${l} của ${p}`,
      'list',
    ),
    any: child(
      'condition',
      (p, l) => `part ${l} of ${p}`,
      (p, l) => `phần ${l} của ${p}`,
      'list',
    ),
    not: child(
      'condition',
      (p) => `the "not" part of ${p}`,
      (p) => `phần "not" của ${p}`,
    ),
    score: child(
      'score',
      (p) => `the score in ${p}`,
      (p) => `điểm trong ${p}`,
    ),
    rumour: child(
      'rumour-state',
      (p) => `the rumour in ${p}`,
      (p) => `tin đồn trong ${p}`,
    ),
    time: child(
      'time',
      (p) => `the time in ${p}`,
      (p) => `thời điểm trong ${p}`,
    ),
  },
};

const nameChild = (c: Child, parent: Words, label: string): Words => ({ en: c.name.en(parent.en, label), vi: c.name.vi(parent.vi, label) });

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
  let frame: Frame = { kind: 'scenario', name: { en: 'the scenario', vi: 'kịch bản' }, key: null };
  let value = root;
  let pending: Child | null = null; // inside a list or map of this child kind
  let parentName = frame.name;
  for (const segment of path) {
    value = childValue(value, segment);
    if (pending !== null) {
      frame = { kind: pending.kind, name: nameChild(pending, parentName, labelFor(pending.kind, segment, value)), key: null };
      pending = null;
      continue;
    }
    const key = String(segment);
    const next = frame.kind !== null ? CHILDREN[frame.kind]?.[key] : undefined;
    // `next` and conditions hold lists only in one form; a plain value stays a plain value.
    if (next !== undefined && (next.many === undefined || (next.many === 'list' ? Array.isArray(value) : isRecord(value)))) {
      if (next.many !== undefined) {
        pending = next;
        parentName = frame.name;
        frame = { kind: null, name: leafName(frame, key), key };
      } else {
        frame = { kind: next.kind, name: nameChild(next, frame.name, ''), key: null };
      }
      continue;
    }
    if (typeof segment === 'number')
      frame = { kind: null, name: { en: `item ${segment + 1} of ${frame.name.en}`, vi: `mục ${segment + 1} của ${frame.name.vi}` }, key: frame.key };
    else frame = { kind: null, name: leafName(frame, key), key };
  }
  return frame;
}

function leafName(owner: Frame, key: string): Words {
  return owner.kind === 'scenario' ? { en: `"${key}"`, vi: `"${key}"` } : { en: `"${key}" of ${owner.name.en}`, vi: `"${key}" của ${owner.name.vi}` };
}

const NOUNS_VI: Record<Kind, string> = {
  scenario: 'kịch bản',
  briefing: 'phần chuẩn bị',
  fact: 'dữ kiện',
  'key-message': 'thông điệp chủ đạo',
  reporter: 'phóng viên',
  rumour: 'tin đồn',
  reach: 'lượt tiếp cận',
  escalation: 'diễn biến leo thang',
  event: 'sự kiện',
  beat: 'lượt hỏi',
  answer: 'câu trả lời',
  'free-text': 'phần trả lời tự soạn',
  'rubric-line': 'tiêu chí chấm',
  timeout: 'phần hết giờ',
  branch: 'nhánh',
  ending: 'kết cục',
  condition: 'điều kiện',
  score: 'điều kiện về điểm',
  'rumour-state': 'điều kiện về tin đồn',
  time: 'điều kiện về thời gian',
};

/** "every {noun} needs one": the kind's noun in each language ("one" / "mục" for a plain value). */
export function nounOf(kind: Kind | null): Words {
  return kind === null ? { en: 'one', vi: 'mục' } : { en: KINDS[kind].noun, vi: NOUNS_VI[kind] };
}
