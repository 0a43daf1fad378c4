// Owns the running Session and its DrillClock, feeds the clock into the session every animation
// frame (and at least 10 times a second through a fallback timer), and writes `session.view()` into
// the store. Scenes and overlays call these methods; they never talk to the session directly.
import type { AnswerInput, AnswerLogEntry } from '../core/answers/registry.ts';
import { DrillClock } from '../core/engine/clock.ts';
import { randomShuffleSeed } from '../core/engine/shuffle.ts';
import type { InjectTarget } from '../core/engine/injects.ts';
import { Session } from '../core/session/session.ts';
import type { SavedDrill } from '../core/session/saved.ts';
import type { LogEntry, SessionOptions, SessionView } from '../core/session/types.ts';
import { selectScenario } from './selectors.ts';
import type { AppStore } from './store.ts';

export interface FrameScheduler {
  request(callback: () => void): number;
  cancel(handle: number): void;
}

export interface IntervalScheduler {
  start(callback: () => void, ms: number): number;
  stop(handle: number): void;
}

export interface DrillControllerDeps {
  store: AppStore;
  /** Monotonic milliseconds: performance.now in the browser, a fake in tests. */
  nowMs: () => number;
  /** Drill seconds per real second (?timescale=N). */
  timescale?: number;
  frames?: FrameScheduler | null;
  intervals?: IntervalScheduler | null;
  /** How long the ended conference stays on screen before the debrief (real ms). */
  endDelayMs?: number;
  delay?: (callback: () => void, ms: number) => unknown;
  /**
   * The answer order of a drill started without a shuffleSeed: a random seed per drill (default),
   * a fixed seed, or 'off' for the authored order (?shuffle=, urlOptions.ts).
   */
  shuffle?: number | 'off' | null;
  /** A live drill's projector keeps the ended conference on screen until the facilitator moves on. */
  holdAtEnd?: () => boolean;
}

export interface DrillController {
  readonly session: Session | null;
  readonly log: readonly LogEntry[];
  /** Creates the session and starts its clock at drill second 0; false if the scenario is unknown. */
  startDrill(scenarioId: string, options?: SessionOptions): boolean;
  /** Comes back to a saved drill (resume after refresh) at the same beat, scores and drill second;
   *  false if its scenario is not bundled; throws SavedDrillError when the save does not fit. */
  restoreDrill(saved: SavedDrill): boolean;
  /** The studio's preview: a drill started part-way (core/session/startAt.ts), played in the press
   *  room like a restored one but marked `preview` (not kept in the records, not resumed). */
  previewDrill(saved: SavedDrill): boolean;
  /** An answer of any kind (core/answers/registry.ts), stamped with the drill's clock. */
  respond(answer: AnswerInput): void;
  /** The authored answer index, 0-based (BeatView.answers[i].index, not its position on screen). */
  choose(answerIndex: number): void;
  answerText(text: string): void;
  pause(): void;
  resume(): void;
  togglePause(): void;
  /** Tab hidden → pause (remembered as automatic); shown again → stays paused for the trainee. */
  setHidden(hidden: boolean): void;
  inject(what: InjectTarget): void;
  end(): void;
  save(): SavedDrill | null;
  /** Drops the drill (ended or not) without a debrief and returns to the menu. */
  leave(): void;
  /** Feeds the clock to the session once (the frame loop calls it; tests may too). */
  tick(): void;
  /** Drill seconds on the clock (0 without a drill). */
  now(): number;
}

const FALLBACK_TICK_MS = 100;

/** A new drill's seed is part of the drill (saved, exported, replayed): drawn here, never in the core. */
function withShuffleSeed(options: SessionOptions, shuffle: number | 'off' | null | undefined): SessionOptions {
  if (options.shuffleSeed !== undefined || shuffle === 'off') return options;
  return { ...options, shuffleSeed: typeof shuffle === 'number' ? shuffle : randomShuffleSeed() };
}

