// Naive players (`npm run bench:naive`; also asserted by tests/scenarios/naivePlayers.test.ts):
// trainees who do not read, played through the real engine on every bundled scenario. A score
// means something only if these do badly and the author's best plan does well.
//
//   longest-vi / -en   always picks the longest answer on screen, in that language
//   shortest-vi / -en  always the shortest
//   first              always the first answer on screen
//   random             a uniformly random answer (mean over RANDOM_SEEDS drills)
//   silence            never answers
//   end-0:13           never answers; the facilitator ends the conference at 0:13
//   best / poor        the scenario's plans named "best" and "poor…" (scenarios/*.plan.yaml)
//
// Every player that answers types a bare list of the rubric's rewarded phrases on a beat that
// only takes a typed answer (the cheapest way to game a rubric), RESPONSE_DELAY seconds after the
// question. Each is played unshuffled (the authored order) and shuffled (mean over SHUFFLE_SEEDS
// drill seeds). The figures to reach are TARGETS.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { seededRandom } from '../src/core/engine/shuffle.ts';
import type { CheckedScenario } from '../src/core/scenario/checked.ts';
import { loadScenario } from '../src/core/scenario/load.ts';
import { parsePlanFile, runPlan, type PlanFile } from '../src/core/scenario/plan.ts';
import type { Beat } from '../src/core/scenario/schema.ts';
import { Session } from '../src/core/session/session.ts';
import type { BeatView, SessionOptions, SessionView } from '../src/core/session/types.ts';

export const TARGETS = {
  /** Mean over the scenario's languages' longest-answer players, at most. */
  longest: 55,
  /** Mean over the random drills, at most. */
  random: 45,
  silence: 25,
  /** The facilitator ends the conference at 0:13 with nothing answered: silence too. */
  endedEarly: 25,
  /** The best plan, at least (100 as printed). */
  best: 99.5,
  poor: 30,
} as const;

export const RESPONSE_DELAY = 5;
export const RANDOM_SEEDS = Number(process.env.NAIVE_RANDOM_SEEDS) || 200;
export const SHUFFLE_SEEDS = Number(process.env.NAIVE_SHUFFLE_SEEDS) || 20;
export const EARLY_END = 13;

type Action = { kind: 'choose'; index: number } | { kind: 'type'; text: string } | { kind: 'silent' };
/** Decides a response from what is on screen (answers in their shown order) and the beat as authored. */
export type Strategy = (shown: BeatView, beat: Beat) => Action;

/** All the phrases of the rubric lines that give points, as a bare list: no sentence, no claim. */
export function keywordList(beat: Beat): string {
  const phrases = (beat.free_text?.rubric ?? []).filter((l) => l.points > 0).flatMap((l) => ('any' in l ? l.any : l.all));
  return [...new Set(phrases)].join(', ');
}

function textIn(text: BeatView['answers'][number]['text'], language: string): string {
  return typeof text === 'string' ? text : (text[language] ?? Object.values(text)[0] ?? '');
}

/** Picks by position on screen; a beat without answers gets the keyword list. */
function choosing(pick: (shown: BeatView) => number): Strategy {
  return (shown, beat) => {
    if (shown.answers.length === 0) return beat.free_text ? { kind: 'type', text: keywordList(beat) } : { kind: 'silent' };
    return { kind: 'choose', index: shown.answers[pick(shown)]!.index };
  };
}

/** Position of the longest (or shortest) answer in `language`; the first on screen on a tie. */
function byLength(language: string, longest: boolean): Strategy {
  return choosing((shown) => {
    let at = 0;
    shown.answers.forEach((a, p) => {
      const length = [...textIn(a.text, language)].length;
      const best = [...textIn(shown.answers[at]!.text, language)].length;
      if (longest ? length > best : length < best) at = p;
    });
    return at;
  });
}

export const strategies = {
  longest: byLength,
  shortest: (language: string) => byLength(language, false),
  first: choosing(() => 0),
  random: (seed: number): Strategy => {
    const random = seededRandom(seed);
    return choosing((shown) => Math.floor(random() * shown.answers.length));
  },
  silence: ((): Action => ({ kind: 'silent' })) as Strategy,
};

/** Plays one drill to its end; `endAt` has the facilitator end it at that second. Returns the overall score. */
export function playDrill(checked: CheckedScenario, strategy: Strategy, options: SessionOptions = {}, endAt?: number): number {
  return playDrillView(checked, strategy, options, endAt).score.overall;
}

