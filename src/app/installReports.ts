// Plugs the after-action reports into the app: every finished drill is kept as a record, the
// debrief report opens over the Debrief scene, the menu gets a History entry, a finished drill can
// be replayed in the press room, and an unfinished drill comes back after a refresh. The views
// themselves (report, history, replay bar) are a chunk of their own (reportViews.ts), loaded after
// the start-up: only the keeping of records and the resume are part of it.
import { answerTimeFactorOf } from '../core/engine/rules.ts';
import { buildReport } from '../core/report/report.ts';
import type { CheckedScenario } from '../core/scenario/checked.ts';
import { replay as replayLog } from '../core/session/replay.ts';
import type { LogEntry, SessionOptions, SessionView } from '../core/session/types.ts';
import { playAgain } from './appCommands.ts';
import { isLiveProjector, projectorShowsPrivate } from './live/projectorPrivacy.ts';
import { localStorageOrNull, sessionStorageOrNull } from './browserStorage.ts';
import type { Commands } from './commands.ts';
import type { OverlayStack } from './overlayStack.ts';
import type { MenuAction } from '../game/appContext.ts';
import type { I18n } from '../i18n/i18n.ts';
import { savedDrillText } from '../i18n/savedDrillText.ts';
import { adjustedScore, type ScoreAdjustment } from '../core/report/adjustments.ts';
import { adjustRecord } from '../records/adjustments.ts';
import { recordFromReport, traineeKeyOf, type DrillRecord } from '../records/drillRecord.ts';
import { exportJson } from '../records/exportFile.ts';
import { requestPersistence } from '../records/persistence.ts';
import { openRecordsStore, type RecordsStore } from '../records/recordsStore.ts';
import type { ResumeSaver, ResumeStorage } from '../records/resume.ts';
import { installResume } from './resumeDrill.ts';
import { openDurableSlots } from '../records/resumeSlots.ts';
import { loadTraineeName, saveTraineeName } from '../records/traineeName.ts';
import type { DrillController } from '../state/drillController.ts';
import { selectScenario } from '../state/selectors.ts';
import type { AppStore, DrillState } from '../state/store.ts';
import type { DebriefHandle } from '../ui/debrief/debriefView.ts';
import type { ReplayHandle } from '../ui/debrief/replayBar.ts';
import type { RoomVotes } from '../ui/debrief/roomSection.ts';
import type { HistoryHandle } from '../ui/history/historyView.ts';

type ReportViews = typeof import('./reportViews.ts');

export interface ReportsApp {
  store: AppStore;
  controller: DrillController;
  i18n: I18n;
  menuActions: MenuAction[];
  debriefActions: MenuAction[];
  /** Esc, R and the replay's keys run through the command table on the overlays' layers. */
  commands: Commands;
  /** Told which overlay is open, so the screen underneath takes no input meanwhile. */
  overlayStack: OverlayStack;
  /** The #report element the overlays mount in. */
  root: HTMLElement;
  /** Where the unfinished drill and the trainee's name are kept; localStorage by default. */
  storage?: ResumeStorage | null;
  timescale?: number;
  /** The room's votes on a question of a drill, when the app runs with a room server (docs/room.md). */
  roomVotes?: (scenarioId: string, beatId: string, askedAt: number) => RoomVotes | null;
}

export interface Reports {
  /** Brings back an unfinished drill after a refresh; call once the scenarios are loaded. */
  resume(): Promise<boolean>;
  /** The start-up's attempt to bring a drill back (null before it starts): tests wait on it. */
  readonly restoring: Promise<boolean> | null;
  openHistory(): void;
  /** Fetches the views in the background (the start-up is over), so a report opens without a wait. */
  preloadViews(): void;
  readonly records: Promise<RecordsStore>;
  /** The debrief or history overlay on screen, for tests. */
  readonly open: DebriefHandle | HistoryHandle | null;
  readonly replay: ReplayHandle | null;
  /** The resume saver, for the frame budget checks (its write times). */
  readonly resumeSaver: ResumeSaver;
}

interface Finished {
  checked: CheckedScenario;
  view: SessionView;
  log: readonly LogEntry[];
  options: SessionOptions;
  /** The drill's id (its resume slot's) and so its record's: the same drill is never kept twice. */
  id: string;
  record: DrillRecord | null;
}

