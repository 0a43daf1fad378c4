// What the facilitator console shows and the room must not see, built on the projector from the
// running drill: each option with its effects, feedback and which one is best, what comes next on
// each branch, the trainee's draft as it is typed, the running per-skill score, the timeline, the
// hot seat's cards, the notes. Texts are resolved to the drill's language here, so the console
// needs no scenario of its own. Plain data (it crosses the BroadcastChannel by structured clone).
import { silenceNext } from '../../core/engine/silence.ts';
import { eventKey, buildRules } from '../../core/engine/rules.ts';
import { seatedAt, seatedNow, seatsOf, traineeCards } from '../../core/live/hotSeat.ts';
import type { CheckedScenario } from '../../core/scenario/checked.ts';
import type { Next } from '../../core/scenario/schema.ts';
import type { LogEntry, ScoreCard, SessionView } from '../../core/session/types.ts';
import { resolveText } from '../../i18n/resolveText.ts';
import type { ScreenKey } from '../../state/store.ts';
import { effectsOf } from './answers/choice.ts';
import { CONSOLE_ANSWER_DATA, type ConsoleBeatAnswers } from './answers/registry.ts';
import type { NextStep } from './answers/types.ts';
import type { FacilitatorMessage } from './facilitatorMessages.ts';
import type { LiveState } from './liveSettings.ts';

export type { NextStep };

/** The asked beat; each answer kind adds its piece (answers/registry.ts: `answers`, `typed`). */
export type ConsoleBeat = ConsoleBeatBase & ConsoleBeatAnswers;

interface ConsoleBeatBase {
  id: string;
  reporter: string;
  ask: string;
  askedAt: number;
  deadline: number | null;
  /** Where silence leads. */
  silence: { effects: Record<string, number>; next: NextStep[] } | null;
}

export interface ConsoleDrill {
  scenarioId: string;
  title: string;
  status: SessionView['status'];
  now: number;
  duration: number;
  beat: ConsoleBeat | null;
  draft: string;
  score: ScoreCard;
  /** Something was scored (an answer, a silence, a rumour, a live item): before, the score says nothing yet. */
  scored: boolean;
  skills: string[];
  timeline: {
    at: number;
    /** `silence`, `skipped` (the facilitator skipped the question: not scored, credited to no one), `live`, or the answer kind's label (answers/: `answer`, `typed`). */
    kind: string;
    ask: string;
    answer: string;
    points: Record<string, number>;
    trainee: string | null;
  }[];
  rumours: { id: string; text: string; state: string; appearedAt: number | null; rebuttedAt: number | null }[];
  events: { key: string; kind: string; at: number; text: string; released: boolean }[];
  notes: { at: number; text: string }[];
  seat: string | null;
  cards: { trainee: string; overall: number; skills: { skill: string; percent: number }[]; questions: number }[];
  ending: { text: string; reason: string } | null;
}

export interface ConsoleView {
  /** Epoch ms when the projector published it. */
  publishedAt: number;
  screen: ScreenKey;
  lang: string;
  live: LiveState;
  scenarios: { id: string; title: string; languages: string[] }[];
  drill: ConsoleDrill | null;
  latencyMs: number | null;
  /** The app's messages for the facilitator (scorecards saved, storage problems), newest last. */
  messages: FacilitatorMessage[];
  /** The projector was reloaded onto this drill, which waits paused where it was for the facilitator's Resume. */
  pausedByReload: boolean;
}

const short = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function nextSteps(checked: CheckedScenario, next: Next | undefined, lang: string): NextStep[] {
  if (next === undefined) return [];
  const branches = typeof next === 'string' ? [{ goto: next, conditional: false }] : next.map((b) => ({ goto: b.goto, conditional: b.if !== undefined }));
  return branches.map(({ goto, conditional }) => {
    const beat = checked.scenario.beats[goto];
    return { target: goto, reporter: beat ? reporterName(checked, beat.reporter) : '', ask: beat ? short(resolveText(beat.ask, lang)) : '', conditional };
  });
}

function reporterName(checked: CheckedScenario, id: string): string {
  return checked.scenario.reporters.find((r) => r.id === id)?.name ?? id;
}