/** As playDrill, the whole drill at its end. */
export function playDrillView(checked: CheckedScenario, strategy: Strategy, options: SessionOptions = {}, endAt?: number): SessionView {
  const session = Session.create(checked, options);
  session.start(0);
  const last = checked.scenario.duration + 1;
  for (let guard = 0; guard < 10_000 && session.view().status !== 'ended'; guard++) {
    const view = session.view();
    const shown = view.beat;
    if (endAt !== undefined && (shown === null || (shown.deadline ?? Infinity) >= endAt)) {
      // Nothing to answer before the facilitator steps in (this player never answers anyway).
      session.tick(endAt);
      session.end(endAt);
      break;
    }
    if (shown === null) {
      session.tick(last);
      continue;
    }
    const action = strategy(shown, checked.scenario.beats[shown.id]!);
    const at = shown.askedAt + RESPONSE_DELAY;
    if (action.kind === 'silent' || (shown.deadline !== null && at >= shown.deadline)) {
      session.tick(shown.deadline ?? last);
      continue;
    }
    session.tick(at);
    if (action.kind === 'choose') session.choose(action.index, at);
    else session.answerText(action.text, at);
  }
  session.tick(last);
  return session.view();
}

const mean = (xs: readonly number[]) => (xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length);
const seeds = (n: number, from = 1) => Array.from({ length: n }, (_, i) => from + i);

export interface Figure {
  player: string;
  /** Authored order. */
  unshuffled: number;
  /** Mean over SHUFFLE_SEEDS shuffled drills (the random player: RANDOM_SEEDS). */
  shuffled: number;
}

/** A deterministic player: unshuffled once, shuffled as the mean over `shuffles` drill seeds. */
function figure(checked: CheckedScenario, player: string, strategy: () => Strategy, shuffles: number, endAt?: number): Figure {
  return {
    player,
    unshuffled: playDrill(checked, strategy(), {}, endAt),
    shuffled: mean(seeds(shuffles).map((seed) => playDrill(checked, strategy(), { shuffleSeed: seed }, endAt))),
  };
}

export interface ScenarioFigures {
  id: string;
  languages: string[];
  figures: Figure[];
  /** Plans named "best" and "poor…", by name. */
  plans: Figure[];
  /** The endings a silent trainee reaches (sat through, and ended by the facilitator at 0:13): their texts must not claim what a silent trainee did. */
  silentEndings: { player: string; id: string; text: string }[];
}

export function naiveFigures(checked: CheckedScenario, plans: PlanFile | null, randomSeeds = RANDOM_SEEDS, shuffles = SHUFFLE_SEEDS): ScenarioFigures {
  const languages = checked.scenario.languages;
  const figures: Figure[] = [];
  for (const language of languages) figures.push(figure(checked, `longest-${language}`, () => strategies.longest(language, true), shuffles));
  for (const language of languages) figures.push(figure(checked, `shortest-${language}`, () => strategies.shortest(language), shuffles));
  figures.push(figure(checked, 'first', () => strategies.first, shuffles));
  figures.push({
    player: 'random',
    unshuffled: mean(seeds(randomSeeds).map((seed) => playDrill(checked, strategies.random(seed)))),
    // The drill's shuffle seed is kept apart from the player's, so the two streams are not alike.
    shuffled: mean(seeds(randomSeeds).map((seed) => playDrill(checked, strategies.random(seed), { shuffleSeed: (seed + 0x9e3779b9) >>> 0 }))),
  });
  figures.push(figure(checked, 'silence', () => strategies.silence, shuffles));
  figures.push(figure(checked, `end-0:${String(EARLY_END).padStart(2, '0')}`, () => strategies.silence, shuffles, EARLY_END));
  const planFigures: Figure[] = [];
  for (const plan of plans?.plans ?? []) {
    if (plan.name !== 'best' && !plan.name.startsWith('poor')) continue;
    planFigures.push({
      player: plan.name,
      unshuffled: runPlan(checked, plan).view.score.overall,
      shuffled: mean(seeds(shuffles).map((seed) => runPlan(checked, plan, { shuffleSeed: seed }).view.score.overall)),
    });
  }
  const silentEndings = (
    [
      ['silence', undefined],
      [`end-0:${String(EARLY_END).padStart(2, '0')}`, EARLY_END],
    ] as const
  ).map(([player, endAt]) => {
    const ending = playDrillView(checked, strategies.silence, {}, endAt).ending;
    const text = ending ? (typeof ending.text === 'string' ? ending.text : (ending.text.en ?? Object.values(ending.text)[0] ?? '')) : '';
    return { player, id: ending?.id ?? '–', text };
  });
  return { id: checked.scenario.id, languages, figures, plans: planFigures, silentEndings };
}

/** The figure a target is judged on: the worse of unshuffled and shuffled. */
export const worse = (f: Figure, high: boolean) => (high ? Math.max(f.unshuffled, f.shuffled) : Math.min(f.unshuffled, f.shuffled));