function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export function installReports(app: ReportsApp): Reports {
  const { store, controller, i18n, root } = app;
  const storage = app.storage === undefined ? localStorageOrNull() : app.storage;
  const t = (key: string, options?: Record<string, unknown>) => i18n.t(`debrief:${key}`, options ?? {});
  const toast = (kind: 'info' | 'error', message: string) => store.getState().pushToast(kind, message);

  const records: Promise<RecordsStore> = openRecordsStore();
  records.catch(() => undefined);
  let persistenceAsked = false;

  let open: DebriefHandle | HistoryHandle | null = null;
  let replay: ReplayHandle | null = null;
  /** Finished live drills by session, so each is kept once however often its debrief is shown. */
  const finished = new WeakMap<object, Finished>();
  let current: Finished | null = null;

  /** Shows the open overlay again (in the language just chosen). */
  let reopen: (() => void) | null = null;
  /** Esc on the open report or history: one step back. */
  let back: (() => void) | null = null;
  /** R on the open report: the same scenario again (only after a live drill). */
  let again: (() => boolean) | null = null;

  // The views' chunk, fetched once (again after a failed fetch). An overlay asked for before it is
  // in opens when it arrives, unless something else was opened or closed meanwhile (`shown`).
  let views: Promise<ReportViews> | null = null;
  const loadViews = (): Promise<ReportViews> =>
    (views ??= import('./reportViews.ts').catch((error: unknown) => {
      views = null;
      throw error;
    }));
  let shown = 0;
  async function withViews(show: (v: ReportViews) => void): Promise<void> {
    const ticket = ++shown;
    const v = await loadViews();
    if (ticket === shown) show(v);
  }

  const markOpen = () => {
    app.overlayStack.setOpen('report', open !== null && 'chartsReady' in open);
    app.overlayStack.setOpen('history', open !== null && !('chartsReady' in open));
  };

  function close(): void {
    shown++;
    open?.destroy();
    open = null;
    reopen = null;
    back = null;
    again = null;
    markOpen();
  }

  app.commands.register('report', {
    'report.back': () => back?.(),
    'debrief.again': () => again?.() ?? false,
    'report.print': () => window.print(),
  });
  app.commands.register('history', { 'report.back': () => back?.() });
  // A report belongs to the screen it was opened over: another screen closes it (R's new drill),
  // or forgets it while its views are still on their way.
  store.subscribe((state, prev) => {
    if (state.screen !== prev.screen) close();
  });

  store.subscribe((state, prev) => {
    if (state.settings.language !== prev.settings.language) reopen?.();
  });

  // ---- records -----------------------------------------------------------------------------

  async function keep(f: Finished): Promise<string | null> {
    const report = buildReport(f.checked, f.view, f.log);
    const record = recordFromReport(report, { id: f.id, trainee: loadTraineeName(storage), date: new Date(), options: f.options, log: f.log });
    f.record = record;
    try {
      const store = await records;
      await store.put(record);
      resume.kept(f.id);
      if (!persistenceAsked) {
        persistenceAsked = true;
        void requestPersistence();
      }
      return null;
    } catch (error) {
      // The record stays at hand, so "Export this drill (JSON)" keeps it exactly when storing failed.
      return storageProblem(error);
    }
  }

  /** Why storing failed, in the trainee's words (a full storage says nothing by itself). */
  function storageProblem(error: unknown): string {
    const e = error as { name?: string; message?: string; inner?: { name?: string } } | null;
    if (e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError') return t('storageFull');
    return e?.message || e?.name || String(error);
  }

  let saving: Promise<string | null> = Promise.resolve(null);
  function onDrillChange(drill: DrillState | null): void {
    const session = controller.session;
    // A studio preview is not a drill of the trainee's: it is not kept in the records.
    if (!drill || drill.preview || !session || drill.view !== session.view() || drill.view.status !== 'ended' || finished.has(session)) return;
    const checked = selectScenario(store.getState(), drill.scenarioId);
    if (!checked) return;
    const f: Finished = { checked, view: drill.view, log: [...session.log], options: drill.options, id: resume.drillIdOf(session) ?? newId(), record: null };
    finished.set(session, f);
    current = f;
    saving = keep(f);
  }
  store.subscribe((state, prev) => {
    if (state.drill !== prev.drill) onDrillChange(state.drill);
  });

  /** Names the trainee of a drill; after a live drill the name is also remembered for the next one. */
  async function rename(f: Finished, name: string, remember: boolean): Promise<void> {
    if (remember) saveTraineeName(storage, name);
    await saving;
    if (!f.record) return;
    f.record = { ...f.record, trainee: name, traineeKey: traineeKeyOf(name) };
    try {
      await (await records).put(f.record);
    } catch (error) {
      if (open && 'setStatus' in open) open.setStatus(t('saveFailed', { detail: storageProblem(error) }), 'error');
    }
  }

  /** Keeps a facilitator's adjustment with the drill record and draws the report again with it. */
  async function adjust(f: Finished, a: Omit<ScoreAdjustment, 'date'>, from: 'drill' | 'history', leaveHistory: () => void): Promise<string | null> {
    await saving;
    if (!f.record) return t('saveFailed', { detail: '' });
    const next = adjustRecord(f.record, { ...a, date: new Date().toISOString() }, f.checked.scenario.weights);
    try {
      await (await records).put(next);
    } catch (error) {
      return storageProblem(error);
    }
    f.record = next;
    const scroll = open?.element.scrollTop ?? 0;
    await showDebrief(f, from, leaveHistory);
    if (open) open.element.scrollTop = scroll;
    return null;
  }

  // ---- debrief -----------------------------------------------------------------------------

  /**
   * `leaveHistory`: where the history's Back goes when this report came from it (the menu, or
   * the report of the drill just played when the history was opened from there).
   */
  function showDebrief(f: Finished, from: 'drill' | 'history', leaveHistory: () => void = close): Promise<void> {
    return withViews((v) => mountReport(v, f, from, leaveHistory));
  }

  function mountReport(v: ReportViews, f: Finished, from: 'drill' | 'history', leaveHistory: () => void): void {
    close();
    const adjustments = f.record?.adjustments ?? [];
    const built = buildReport(f.checked, f.view, f.log);
    // The facilitator's adjustments of typed answers move the score card (core/report/adjustments.ts).
    const report = adjustments.length > 0 ? { ...built, score: adjustedScore(built.score, adjustments, f.checked.scenario.weights) } : built;
    // A live drill's debrief on the projector offers no new drill: the console starts the next one.
    const restart = from === 'drill' && !isLiveProjector() ? () => playAgain(store, controller, f.checked.scenario.id) : undefined;
    const handle = v.mountDebrief(root, {
      report,
      i18n,
      trainee: f.record?.trainee ?? loadTraineeName(storage),
      answerTimeFactor: answerTimeFactorOf(f.options),
      confirm: { adjustments, skills: built.score.skills.map((s) => s.skill), onAdjust: (a) => adjust(f, a, from, leaveHistory) },
      onTraineeChange: (name) => void rename(f, name, from === 'drill'),
      // A hot-seat drill's class record (not one trainee's share): the debrief is the class's, its
      // scores only once the room may see them (a live drill's reveal).
      ...(f.log.some((e) => e.type === 'seat') && !f.record?.seat
        ? { hotSeat: { checked: f.checked, view: f.view, log: f.log, options: f.options, scores: projectorShowsPrivate() } }
        : {}),
      actions: {
        exportJson: () => f.record && v.download(`podium-drill-${f.record.id}.json`, exportJson([f.record]), 'application/json'),
        replay: () => startReplay(f, from, leaveHistory),
        history: from === 'drill' ? () => openHistory(backToReport(f)) : undefined,
        summary: from === 'drill' ? () => close() : undefined,
        back: from === 'history' ? () => openHistory(leaveHistory) : undefined,
        again: restart,
        menu: () => {
          close();
          controller.leave();
        },
      },
    });
    const votes = app.roomVotes;
    const room = votes ? v.roomSection(report, (beatId, askedAt) => votes(report.scenarioId, beatId, askedAt), v.reportContext(i18n)) : null;
    if (room) handle.element.querySelector('.pd-page')?.append(room);
    open = handle;
    reopen = () => showDebrief(f, from, leaveHistory);
    back = from === 'drill' ? () => close() : () => openHistory(leaveHistory);
    again = restart ?? null;
    markOpen();
    if (from === 'drill') {
      void saving.then((problem) => {
        if (open !== handle) return;
        if (problem === null) handle.setStatus(t('savedToHistory'), 'info');
        else handle.setStatus(t('saveFailed', { detail: problem }), 'error');
      });
    }
  }

  // Each time the Debrief screen is entered after a drill, the full report opens over it.
  store.subscribe((state, prev) => {
    if (state.screen !== 'Debrief' || prev.screen === 'Debrief') return;
    const session = controller.session;
    const f = session ? finished.get(session) : undefined;
    if (f && !replay) void showDebrief(f, 'drill');
  });
  const showFullReport = () => {
    const session = controller.session;
    const f = session ? finished.get(session) : current;
    if (!f) return false;
    void showDebrief(f, 'drill');
  };
  app.debriefActions.push({ id: 'report', labelKey: 'debrief:fullReport', run: () => void showFullReport() });
  app.commands.register('debrief', { 'debrief.report': showFullReport });

  // ---- history -----------------------------------------------------------------------------

  function fromRecord(record: DrillRecord): Finished | null {
    const checked = selectScenario(store.getState(), record.scenarioId);
    if (!checked) return null;
    // The debrief is rebuilt from the log: the same log always gives the same drill.
    const view = replayLog(checked, record.log, record.options).view();
    return { checked, view, log: record.log, options: record.options, id: record.id, record };
  }

  /** The history opened from a drill's report goes back to that report (while its debrief is still on screen). */
  const backToReport = (f: Finished) => () => (store.getState().screen === 'Debrief' ? void showDebrief(f, 'drill') : close());

  /** `leave`: what Back (and Esc) does — close it (to the menu), or return to the report it was opened from. */
  function openHistory(leave: () => void = close): Promise<void> {
    return withViews((v) => mountHistoryView(v, leave));
  }

  function mountHistoryView(v: ReportViews, leave: () => void): void {
    close();
    open = v.mountHistory(root, {
      i18n,
      records,
      canOpen: (r) => selectScenario(store.getState(), r.scenarioId) !== null,
      scenarioOf: (id) => selectScenario(store.getState(), id),
      onOpen: (r) => {
        const f = fromRecord(r);
        if (f) void showDebrief(f, 'history', leave);
      },
      onBack: () => leave(),
    });
    reopen = () => openHistory(leave);
    back = () => leave();
    markOpen();
  }
  app.menuActions.push({ id: 'history', labelKey: 'history:open', run: () => void openHistory() });
  app.commands.register('menu', { 'app.history': () => void openHistory() });

  // ---- replay ------------------------------------------------------------------------------

  function startReplay(f: Finished, from: 'drill' | 'history', leaveHistory: () => void): void {
    void withViews((v) => mountReplayBar(v, f, from, leaveHistory));
  }

  function mountReplayBar(v: ReportViews, f: Finished, from: 'drill' | 'history', leaveHistory: () => void): void {
    close();
    replay = v.mountReplay(root, {
      store,
      i18n,
      commands: app.commands,
      checked: f.checked,
      log: f.log,
      options: f.options,
      timescale: app.timescale,
      onExit: () => {
        replay?.destroy();
        replay = null;
        app.overlayStack.setOpen('replay', false);
        store.getState().setReplay(null);
        if (from === 'drill' && store.getState().drill) {
          store.getState().goTo('Debrief');
        } else {
          store.getState().goTo('Menu');
          void showDebrief(f, 'history', leaveHistory);
        }
      },
    });
    app.overlayStack.setOpen('replay', true);
    store.getState().goTo('PressRoom');
  }

  // ---- resume ------------------------------------------------------------------------------

  const resume = installResume({
    store,
    controller,
    storage,
    tabStorage: sessionStorageOrNull(),
    durable: openDurableSlots(),
    onOpenElsewhere: () => toast('error', t('resume.openElsewhere')),
    onProblem: (p) => toast('error', t(`resume.${p.code}`, p.code === 'write-failed' ? { detail: p.detail } : {})),
    onRestoreFailed: (problem) => toast('error', t('resume.restoreFailed', { detail: savedDrillText(problem, t) })),
  });

  let restoring: Promise<boolean> | null = null;
  return {
    resume() {
      restoring = resume.restore().then((back) => {
        if (back) toast('info', t('resume.restored'));
        return back;
      });
      return restoring;
    },
    get restoring() {
      return restoring;
    },
    openHistory: () => void openHistory(),
    preloadViews: () => void loadViews().catch(() => undefined),
    records,
    get open() {
      return open;
    },
    get replay() {
      return replay;
    },
    resumeSaver: resume.saver,
  };
}