export function createDrillController(deps: DrillControllerDeps): DrillController {
  const { store, nowMs } = deps;
  const timescale = deps.timescale ?? 1;
  const frames = deps.frames === undefined ? browserFrames() : deps.frames;
  const intervals = deps.intervals === undefined ? browserIntervals() : deps.intervals;
  const delay = deps.delay ?? ((cb: () => void, ms: number) => setTimeout(cb, ms));
  const endDelayMs = deps.endDelayMs ?? 1800;

  let session: Session | null = null;
  let clock: DrillClock | null = null;
  let unsubscribe: (() => void) | null = null;
  let frameHandle: number | null = null;
  let intervalHandle: number | null = null;
  let lastTickMs = -Infinity;
  let endScheduled = false;

  function publish(view: SessionView): void {
    const drill = store.getState().drill;
    if (!drill || drill.view === view) return;
    store.getState().setDrill({ ...drill, view });
    if (view.status === 'ended') onEnded();
  }

  function onEnded(): void {
    stopLoop();
    if (endScheduled) return;
    endScheduled = true;
    delay(() => {
      if (deps.holdAtEnd?.()) return;
      // Only if this drill is still the one on screen (the trainee may have left already).
      if (store.getState().drill?.view.status === 'ended' && store.getState().screen === 'PressRoom') {
        store.getState().goTo('Debrief');
      }
    }, endDelayMs);
  }

  function loop(): void {
    frameHandle = null;
    tick();
    if (session && session.view().status !== 'ended' && frames) frameHandle = frames.request(loop);
  }

  function startLoop(): void {
    if (frames && frameHandle === null) frameHandle = frames.request(loop);
    if (intervals && intervalHandle === null) {
      intervalHandle = intervals.start(() => {
        if (nowMs() - lastTickMs >= FALLBACK_TICK_MS) tick();
      }, FALLBACK_TICK_MS);
    }
  }

  function stopLoop(): void {
    if (frames && frameHandle !== null) frames.cancel(frameHandle);
    if (intervals && intervalHandle !== null) intervals.stop(intervalHandle);
    frameHandle = null;
    intervalHandle = null;
  }

  function attach(next: Session, nextClock: DrillClock, scenarioId: string, options: SessionOptions, preview = false): void {
    detach();
    session = next;
    clock = nextClock;
    endScheduled = false;
    store.getState().setDrill({ scenarioId, options, view: next.view(), autoPaused: false, ...(preview ? { preview } : {}) });
    unsubscribe = next.subscribe(() => {
      if (session === next) publish(next.view());
    });
    if (next.view().status === 'ended') onEnded();
    else startLoop();
  }

  function detach(): void {
    stopLoop();
    unsubscribe?.();
    unsubscribe = null;
    session = null;
    clock = null;
  }

  function tick(): void {
    if (!session || !clock) return;
    lastTickMs = nowMs();
    const status = session.view().status;
    if (status !== 'running') return;
    session.tick(clock.now());
    publish(session.view());
  }

  function running(): boolean {
    return session !== null && session.view().status === 'running';
  }

  function setAutoPaused(value: boolean): void {
    const drill = store.getState().drill;
    if (drill && drill.autoPaused !== value) store.getState().setDrill({ ...drill, autoPaused: value });
  }

  function respond(answer: AnswerInput): void {
    if (!running() || !session || !clock) return;
    session.respond({ ...answer, at: clock.now() } as AnswerLogEntry);
    publish(session.view());
  }

  const controller: DrillController = {
    get session() {
      return session;
    },
    get log() {
      return session?.log ?? [];
    },
    startDrill(scenarioId, options = {}) {
      const checked = selectScenario(store.getState(), scenarioId);
      if (!checked) return false;
      const nextClock = new DrillClock(nowMs, { speed: timescale });
      options = withShuffleSeed(options, deps.shuffle);
      const next = Session.create(checked, options);
      attach(next, nextClock, scenarioId, options);
      next.start(nextClock.now());
      publish(next.view());
      store.getState().goTo('PressRoom');
      return true;
    },
    restoreDrill(saved) {
      const checked = selectScenario(store.getState(), saved.scenarioId);
      if (!checked) return false;
      // Throws SavedDrillError (with an instructor-readable message) when the save no longer fits.
      const next = Session.restore(checked, saved);
      const nextClock = new DrillClock(nowMs, { at: saved.now, speed: timescale, paused: next.view().status !== 'running' });
      attach(next, nextClock, saved.scenarioId, saved.options ?? {});
      store.getState().goTo(next.view().status === 'ended' ? 'Debrief' : 'PressRoom');
      return true;
    },
    previewDrill(saved) {
      const checked = selectScenario(store.getState(), saved.scenarioId);
      if (!checked) return false;
      const next = Session.restore(checked, saved);
      attach(next, new DrillClock(nowMs, { at: saved.now, speed: timescale }), saved.scenarioId, saved.options ?? {}, true);
      store.getState().goTo('PressRoom');
      return true;
    },
    respond,
    choose: (answerIndex) => respond({ type: 'choose', answerIndex }),
    answerText: (text) => respond({ type: 'type', text }),
    pause() {
      if (!running() || !session || !clock) return;
      session.tick(clock.now());
      const at = clock.now();
      clock.pause();
      session.pause(at);
      publish(session.view());
    },
    resume() {
      if (!session || !clock || session.view().status !== 'paused') return;
      clock.resume();
      session.resume(clock.now());
      setAutoPaused(false);
      publish(session.view());
      startLoop();
    },
    togglePause() {
      if (running()) controller.pause();
      else controller.resume();
    },
    setHidden(hidden) {
      if (hidden && running()) {
        controller.pause();
        setAutoPaused(true);
      }
    },
    inject(what) {
      if (!session || !clock) return;
      const status = session.view().status;
      if (status === 'ended' || status === 'ready') return;
      session.inject(what, clock.now());
      publish(session.view());
    },
    end() {
      if (!session || !clock || session.view().status === 'ended') return;
      session.end(clock.now());
      publish(session.view());
    },
    save() {
      return session ? session.save() : null;
    },
    leave() {
      detach();
      store.getState().setDrill(null);
      store.getState().goTo('Menu');
    },
    tick,
    now() {
      return clock ? clock.now() : 0;
    },
  };
  return controller;
}

function browserFrames(): FrameScheduler | null {
  if (typeof requestAnimationFrame !== 'function') return null;
  return { request: (cb) => requestAnimationFrame(cb), cancel: (h) => cancelAnimationFrame(h) };
}

function browserIntervals(): IntervalScheduler | null {
  if (typeof setInterval !== 'function') return null;
  return {
    start: (cb, ms) => setInterval(cb, ms) as unknown as number,
    stop: (h) => clearInterval(h),
  };
}
