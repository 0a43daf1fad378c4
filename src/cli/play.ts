// `scenario play FILE --answers 1,2,"text:…",timeout`: plays a scenario headless, in accelerated
// drill time, through the same Session the game uses, and prints what happened: each question and
// answer with the points it moved and why, the feed, the ending and the scores.
import type { SessionView, ScoredMoment, TurnRecord, FeedItem } from '../core/session/types.ts';
import { CRITICAL_CAP } from '../core/engine/critical.ts';
import { eventKey } from '../core/engine/rules.ts';
import { isShuffleSeed } from '../core/engine/shuffle.ts';
import { driveStep, runClock, type DriveProblem, type DriveStep } from '../core/session/drive.ts';
import { Session } from '../core/session/session.ts';
import { formatDiagnostic } from '../core/scenario/diagnostics.ts';
import { loadScenario } from '../core/scenario/load.ts';
import type { Scenario } from '../core/scenario/schema.ts';
import { SKILL_NAMES, isSkillId } from '../core/skills.ts';
import { resolveText } from '../i18n/resolveText.ts';
import { saidInTerminal } from './engineNotes.ts';
import { readScenarioFile } from './readFiles.ts';

export const PLAY_HELP = `Usage: npm run scenario -- play FILE --answers LIST [--after N] [--lang vi|en] [--no-time-limits] [--shuffle SEED]

Plays the scenario headless in accelerated time and prints the transcript: each question, the
answer, every point it moved with the reason, the feed (rumours, breaking news, calls, notes), the
ending and the scores (per skill: raw points, lowest..highest possible, 0-100; then overall).

  --answers LIST  what the spokesperson does at each beat, in order, separated by commas:
                    2              pick answer 2 (numbered from 1, as on screen: the file's
                                   order, or the shuffled order with --shuffle)
                    text:WORDS     type an answer (quote it; it may contain commas)
                    timeout        stay silent until the time limit
                    inject:ID      the facilitator releases rumour or event ID now (no beat used)
                  Beats left after the list time out. The option may be given more than once.
  --after N       answer N seconds after each question (default 5; capped just under its limit)
  --lang CODE     language of the texts (default: the scenario's first language)
  --no-time-limits  no answer time limits (as the game's accessibility setting); then "timeout"
                  is not available
  --shuffle SEED  show the answers shuffled as a drill with this seed does in the game (an integer
                  0 to 4294967295); without it they keep the order of the file
  --help          this text

Exit status: 0 played, 1 the scenario has errors (they are printed), 2 the file cannot be read or
the options do not fit the scenario.`;

type Action = { kind: 'choose'; n: number } | { kind: 'type'; text: string } | { kind: 'timeout' } | { kind: 'inject'; id: string };

class UsageError extends Error {}

