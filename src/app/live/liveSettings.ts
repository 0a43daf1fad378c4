// What the facilitator decided before the drill and what the projector shows now: kept in this
// tab's sessionStorage, so a reloaded projector is still in live mode, with the same roster,
// reveal setting and blanked screen. Pure apart from the storage handed in.
import { ANSWER_TIME_CHOICES, type AnswerTime, type KeyValueStorage } from '../../state/settings.ts';
import { LIVE_ITEM_KINDS, type LiveItemKind } from '../../core/live/liveEntries.ts';
import { isLanguage } from '../../i18n/languages.ts';

const LIVE_STORAGE_KEY = 'podium.live';

/** When the room sees scores and feedback: after each answer, or only when the facilitator reveals them. */
export type RevealMode = 'each' | 'end';

export interface LiveSetup {
  scenarioId: string;
  language: 'vi' | 'en';
  /** As the settings' answer time: a factor of each question's limit, or null for no limit. */
  answerTime: AnswerTime;
  reveal: RevealMode;
  /** Trainees taking turns at the podium, in order; empty = one trainee, no hot seat. */
  roster: string[];
  /** Hand the seat to the next trainee after this many questions; null = only on the facilitator's click. */
  rotateEvery: number | null;
}

export interface LiveItem {
  kind: LiveItemKind;
  text: string;
  /** Drill second it was put to the trainee. */
  at: number;
}

export interface LiveState {
  active: boolean;
  setup: LiveSetup | null;
  /** The room sees the score and the feedback now. */
  shown: boolean;
  /** The projector shows nothing but black (B or . on a clicker). */
  blank: boolean;
  /** The live item on the projector waiting for the facilitator's score. */
  item: LiveItem | null;
  /** The one-screen panel is open in the projector window. */
  panel: boolean;
  /** The drill was running when the live item paused it (scoring it resumes it). */
  resumeAfterItem: boolean;
  /**
   * After the end, the clicker put the class scoreboard on the projector (its next step). Apart
   * from `shown`: only the console's reveal button changes what the room sees during the drill.
   */
  board: boolean;
}

export const OFF: LiveState = { active: false, setup: null, shown: false, blank: false, item: null, panel: false, resumeAfterItem: false, board: false };

const MAX_ROSTER = 40;
const MAX_NAME = 80;

/** A setup as the console sent it, cleaned: null if it cannot be a setup. */
export function parseSetup(data: unknown): LiveSetup | null {
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  if (typeof d.scenarioId !== 'string' || d.scenarioId.length === 0 || d.scenarioId.length > 200) return null;
  const language = isLanguage(d.language) ? d.language : null;
  if (!language) return null;
  const answerTime = (ANSWER_TIME_CHOICES as readonly unknown[]).includes(d.answerTime) ? (d.answerTime as AnswerTime) : 1;
  const reveal: RevealMode = d.reveal === 'each' ? 'each' : 'end';
  const roster = Array.isArray(d.roster)
    ? [
        ...new Set(
          d.roster
            .filter((n): n is string => typeof n === 'string')
            .map((n) => n.trim().slice(0, MAX_NAME))
            .filter((n) => n.length > 0),
        ),
      ].slice(0, MAX_ROSTER)
    : [];
  const every = typeof d.rotateEvery === 'number' && Number.isInteger(d.rotateEvery) && d.rotateEvery > 0 && d.rotateEvery <= 50 ? d.rotateEvery : null;
  return { scenarioId: d.scenarioId, language, answerTime, reveal, roster, rotateEvery: every };
}

export function parseItem(data: unknown, at: number): LiveItem | null {
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  const kind = LIVE_ITEM_KINDS.find((k) => k === d.kind);
  if (!kind || typeof d.text !== 'string') return null;
  const text = d.text.trim().slice(0, 2000);
  return text ? { kind, text, at } : null;
}

export function loadLiveState(storage: KeyValueStorage | null): LiveState {
  try {
    const raw = storage?.getItem(LIVE_STORAGE_KEY);
    if (!raw) return OFF;
    const d = JSON.parse(raw) as Partial<LiveState>;
    const setup = parseSetup(d.setup);
    if (!d.active || !setup) return OFF;
    const item = d.item ? parseItem(d.item, typeof d.item.at === 'number' ? d.item.at : 0) : null;
    return {
      active: true,
      setup,
      shown: d.shown === true,
      blank: d.blank === true,
      item,
      panel: d.panel === true,
      resumeAfterItem: d.resumeAfterItem === true,
      board: d.board === true,
    };
  } catch {
    return OFF;
  }
}

export function saveLiveState(storage: KeyValueStorage | null, state: LiveState): void {
  try {
    storage?.setItem(LIVE_STORAGE_KEY, state.active ? JSON.stringify(state) : '');
  } catch {
    // A projector without storage still runs the drill; only a reload would forget live mode.
  }
}

/** A new live drill: the room sees scores after each answer only if the facilitator chose so. */
export function startLive(setup: LiveSetup): LiveState {
  return { active: true, setup, shown: setup.reveal === 'each', blank: false, item: null, panel: false, resumeAfterItem: false, board: false };
}
