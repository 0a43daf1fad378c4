// Derived facts the screens read; kept here so every scene agrees (and tests can check them).
import type { CheckedScenario } from '../core/scenario/checked.ts';
import type { Reporter } from '../core/scenario/schema.ts';
import type { BeatView, SessionView, TurnRecord } from '../core/session/types.ts';
import type { AppState, DrillState } from './store.ts';
import { formatNumber } from '../i18n/numberFormat.ts';
import { skillName } from '../i18n/skillName.ts';

export function selectScenario(state: Pick<AppState, 'scenarios'>, id: string | null): CheckedScenario | null {
  if (id === null) return null;
  return state.scenarios.find((e) => e.checked?.scenario.id === id)?.checked ?? null;
}

export function selectSelectedScenario(state: Pick<AppState, 'scenarios' | 'selectedScenarioId'>): CheckedScenario | null {
  return selectScenario(state, state.selectedScenarioId);
}

export function selectDrillScenario(state: Pick<AppState, 'scenarios' | 'drill'>): CheckedScenario | null {
  return state.drill ? selectScenario(state, state.drill.scenarioId) : null;
}

/** The drill the press room shows: the replay while one is played, else the live drill. */
export function selectShownDrill(state: Pick<AppState, 'drill' | 'replay'>): DrillState | null {
  return state.replay ?? state.drill;
}

export function selectShownScenario(state: Pick<AppState, 'scenarios' | 'drill' | 'replay'>): CheckedScenario | null {
  const shown = selectShownDrill(state);
  return shown ? selectScenario(state, shown.scenarioId) : null;
}

export function reporterOf(checked: CheckedScenario, beat: BeatView | null): Reporter | null {
  if (!beat) return null;
  return checked.scenario.reporters.find((r) => r.id === beat.reporterId) ?? null;
}

/** Seconds left to answer the current beat (null: no beat or no limit). */
export function answerSecondsLeft(view: SessionView): number | null {
  if (!view.beat || view.beat.deadline === null) return null;
  return Math.max(0, view.beat.deadline - view.now);
}

/** Fraction of the answer time left, 1 → 0 (null when there is no limit). */
export function answerFractionLeft(view: SessionView): number | null {
  const beat = view.beat;
  if (!beat || beat.deadline === null) return null;
  const total = beat.deadline - beat.askedAt;
  if (total <= 0) return 0;
  return Math.min(1, Math.max(0, (beat.deadline - view.now) / total));
}

export function conferenceSecondsLeft(view: SessionView): number {
  return Math.max(0, view.duration - view.now);
}

/** "m:ss", rounding up so 0:00 shows only when the time is really out. */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  const m = Math.floor(s / 60);
  return `${m}:${String(s % 60).padStart(2, '0')}`;
}

/** Reach as the feed shows it: 950, 12K, 1.2M. */
export function formatReach(reach: number, lang: string): string {
  return formatNumber(reach, lang, { notation: 'compact', maximumFractionDigits: 1 });
}

/** Net points per skill in one turn, in the order the skills first moved (zeros left out). */
export function skillMoves(turn: TurnRecord): { skill: string; points: number }[] {
  const totals = new Map<string, number>();
  for (const m of turn.moments) totals.set(m.skill, (totals.get(m.skill) ?? 0) + m.points);
  return [...totals.entries()].filter(([, points]) => points !== 0).map(([skill, points]) => ({ skill, points }));
}

/** "+2 Accuracy", "−1 Kịp thời": the skill named in the interface language. */
export function formatSkillMove(move: { skill: string; points: number }, lang: string): string {
  const name = skillName(move.skill, lang);
  return `${move.points > 0 ? '+' : '−'}${Math.abs(move.points)} ${name}`;
}