const TOKEN_START = /^\s*["']?(\d+["']?\s*$|timeout["']?\s*$|text:|inject:)/i;
const IS_TEXT = /^\s*["']?text:/i;

/** A token may keep the quotes a shell left in (e.g. when the whole list was quoted). */
function unquote(token: string): string {
  const t = token.trim();
  const q = t[0];
  if ((q === '"' || q === "'") && t.length > 1 && t.endsWith(q)) return t.slice(1, -1).trim();
  return q === '"' || q === "'" ? t.slice(1).trim() : t;
}

/** Splits the --answers list; a comma inside a text: answer belongs to the text. */
export function parseAnswers(list: string): Action[] {
  const pieces: string[] = [];
  for (const piece of list.split(',')) {
    if (pieces.length > 0 && IS_TEXT.test(pieces[pieces.length - 1]!) && !TOKEN_START.test(piece)) pieces[pieces.length - 1] += `,${piece}`;
    else pieces.push(piece);
  }
  return pieces
    .filter((p) => p.trim() !== '')
    .map((raw) => {
      const p = unquote(raw);
      if (/^\d+$/.test(p)) return { kind: 'choose', n: Number(p) };
      if (/^timeout$/i.test(p)) return { kind: 'timeout' };
      if (/^text:/i.test(p)) return { kind: 'type', text: unquote(p.slice(5)) };
      if (/^inject:/i.test(p)) return { kind: 'inject', id: p.slice(7).trim() };
      throw new UsageError(`"${p}" in --answers is not an answer number, "text:…", "timeout" or "inject:ID"`);
    });
}

interface Options {
  file: string;
  actions: Action[];
  after: number;
  lang: string | null;
  timeLimits: boolean;
  shuffleSeed: number | undefined;
}

function parseArgs(argv: string[]): Options | 'help' {
  const opts: Options = { file: '', actions: [], after: 5, lang: null, timeLimits: true, shuffleSeed: undefined };
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--help' || arg === '-h') return 'help';
    else if (arg === '--answers') opts.actions.push(...parseAnswers(value()));
    else if (arg.startsWith('--answers=')) opts.actions.push(...parseAnswers(arg.slice(10)));
    else if (arg === '--after') opts.after = Number(value());
    else if (arg === '--lang') opts.lang = value();
    else if (arg === '--no-time-limits') opts.timeLimits = false;
    else if (arg === '--shuffle') {
      const seed = Number(value());
      if (!isShuffleSeed(seed)) throw new UsageError('--shuffle is a seed: a whole number from 0 to 4294967295');
      opts.shuffleSeed = seed;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (files.length !== 1) throw new UsageError(files.length === 0 ? 'give the scenario file to play' : 'play one scenario file at a time');
  if (!Number.isFinite(opts.after) || opts.after < 0) throw new UsageError('--after is a number of seconds, 0 or more');
  opts.file = files[0]!;
  return opts;
}

// ---- playing ---------------------------------------------------------------------------------

function act(session: Session, scenario: Scenario, action: Action, after: number, step: number): void {
  let drive: DriveStep;
  if (action.kind === 'inject') {
    const what = scenario.rumours.some((r) => r.id === action.id)
      ? { rumour: action.id }
      : scenario.events.some((e, i) => eventKey(e, i) === action.id)
        ? { event: action.id }
        : null;
    if (!what) throw new UsageError(`answer ${step}: the scenario has no rumour or event "${action.id}" to inject`);
    drive = { kind: 'inject', what };
  }
  // The number is the position on screen; the driver finds the authored answer.
  else drive = action.kind === 'choose' ? { kind: 'choose', answer: action.n, by: 'shown' } : action;
  const problem = driveStep(session, drive, { after, late: 'cap' });
  if (problem) throw new UsageError(`answer ${step}: ${problemText(problem)}`);
}

function problemText(problem: DriveProblem): string {
  switch (problem.code) {
    case 'no-time-limits':
      return '"timeout" needs answer time limits (drop --no-time-limits)';
    case 'no-such-answer':
      return `beat ${problem.beat} has ${problem.answers === 0 ? 'no answers to pick (type one with text:…)' : `answers 1 to ${problem.answers}, not ${problem.answer}`}`;
    case 'no-typed-answer':
      return `beat ${problem.beat} takes no typed answer (pick one by number)`;
    case 'too-late':
      return `beat ${problem.beat}: ${problem.after} s is past its ${problem.limit} s time limit`;
    case 'left-beat':
      return `the drill left beat ${problem.beat} before the answer at ${clock(problem.at)} (${problem.ended ? 'it ended' : `now at ${problem.now}`})`;
  }
}

function play(scenario: Session, source: Scenario, opts: Options): void {
  scenario.start(0);
  opts.actions.forEach((action, i) => {
    if (scenario.view().status === 'ended') return;
    act(scenario, source, action, opts.after, i + 1);
  });
  runClock(scenario, source.duration + 1);
}

// ---- printing --------------------------------------------------------------------------------

const clock = (t: number) => `${Math.floor(t / 60)}:${String(Math.floor(t % 60)).padStart(2, '0')}`;
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

function skillName(skill: string, lang: string): string {
  if (!isSkillId(skill)) return skill;
  return lang === 'vi' ? SKILL_NAMES[skill].vi : SKILL_NAMES[skill].en;
}

/** 1-based position on screen of an authored answer (the turn's shown order, if shuffled). */
const position = (answerIndex: number, shown: readonly number[] | undefined) => (shown ? shown.indexOf(answerIndex) : answerIndex) + 1;

function reason(m: ScoredMoment, shown?: readonly number[]): string {
  const s = m.source;
  switch (s.kind) {
    case 'answer':
      return `answer ${position(s.answerIndex, shown)}`;
    case 'rubric':
      return `rubric line ${s.lineIndex + 1}, matched ${s.matched.map((p) => `"${p}"`).join(', ')}`;
    case 'timeout':
      return s.ended === 'open'
        ? 'unanswered when the conference ended: counts as silence'
        : s.ended === 'unasked'
          ? `${s.beatId} never asked: the conference ended first; counts as silence`
          : 'silence until the time limit';
    case 'rumour':
      return `rumour ${s.rumourId}: ${s.measure}`;
    case 'facilitator':
      return `scored by the facilitator: "${s.ask}"${s.reason ? ` (${s.reason})` : ''}`;
  }
}

/** One line per moment; feedback already shown for the whole turn (`said`) is not repeated. */
function momentLines(moments: readonly ScoredMoment[], lang: string, said = '', shown?: readonly number[]): string[] {
  return moments.map((m) => {
    const feedback = saidInTerminal(m, lang);
    return `        ${signed(m.points).padStart(3)} ${m.skill}  (${reason(m, shown)})${feedback && feedback !== said ? ` — ${feedback}` : ''}`;
  });
}

function questionLine(turn: TurnRecord, source: Scenario, lang: string): string {
  const beat = source.beats[turn.beatId]!;
  const reporter = source.reporters.find((r) => r.id === beat.reporter);
  const who = reporter ? `${reporter.name} (${resolveText(reporter.outlet, lang)})` : beat.reporter;
  const order = turn.shown ? `\n        (answers shown in the file's order ${turn.shown.map((i) => i + 1).join(', ')})` : '';
  return `[${clock(turn.askedAt)}] ${turn.beatId} — ${who}: ${resolveText(beat.ask, lang)}${order}`;
}

function responseLines(turn: TurnRecord, source: Scenario, lang: string): string[] {
  const beat = source.beats[turn.beatId]!;
  const r = turn.response;
  const when = `[${clock(turn.answeredAt)}]`;
  const lines: string[] = [];
  if (r.kind === 'choice') {
    const critical = beat.answers?.[r.answerIndex]?.critical ? '  [CRITICAL ERROR]' : '';
    lines.push(`${when}   → answer ${position(r.answerIndex, turn.shown)}: ${resolveText(beat.answers?.[r.answerIndex]?.text, lang)}${critical}`);
  } else if (r.kind === 'text') {
    lines.push(`${when}   → typed: "${r.text}"${r.overLimit ? ` (over the ${beat.free_text?.max_words}-word limit: only the first words count)` : ''}`);
    if (r.stuffing) lines.push(`         (reads as a list of rubric phrases: ${r.stuffing})`);
    for (const n of r.notCounted ?? []) lines.push(`         not counted: "${n.phrase}" (rubric line ${n.lineIndex + 1}, ${NOT_COUNTED[n.reason]})`);
  } else if (r.kind === 'timeout') lines.push(`${when}   → (silence until the time limit)`);
  else if (r.kind === 'skipped') lines.push(`${when}   → (skipped by the facilitator: not scored)`);
  else lines.push(`${when}   → (cut off: the conference ended)`);
  const feedback = saidInTerminal(turn, lang);
  if (feedback) lines.push(`        “${feedback}”`);
  lines.push(...momentLines(turn.moments, lang, feedback, turn.shown));
  return lines;
}

/** Why a phrase found in a typed answer earned nothing (engine/rubric.ts). */
const NOT_COUNTED = { negated: 'denied', unless: 'excluded by unless', fragment: 'not in a sentence' } as const;

function feedLine(item: FeedItem, lang: string): string {
  const kind = item.kind === 'rumour' ? 'RUMOUR' : item.kind.toUpperCase();
  return `[${clock(item.at)}] ${kind}${item.from !== undefined ? ` ${resolveText(item.from, lang)}` : ''}: ${resolveText(item.text, lang)}`;
}

function transcript(view: SessionView, source: Scenario, lang: string): string {
  const out: string[] = [`${resolveText(source.title, lang)} (${source.id}), played in "${lang}"`, ''];
  // At the same second: an answer, then what appeared on the feed, then the next question.
  const entries: { at: number; rank: number; lines: string[] }[] = [
    ...view.turns.map((t) => ({ at: t.askedAt, rank: 2, lines: [questionLine(t, source, lang)] })),
    ...view.turns.map((t) => ({ at: t.answeredAt, rank: 0, lines: responseLines(t, source, lang) })),
    ...view.feed.map((f) => ({ at: f.at, rank: 1, lines: [feedLine(f, lang)] })),
  ];
  entries.sort((a, b) => a.at - b.at || a.rank - b.rank);
  for (const e of entries) out.push(...e.lines);

  const inTurns = new Set(view.turns.flatMap((t) => t.moments));
  const atEnd = view.moments.filter((m) => !inTurns.has(m));
  const ending = view.ending;
  out.push('');
  if (atEnd.length) out.push(`[${clock(view.now)}] At the end:`, ...momentLines(atEnd, lang));
  if (ending) {
    const why = { end: 'the questions ran out', duration: 'the time ran out', facilitator: 'the facilitator ended it' }[ending.reason];
    out.push(`Ending: ${ending.id} (${why}, at ${clock(view.now)}) — ${resolveText(ending.text, lang)}`);
  }
  out.push('', 'Scores:', `  ${'skill'.padEnd(18)}${'raw'.padStart(5)}  ${'min..max'.padEnd(10)}${'0-100'.padStart(6)}`);
  for (const s of view.score.skills) {
    out.push(
      `  ${s.skill.padEnd(18)}${signed(s.raw).padStart(5)}  ${`${s.min}..${s.max}`.padEnd(10)}${s.percent.toFixed(0).padStart(6)}  ${skillName(s.skill, lang)}`,
    );
  }
  const capped = view.score.critical?.length
    ? `  capped at ${CRITICAL_CAP} by ${view.score.critical.length === 1 ? 'a critical error' : `${view.score.critical.length} critical errors`} (${view.score.critical.map((c) => c.beatId).join(', ')})${view.score.uncapped !== undefined ? `; ${view.score.uncapped.toFixed(0)} without` : ''}`
    : '';
  out.push(`  ${'overall'.padEnd(18)}${''.padStart(5)}  ${''.padEnd(10)}${view.score.overall.toFixed(0).padStart(6)}${capped}`);
  return out.join('\n');
}

// ---- the command -----------------------------------------------------------------------------

export async function runPlay(argv: string[]): Promise<number> {
  let opts: Options | 'help';
  try {
    opts = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`scenario play: ${error.message}\n\n${PLAY_HELP}`);
    return 2;
  }
  if (opts === 'help') {
    console.log(PLAY_HELP);
    return 0;
  }
  const read = readScenarioFile(opts.file);
  if ('problem' in read) {
    console.error(formatDiagnostic(read.problem));
    return read.problem.code === 'cannot-read' ? 2 : 1;
  }
  const { checked, diagnostics } = loadScenario(read.text, opts.file);
  for (const d of diagnostics) console.error(formatDiagnostic(d));
  if (!checked) return 1;
  const scenario = checked.scenario;
  const lang = opts.lang ?? scenario.languages[0]!;
  if (!scenario.languages.includes(lang)) {
    console.error(`scenario play: "${scenario.id}" is written in ${scenario.languages.join(', ')}, not "${lang}"`);
    return 2;
  }
  const session = Session.create(checked, {
    ...(opts.timeLimits ? {} : { answerTimeFactor: null }),
    ...(opts.shuffleSeed === undefined ? {} : { shuffleSeed: opts.shuffleSeed }),
  });
  try {
    play(session, scenario, opts);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.log(transcript(session.view(), scenario, lang));
    console.error(`\nscenario play: ${error.message}`);
    return 2;
  }
  console.log(transcript(session.view(), scenario, lang));
  return 0;
}
