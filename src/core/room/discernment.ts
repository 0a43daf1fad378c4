// The before/after discernment check: "which would you say, and what is wrong with the other?"
// Items are built from the bundled scenarios' own choice questions — a good answer beside a
// flawed one of similar length, so that length gives nothing away — from scenarios that are not
// played in the session. Two parallel forms, balanced by skill, so that a participant who sees
// form A before sees form B after and never meets an item twice.
import type { CheckedScenario } from '../scenario/checked.ts';
import type { Answer, Text } from '../scenario/schema.ts';
import { isSkillId, type SkillId } from '../skills.ts';

export interface DiscernmentItem {
  /** `scenario/beat`: stable across sessions, so answers can be compared. */
  id: string;
  scenarioId: string;
  /** The skill the flawed answer fails on: what the item measures. */
  skill: SkillId;
  prompt: Text;
  /** The good answer first; delivery shuffles the order per participant. */
  good: Text;
  flawed: Text;
  /** Three skills to name what is wrong with the flawed answer; one of them is `skill`. */
  flawChoices: SkillId[];
}

export type FormId = 'A' | 'B';
export type CheckPhase = 'before' | 'after';

/** The largest ratio of lengths allowed between the two answers of an item (issue 8's 1.3). */
const MAX_LENGTH_RATIO = 1.3;
const ITEMS_PER_FORM = 6;

function net(answer: Answer): number {
  return Object.values(answer.effects).reduce((a, b) => a + b, 0);
}

function lengthOf(text: Text): number {
  return typeof text === 'string' ? text.length : Math.max(...Object.values(text).map((t) => t.length));
}

function similarLength(a: Text, b: Text): boolean {
  const [x, y] = [lengthOf(a), lengthOf(b)];
  return Math.max(x, y) <= MAX_LENGTH_RATIO * Math.min(x, y);
}

/** The skill on which `flawed` loses most against `good` (and is itself negative). */
function flawSkill(good: Answer, flawed: Answer): SkillId | null {
  let best: SkillId | null = null;
  let gap = 0;
  for (const [skill, points] of Object.entries(flawed.effects)) {
    if (!isSkillId(skill) || points >= 0) continue;
    const d = (good.effects[skill] ?? 0) - points;
    if (d > gap) [best, gap] = [skill, d];
  }
  return best;
}

export function itemsFromScenario(checked: CheckedScenario): DiscernmentItem[] {
  const s = checked.scenario;
  const assessed = s.skills.filter(isSkillId);
  const items: DiscernmentItem[] = [];
  for (const [beatId, beat] of Object.entries(s.beats)) {
    const answers = beat.answers ?? [];
    if (answers.length < 2) continue;
    const good = answers.reduce((a, b) => (net(b) > net(a) ? b : a));
    if (net(good) <= 0 || good.critical) continue;
    const candidates = answers
      .filter((a) => a !== good && net(a) < 0 && similarLength(a.text, good.text))
      .map((a) => ({ a, skill: flawSkill(good, a) }))
      .filter((c): c is { a: Answer; skill: SkillId } => c.skill !== null);
    const pick = candidates[0];
    if (!pick) continue;
    const others = assessed.filter((k) => k !== pick.skill);
    const flawChoices = [pick.skill, ...others.slice(0, 2)].sort();
    items.push({ id: `${s.id}/${beatId}`, scenarioId: s.id, skill: pick.skill, prompt: beat.ask, good: good.text, flawed: pick.a.text, flawChoices });
  }
  return items;
}

/** A question's words in one canonical form, to recognise the same question in another file. */
function askKey(ask: Text): string {
  if (typeof ask === 'string') return ask.replace(/\s+/g, ' ').trim();
  return Object.keys(ask)
    .sort()
    .map((lang) => `${lang}:${(ask[lang] ?? '').replace(/\s+/g, ' ').trim()}`)
    .join('|');
}

/**
 * Two parallel forms from every scenario except those played in the session: items taken round
 * robin over skills (so both forms cover the same skills) and dealt alternately to A and B.
 * `seen`: scenarios played in the session that are not among `scenarios` (a studio library's, sent
 * by the facilitator's browser) — no item asks a question the room already heard in one of them
 * (a library copy of a bundled scenario keeps its questions under another id).
 */
export function buildForms(
  scenarios: readonly CheckedScenario[],
  played: readonly string[],
  seen: readonly CheckedScenario[] = [],
): Record<FormId, DiscernmentItem[]> {
  const heard = new Set(seen.flatMap((c) => Object.values(c.scenario.beats).map((b) => askKey(b.ask))));
  const pool = scenarios
    .filter((c) => !played.includes(c.scenario.id))
    .flatMap(itemsFromScenario)
    .filter((item) => !heard.has(askKey(item.prompt)));
  const bySkill = new Map<SkillId, DiscernmentItem[]>();
  for (const item of pool.sort((a, b) => a.id.localeCompare(b.id))) {
    bySkill.set(item.skill, [...(bySkill.get(item.skill) ?? []), item]);
  }
  const forms: Record<FormId, DiscernmentItem[]> = { A: [], B: [] };
  const queues = [...bySkill.values()];
  let turn: FormId = 'A';
  while (forms.A.length < ITEMS_PER_FORM || forms.B.length < ITEMS_PER_FORM) {
    let dealt = false;
    for (const q of queues) {
      // Pairs from the same skill go one to each form, so the forms stay parallel.
      const [first, second] = [q.shift(), q.shift()];
      if (!first || !second) continue;
      if (forms.A.length < ITEMS_PER_FORM) forms.A.push(turn === 'A' ? first : second);
      if (forms.B.length < ITEMS_PER_FORM) forms.B.push(turn === 'A' ? second : first);
      turn = turn === 'A' ? 'B' : 'A';
      dealt = true;
    }
    if (!dealt) break;
  }
  return forms;
}

/** A stable 32-bit hash (FNV-1a): the same participant always gets the same form and order. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Half the room sees A before and B after, the other half the reverse. */
export function formFor(participantId: string, phase: CheckPhase): FormId {
  const first: FormId = hash32(participantId) % 2 === 0 ? 'A' : 'B';
  return phase === 'before' ? first : first === 'A' ? 'B' : 'A';
}

export interface DeliveredItem {
  id: string;
  skill: SkillId;
  prompt: Text;
  /** The two answers in the order this participant sees them. */
  answers: [Text, Text];
  /** Which of `answers` is the good one (kept on the server; never sent to a phone). */
  goodIndex: 0 | 1;
  flawChoices: SkillId[];
}

/** The items a participant answers in one phase, in an order of their own. */
export function deliver(forms: Record<FormId, DiscernmentItem[]>, participantId: string, phase: CheckPhase): { form: FormId; items: DeliveredItem[] } {
  const form = formFor(participantId, phase);
  const items = [...forms[form]]
    .sort((a, b) => hash32(`${participantId}:${phase}:${a.id}`) - hash32(`${participantId}:${phase}:${b.id}`))
    .map((item): DeliveredItem => {
      const goodIndex = hash32(`${participantId}:${item.id}`) % 2 === 0 ? 0 : 1;
      const answers: [Text, Text] = goodIndex === 0 ? [item.good, item.flawed] : [item.flawed, item.good];
      return { id: item.id, skill: item.skill, prompt: item.prompt, answers, goodIndex, flawChoices: item.flawChoices };
    });
  return { form, items };
}
