// What the facilitator console shows and the room must not see, built on the projector from the
// running drill: each option with its effects, feedback and which one is best, what comes next on
// each branch, the trainee's draft as it is typed, the running per-skill score, the timeline, the
// hot seat's cards, the notes. Texts are resolved to the drill's language here, so the console
// needs no scenario of its own. Plain data (it crosses the BroadcastChannel by structured clone).
import { bestChoiceOf } from '../../core/report/bestAnswer.ts';
import { eventKey, buildRules } from '../../core/engine/rules.ts';
import { seatedNow, traineeCards } from '../../core/live/hotSeat.ts';
import type { CheckedScenario } from '../../core/scenario/checked.ts';
import type { Next, Text } from '../../core/scenario/schema.ts';
import type { LogEntry, ScoreCard, SessionView } from '../../core/session/types.ts';
import { resolveText } from '../../i18n/resolveText.ts';
import type { ScreenKey } from '../../state/store.ts';
import type { FacilitatorMessage } from './facilitatorMessages.ts';
import type { LiveState } from './liveSettings.ts';

export interface NextStep {
  /** A beat's id, or the scenario's end. */
  target: string;
  /** Who asks it ('' for the end). */
  reporter: string;
  /** The question it asks (shortened), or '' for the end. */
  ask: string;
  conditional: boolean;
}

export interface ConsoleAnswer {
  /** 1-based, as shown on the projector (shuffled per drill). */
  position: number;
  text: string;
  effects: Record<string, number>;
  feedback: string;
  best: boolean;
  critical: boolean;
  next: NextStep[];
}

export interface ConsoleBeat {
  id: string;
  reporter: string;
  ask: string;
  askedAt: number;
  deadline: number | null;
  answers: ConsoleAnswer[];
  /** A typed question: its rubric lines and model answer. */
  typed: { lines: { skill: string; points: number; phrases: string[] }[]; model: string; next: NextStep[] } | null;
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
    /** 'skipped': the facilitator skipped the question (not scored, credited to no one). */
    kind: 'answer' | 'typed' | 'silence' | 'skipped' | 'live';
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

function effectsOf(e: Record<string, number> | undefined): Record<string, number> {
  return Object.fromEntries(Object.entries(e ?? {}).filter(([, v]) => v !== 0));
}

function consoleBeat(checked: CheckedScenario, view: SessionView, lang: string): ConsoleBeat | null {
  const b = view.beat;
  const beat = b ? checked.scenario.beats[b.id] : undefined;
  if (!b || !beat) return null;
  const best = bestChoiceOf(checked.scenario, beat);
  const t = (x: Text | undefined) => resolveText(x, lang);
  return {
    id: b.id,
    reporter: reporterName(checked, beat.reporter),
    ask: t(beat.ask),
    askedAt: b.askedAt,
    deadline: b.deadline,
    answers: b.answers.map((a, i) => {
      const authored = beat.answers![a.index]!;
      return {
        position: i + 1,
        text: t(authored.text),
        effects: effectsOf(authored.effects),
        feedback: t(authored.feedback),
        best: best?.answerIndex === a.index,
        critical: authored.critical === true,
        next: nextSteps(checked, authored.next, lang),
      };
    }),
    typed: beat.free_text
      ? {
          lines: beat.free_text.rubric.map((l) => ({ skill: l.skill, points: l.points, phrases: 'any' in l ? l.any : l.all })),
          model: t(beat.free_text.model_answer),
          next: nextSteps(checked, beat.free_text.next, lang),
        }
      : null,
    silence: {
      effects: effectsOf(beat.on_timeout?.effects),
      next: nextSteps(checked, beat.on_timeout?.next ?? beat.answers?.[0]?.next ?? beat.free_text?.next, lang),
    },
  };
}

function pointsOf(moments: readonly { skill: string; points: number }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of moments) out[m.skill] = (out[m.skill] ?? 0) + m.points;
  return out;
}

export function consoleDrill(checked: CheckedScenario, view: SessionView, log: readonly LogEntry[], lang: string, draft: string): ConsoleDrill {
  const scenario = checked.scenario;
  const rules = buildRules(checked, {});
  const seats = log.filter((e) => e.type === 'seat');
  const who = (at: number) => {
    let name: string | null = null;
    for (const s of seats) if (s.at <= at && s.type === 'seat') name = s.trainee;
    return name;
  };
  const timeline: ConsoleDrill['timeline'] = [];
  for (const turn of view.turns) {
    if (turn.response.kind === 'ended') continue;
    const beat = scenario.beats[turn.beatId];
    const r = turn.response;
    const answer = r.kind === 'choice' ? resolveText(beat?.answers?.[r.answerIndex]?.text, lang) : r.kind === 'text' ? r.text : '';
    timeline.push({
      at: turn.answeredAt,
      kind: r.kind === 'choice' ? 'answer' : r.kind === 'text' ? 'typed' : r.kind === 'skipped' ? 'skipped' : 'silence',
      ask: short(resolveText(beat?.ask, lang)),
      answer: short(answer, 140),
      points: pointsOf(turn.moments),
      trainee: r.kind === 'skipped' ? null : who(turn.answeredAt),
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