/** Where the TARGETS are missed, in words, for one scenario. */
export function missedTargets(s: ScenarioFigures): string[] {
  const out: string[] = [];
  const at = (n: number) => n.toFixed(1);
  for (const f of s.figures) {
    const v = worse(f, true);
    if (f.player.startsWith('longest-') && v > TARGETS.longest) out.push(`${s.id}: ${f.player} scores ${at(v)} (target ≤ ${TARGETS.longest})`);
    if (f.player === 'random' && v > TARGETS.random) out.push(`${s.id}: random scores ${at(v)} on average (target ≤ ${TARGETS.random})`);
    if (f.player === 'silence' && v > TARGETS.silence) out.push(`${s.id}: silence scores ${at(v)} (target ≤ ${TARGETS.silence})`);
    if (f.player.startsWith('end-') && v > TARGETS.endedEarly) out.push(`${s.id}: ${f.player} scores ${at(v)} (target ≤ ${TARGETS.endedEarly})`);
  }
  if (!s.plans.some((p) => p.player === 'best')) out.push(`${s.id}: has no plan named "best"`);
  if (!s.plans.some((p) => p.player.startsWith('poor'))) out.push(`${s.id}: has no plan named "poor…"`);
  for (const p of s.plans) {
    if (p.player === 'best' && worse(p, false) < TARGETS.best) out.push(`${s.id}: the best plan scores ${at(worse(p, false))} (target 100)`);
    if (p.player.startsWith('poor') && worse(p, true) > TARGETS.poor)
      out.push(`${s.id}: plan ${p.player} scores ${at(worse(p, true))} (target ≤ ${TARGETS.poor})`);
  }
  return out;
}

// ---- the bundled scenarios ----------------------------------------------------------------------

export const SCENARIO_DIR = process.env.NAIVE_SCENARIO_DIR ?? fileURLToPath(new URL('../scenarios/', import.meta.url));

export function bundledScenarios(dir = SCENARIO_DIR): { checked: CheckedScenario | null; file: string; plans: PlanFile | null }[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && !f.endsWith('.plan.yaml'))
    .sort();
  return files.map((file) => {
    const { checked } = loadScenario(readFileSync(`${dir}/${file}`, 'utf8'), `scenarios/${file}`);
    const planPath = `${dir}/${file.replace(/\.yaml$/, '.plan.yaml')}`;
    let plans: PlanFile | null = null;
    try {
      plans = parsePlanFile(readFileSync(planPath, 'utf8')).plan;
    } catch {
      plans = null;
    }
    return { checked, file, plans };
  });
}

function main(): void {
  const started = performance.now();
  const all: ScenarioFigures[] = [];
  for (const { checked, file, plans } of bundledScenarios()) {
    if (!checked) {
      console.log(`${file}: does not load (npm run scenario -- check scenarios/${file})`);
      continue;
    }
    all.push(naiveFigures(checked, plans));
  }
  const players = [...new Set(all.flatMap((s) => [...s.figures, ...s.plans].map((f) => f.player)))];
  const cell = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(0)).padStart(5);
  const width = Math.max(...all.map((s) => s.id.length), 8);
  console.log(`naive players: overall score 0–100, unshuffled / shuffled (mean of ${SHUFFLE_SEEDS} seeds; random: ${RANDOM_SEEDS} drills)\n`);
  for (const mode of ['unshuffled', 'shuffled'] as const) {
    console.log(`${mode}:`);
    console.log(`${'scenario'.padEnd(width)} ${players.map((p) => p.slice(0, 11).padStart(12)).join('')}`);
    const row = (label: string, value: (p: string) => number | undefined) =>
      console.log(`${label.padEnd(width)} ${players.map((p) => cell(value(p)).padStart(12)).join('')}`);
    for (const s of all) row(s.id, (p) => [...s.figures, ...s.plans].find((f) => f.player === p)?.[mode]);
    row('mean', (p) => mean(all.flatMap((s) => [...s.figures, ...s.plans].filter((f) => f.player === p).map((f) => f[mode]))));
    console.log('');
  }
  console.log('endings a silent trainee reaches (their text must not claim what did not happen):');
  for (const s of all)
    for (const e of s.silentEndings) console.log(`  ${s.id} ${e.player}: ${e.id} — ${e.text.length > 110 ? `${e.text.slice(0, 110)}…` : e.text}`);
  console.log('');
  const missed = all.flatMap(missedTargets);
  console.log(
    `targets: longest ≤ ${TARGETS.longest}, random ≤ ${TARGETS.random}, silence ≤ ${TARGETS.silence}, ended at 0:13 ≤ ${TARGETS.endedEarly}, best 100, poor ≤ ${TARGETS.poor} (per scenario, the worse of unshuffled and shuffled)`,
  );
  console.log(missed.length === 0 ? 'all met' : `missed (${missed.length}):\n  ${missed.join('\n  ')}`);
  console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
