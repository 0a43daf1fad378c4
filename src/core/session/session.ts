// A running drill: the compiled machine's actor, the event log and the view. Every method takes the
// drill time explicitly (seconds from a DrillClock), so the same calls always give the same drill:
// that is what replay, restore and the accelerated tests rely on.
//
// Before an answer, a pause or an inject is applied, time is brought up to its instant (a tick), so
// whatever fell due first (a timeout, an escalation) happens first. Calls that make no sense (an
// answer with no beat asked, anything after the end, an unknown inject) are ignored, never thrown.
// The log keeps every call but merges consecutive ticks into the last one: ticks only move the
// horizon, and the engine's result does not depend on how finely time was sliced (timeline.ts).
import { createActor, type Actor } from 'xstate';
import { kindOfEntry, type AnswerLogEntry } from '../answers/registry.ts';
import { compileDrill, type DrillEvent, type DrillMachine } from '../engine/compile.ts';
import type { DrillContext } from '../engine/drillContext.ts';
import type { InjectTarget } from '../engine/injects.ts';
import { buildRules, type DrillRules } from '../engine/rules.ts';
import type { CheckedScenario } from '../scenario/checked.ts';
import { migrateSavedDrill, SavedDrillError } from './migrations/index.ts';
import { SAVED_DRILL_FORMAT, type SavedDrill } from './saved.ts';
import type { LogEntry, SessionOptions, SessionView } from './types.ts';
import { buildView } from './view.ts';
import type { LiveLogEntry } from '../live/liveEntries.ts';
import { withLiveScores } from '../live/liveScore.ts';

type Listener = (view: SessionView) => void;

/**
 * Whether a persisted snapshot can belong to this scenario's machine: at rest a drill is ready,
 * ended, or asking a beat that exists, and it tracks exactly the scenario's rumours. Checked before
 * XState sees it, because XState reports a mismatch asynchronously as an actor error.
 */
function snapshotFits(rules: DrillRules, snapshot: unknown): boolean {
  const snap = snapshot as { value?: unknown; context?: Partial<DrillContext> };
  const ctx = snap.context;
  if (!ctx || typeof ctx !== 'object' || !ctx.rumours || !Array.isArray(ctx.pending)) return false;
  const value = snap.value;
  if (value !== 'ready' && value !== 'ended') {
    const running = (value as { running?: unknown } | null)?.running;
    if (typeof running !== 'object' || running === null) return false;
    const entries = Object.entries(running);
    if (entries.length !== 1 || !rules.beats.has(entries[0]![0]) || entries[0]![1] !== 'asking') return false;
  }
  if (ctx.beat && !rules.beats.has(ctx.beat.id)) return false;
  if (!ctx.pending.every((b) => rules.beats.has(b))) return false;
  const tracked = Object.keys(ctx.rumours);
  return tracked.length === rules.rumours.size && tracked.every((id) => rules.rumours.has(id));
}

export class Session {
  private readonly actor: Actor<DrillMachine>;
  private readonly rules: DrillRules;
  private readonly options: SessionOptions;
  private readonly entries: LogEntry[];
  private readonly listeners = new Set<Listener>();
  private cached: { snapshot: unknown; live: number; view: SessionView } | null = null;
  /** Facilitator entries logged so far (a new one changes the view without changing the machine). */
  private liveEntries = 0;

  private constructor(checked: CheckedScenario, options: SessionOptions, snapshot: unknown, log: LogEntry[]) {
    const { machine, rules } = compileDrill(checked, options);
    this.rules = rules;
    this.options = { ...options };
    this.entries = log;
    this.actor = snapshot === undefined ? createActor(machine) : createActor(machine, { snapshot: snapshot as never });
    // An actor error surfaces as the snapshot's status (checked by restore), not as an uncaught throw.
    this.actor.subscribe({ error: () => {} });
    this.actor.start();
  }

  static create(checked: CheckedScenario, options: SessionOptions = {}): Session {
    return new Session(checked, options, undefined, []);
  }

  /** Comes back to a saved drill: same beat, scores, rumours and drill time. */
  static restore(checked: CheckedScenario, saved: SavedDrill | unknown): Session {
    const data = migrateSavedDrill(saved);
    if (data.scenarioId !== checked.scenario.id) {
      throw new SavedDrillError({ code: 'other-scenario', saved: data.scenarioId, scenario: checked.scenario.id });
    }
    if (!snapshotFits(buildRules(checked, data.options), data.snapshot)) {
      throw new SavedDrillError({ code: 'scenario-changed', scenario: checked.scenario.id });
    }
    const session = new Session(checked, data.options, data.snapshot, [...data.log]);
    session.liveEntries = data.log.filter((e) => e.type === 'live' || e.type === 'seat' || e.type === 'note').length;
    if (session.actor.getSnapshot().status === 'error') {
      throw new SavedDrillError({ code: 'cannot-restore', scenario: checked.scenario.id });
    }
    return session;
  }

  private get context(): DrillContext {
    return this.actor.getSnapshot().context;
  }

  private get ended(): boolean {
    return this.context.ending !== null;
  }