function consoleBeat(checked: CheckedScenario, view: SessionView, lang: string): ConsoleBeat | null {
  const b = view.beat;
  const beat = b ? checked.scenario.beats[b.id] : undefined;
  if (!b || !beat) return null;
  const steps = (next: Next | undefined) => nextSteps(checked, next, lang);
  const base: ConsoleBeatBase = {
    id: b.id,
    reporter: reporterName(checked, beat.reporter),
    ask: resolveText(beat.ask, lang),
    askedAt: b.askedAt,
    deadline: b.deadline,
    silence: { effects: effectsOf(beat.on_timeout?.effects), next: steps(silenceNext(beat)) },
  };
  return Object.assign(base, ...CONSOLE_ANSWER_DATA.map((kind) => kind.beat({ checked, view: b, beat, lang, steps }))) as ConsoleBeat;
}

function pointsOf(moments: readonly { skill: string; points: number }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of moments) out[m.skill] = (out[m.skill] ?? 0) + m.points;
  return out;
}

export function consoleDrill(checked: CheckedScenario, view: SessionView, log: readonly LogEntry[], lang: string, draft: string): ConsoleDrill {
  const scenario = checked.scenario;
  const rules = buildRules(checked, {});
  // Who answered: the trainee the hot seat credits (the same rule as the cards and the projector's badge).
  const seats = seatsOf(log);
  const who = (at: number) => seatedAt(seats, at);
  const timeline: ConsoleDrill['timeline'] = [];
  for (const turn of view.turns) {
    if (turn.response.kind === 'ended') continue;
    const beat = scenario.beats[turn.beatId];
    const skipped = turn.response.kind === 'skipped';
    // An answer: its kind's label and words (answers/registry.ts); else silence, or a skip.
    const answered = CONSOLE_ANSWER_DATA.map((kind) => kind.turn(beat, turn, lang)).find((said) => said !== null) ?? {
      kind: skipped ? 'skipped' : 'silence',
      answer: '',
    };
    timeline.push({
      at: turn.answeredAt,
      kind: answered.kind,
      ask: short(resolveText(beat?.ask, lang)),
      answer: short(answered.answer, 140),
      points: pointsOf(turn.moments),
      trainee: skipped ? null : who(turn.answeredAt),
    });
  }
  for (const e of log) {
    if (e.type !== 'live') continue;
    timeline.push({
      at: e.at,
      kind: 'live',
      ask: short(e.ask),
      answer: short(e.reason, 140),
      points: { ...e.effects } as Record<string, number>,
      trainee: who(e.at),
    });
  }
  timeline.sort((a, b) => a.at - b.at);
  const onFeed = new Set(view.feed.map((f) => f.key));
  return {
    scenarioId: scenario.id,
    title: resolveText(scenario.title, lang),
    status: view.status,
    now: view.now,
    duration: view.duration,
    beat: consoleBeat(checked, view, lang),
    draft,
    score: view.score,
    scored: view.moments.length > 0,
    skills: [...rules.skills],
    timeline,
    rumours: view.rumours.map((r) => ({
      id: r.id,
      text: short(resolveText(r.text, lang), 120),
      state: r.state,
      appearedAt: r.appearedAt,
      rebuttedAt: r.rebuttedAt,
    })),
    events: scenario.events.map((e, i) => {
      const key = eventKey(e, i);
      return { key, kind: e.kind, at: e.at, text: short(resolveText(e.text, lang), 120), released: onFeed.has(`event:${key}`) };
    }),
    notes: log.flatMap((e) => (e.type === 'note' ? [{ at: e.at, text: e.text }] : [])),
    seat: seatedNow(log),
    cards: traineeCards(scenario, rules, view, log).map((c) => ({
      trainee: c.trainee,
      overall: c.score.overall,
      skills: c.score.skills.map((s) => ({ skill: s.skill, percent: s.percent })),
      questions: c.turns.length + c.liveCount,
    })),
    ending: view.ending ? { text: resolveText(view.ending.text, lang), reason: view.ending.reason } : null,
  };
}