  private record(entry: LogEntry): void {
    const last = this.entries[this.entries.length - 1];
    if (entry.type === 'tick' && last?.type === 'tick') this.entries[this.entries.length - 1] = entry;
    else this.entries.push(entry);
  }

  private send(event: DrillEvent): void {
    this.actor.send(event);
  }

  /** Sends, then tells subscribers if anything changed. */
  private apply(entry: LogEntry, events: DrillEvent[]): void {
    if (this.ended) return;
    const before = this.actor.getSnapshot();
    this.record(entry);
    for (const e of events) this.send(e);
    if (this.actor.getSnapshot() !== before) this.notify();
  }

  private timeAt(now: number): number {
    return Number.isFinite(now) && now >= 0 ? now : this.context.now;
  }

  start(at = 0): void {
    if (this.actor.getSnapshot().value !== 'ready') return;
    const t = this.timeAt(at);
    this.apply({ type: 'start', at: t }, [{ type: 'start', at: t }]);
  }

  tick(now: number): void {
    const t = this.timeAt(now);
    const ctx = this.context;
    if (this.actor.getSnapshot().value === 'ready' || ctx.paused || t <= ctx.horizon) return;
    this.apply({ type: 'tick', at: t }, [{ type: 'tick', at: t }]);
  }

  /** An answer of any kind, as its log entry (core/answers/registry.ts); `at` is the drill time. */
  respond(entry: AnswerLogEntry): void {
    const event = kindOfEntry(entry.type)?.eventOf(entry);
    if (!event) return;
    const t = this.timeAt(entry.at);
    this.apply({ ...entry, at: t }, [{ type: 'tick', at: t }, event]);
  }

  /** A choice; answerIndex is 0-based (the screen shows 1-based numbers). */
  choose(answerIndex: number, now: number): void {
    this.respond({ type: 'choose', at: now, answerIndex });
  }

  /** A typed answer. */
  answerText(text: string, now: number): void {
    this.respond({ type: 'type', at: now, text });
  }

  pause(now: number): void {
    const t = this.timeAt(now);
    this.apply({ type: 'pause', at: t }, [{ type: 'tick', at: t }, { type: 'pause' }]);
  }

  resume(now: number): void {
    const t = this.timeAt(now);
    this.apply({ type: 'resume', at: t }, [{ type: 'resume' }]);
  }

  inject(what: InjectTarget, now: number): void {
    const t = this.timeAt(now);
    this.apply({ type: 'inject', at: t, what }, [
      { type: 'tick', at: t },
      { type: 'inject', what },
    ]);
  }

  /**
   * A live drill's facilitator entry (a scored live question, the hot seat changing hands, a note):
   * logged and shown in the view, never sent to the machine. Ignored before the start and after the end.
   */
  annotate(entry: LiveLogEntry): void {
    if (this.ended || this.actor.getSnapshot().value === 'ready') return;
    this.record({ ...entry, at: this.timeAt(entry.at) });
    this.liveEntries++;
    this.notify();
  }

  /** More (seconds > 0) or less answer time on the question being asked (a live drill's facilitator). */
  moveDeadline(seconds: number, now: number): void {
    const t = this.timeAt(now);
    if (!Number.isFinite(seconds) || seconds === 0 || this.context.beat?.deadline == null) return;
    this.apply({ type: 'time', at: t, seconds }, [
      { type: 'tick', at: t },
      { type: 'moveDeadline', seconds },
    ]);
  }

  /**
   * A live drill's facilitator skips the question being asked (engine/skip.ts). The skip names that
   * question, so one that timed out at the same instant is not followed by skipping the next.
   */
  skip(now: number): void {
    const t = this.timeAt(now);
    const asked = this.context.beat;
    if (asked === null) return;
    this.apply({ type: 'skip', at: t }, [
      { type: 'tick', at: t },
      { type: 'skip', beatId: asked.id, askedAt: asked.askedAt },
    ]);
  }

  end(now: number): void {
    const t = this.timeAt(now);
    this.apply({ type: 'end', at: t }, [{ type: 'tick', at: t }, { type: 'end' }]);
  }

  view(): SessionView {
    const snapshot = this.actor.getSnapshot();
    const cached = this.cached;
    if (cached !== null && cached.snapshot === snapshot && cached.live === this.liveEntries) return cached.view;
    const view = withLiveScores(this.rules, buildView(this.rules, snapshot.value, snapshot.context), this.entries);
    this.cached = { snapshot, live: this.liveEntries, view };
    return view;
  }

  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private notify(): void {
    if (this.listeners.size === 0) return;
    const view = this.view();
    for (const fn of [...this.listeners]) fn(view);
  }

  get log(): readonly LogEntry[] {
    return this.entries;
  }

  save(): SavedDrill {
    return {
      format: SAVED_DRILL_FORMAT,
      scenarioId: this.rules.scenario.id,
      options: { ...this.options },
      now: this.context.now,
      snapshot: this.actor.getPersistedSnapshot(),
      log: this.entries.map((e) => ({ ...e })),
    };
  }
}
