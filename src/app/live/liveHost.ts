// The projector side of a live drill: the app in this window runs the drill (resume, records and
// all, as always); the host keeps the live settings (liveSettings.ts), runs what the console sends
// through the one command table, publishes the console view after every change, credits answers
// to the trainee in the hot seat, keeps the room from seeing anything private until the
// facilitator reveals it, and at the end keeps one record per trainee.
import { clampPoints } from '../../core/live/liveScore.ts';
import { TIME_STEP_SECONDS } from '../../core/live/answerTime.ts';
import { classCard, nextOnRoster, rotationDue, seatedNow, traineeCards } from '../../core/live/hotSeat.ts';
import { buildRules } from '../../core/engine/rules.ts';
import type { InjectTarget } from '../../core/engine/injects.ts';
import { isSkillId, type SkillId } from '../../core/skills.ts';
import type { I18n } from '../../i18n/i18n.ts';
import type { RecordsStore } from '../../records/recordsStore.ts';
import type { DrillController } from '../../state/drillController.ts';
import { selectDrillScenario, selectScenario } from '../../state/selectors.ts';
import type { KeyValueStorage } from '../../state/settings.ts';
import type { AppStore } from '../../state/store.ts';
import type { CommandCall, CommandHandlers, Commands } from '../commands.ts';
import { consoleDrill, type ConsoleView } from './consoleView.ts';
import { MESSAGES_EXTENSION, routeFacilitatorMessages } from './facilitatorMessages.ts';
import { loadLiveState, OFF, parseItem, parseSetup, saveLiveState, startLive, type LiveState } from './liveSettings.ts';
import { consoleUrlFor, projectorIdOf } from './projectorLink.ts';
import { createProjectorStage, type ProjectorStage } from './projectorStage.ts';
import { setProjectorPrivacy } from './projectorPrivacy.ts';
import { epochNow, LIVE_PROTOCOL, openChannel, parseConsoleMessage, type ConsoleMessage, type ProjectorMessage } from './protocol.ts';
import { traineeRecords } from './traineeRecords.ts';

export interface LiveHostDeps {
  store: AppStore;
  controller: DrillController;
  commands: Commands;
  i18n: I18n;
  /** This tab's storage (sessionStorage): a reload keeps live mode, another tab does not get it. */
  storage: KeyValueStorage | null;
  records: Promise<RecordsStore>;
  /** Enters full screen (a clicker's F5). */
  enterFullscreen(): void;
  /** The console page's address, for the menu action and the one-screen panel. */
  consoleUrl: string;
}

export interface LiveHost {
  readonly state: LiveState;
  readonly stage: ProjectorStage;
  /** Opens the facilitator console in its own window. */
  openConsole(): void;
  /** An extension's messages from the console (e.g. 'room'); returns the undo. */
  onExtension(name: string, handler: (data: unknown) => void): () => void;
  sendExtension(name: string, data: unknown): void;
  /** How long each console command took to show on the projector (ms), newest last. */
  readonly latencies: readonly number[];
}

const HEARTBEAT_MS = 1000;
/** The console's clock moves at this pace; anything else it hears of at once. */
const CLOCK_PUBLISH_MS = 250;
/** How long after the answer that made it due the next trainee takes the seat, in drill seconds. */
const SEAT_AFTER_ANSWER_S = 0.001;

export function installLiveHost(d: LiveHostDeps): LiveHost {
  const { store, controller, commands } = d;
  let state: LiveState = loadLiveState(d.storage);
  // This window's id: a console runs its commands here only if it is linked to this window.
  const projectorId = projectorIdOf(d.storage);
  const stage = createProjectorStage(d.i18n, consoleUrlFor(d.consoleUrl, projectorId, { embedded: '1' }));
  const extensions = new Map<string, (data: unknown) => void>();
  const latencies: number[] = [];
  const kept = new WeakSet<object>();

  const view = () => store.getState().drill?.view ?? null;
  const session = () => controller.session;
  // Live mode kept in this tab's storage means the projector was reloaded: its drill comes back
  // paused (the usual resume), and the facilitator is told that Resume carries on. Until it runs again.
  let reloaded = state.active;
  const pausedByReload = () => reloaded && state.active && !state.item && view()?.status === 'paused';

  function draft(): string {
    if (state.item) return stage.itemAnswer();
    const el = document.getElementById('answer-text') as HTMLTextAreaElement | null;
    return el && view()?.beat?.freeText ? el.value : '';
  }

  function consoleView(): ConsoleView {
    const s = store.getState();
    const lang = s.settings.language;
    const checked = selectDrillScenario(s);
    const v = view();
    return {
      publishedAt: epochNow(),
      screen: s.screen,
      lang,
      live: state,
      scenarios: s.scenarios.flatMap((e) =>
        e.checked ? [{ id: e.checked.scenario.id, title: textIn(e.checked.scenario.title, lang), languages: e.checked.scenario.languages }] : [],
      ),
      drill: checked && v && s.drill && !s.drill.preview ? consoleDrill(checked, v, controller.log, lang, draft()) : null,
      latencyMs: latencies[latencies.length - 1] ?? null,
      messages: messages.list(),
      pausedByReload: pausedByReload(),
    };
  }

  // ---- the channel -------------------------------------------------------------------------
  const channel = openChannel<ConsoleMessage, ProjectorMessage>(parseConsoleMessage, onMessage);
  let lastPublish = 0;
  let scheduled = false;
  function publish(): void {
    scheduled = false;
    lastPublish = performance.now();
    channel?.send({ v: LIVE_PROTOCOL, type: 'state', from: projectorId, view: consoleView(), visible: document.visibilityState === 'visible' });
  }
  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => scheduled && publish());
  }

  function onMessage(m: ConsoleMessage): void {
    // An unaddressed hello is a console looking for its projector: every window says who it is.
    if (m.type === 'hello') return m.to === undefined || m.to === projectorId ? publish() : undefined;
    // Set-up and commands for another window (this may be a stray second tab of the app).
    if (m.to !== projectorId) return;
    if (m.type === 'ext') return extensions.get(m.name)?.(m.data);
    const call: Partial<CommandCall> = { source: 'console' };
    if (m.arg !== undefined) call.arg = m.arg;
    if (m.data !== undefined) call.data = m.data;
    const ok = commands.run(m.id, call);
    // The store has the command's effect now (the controller writes it synchronously).
    const latencyMs = epochNow() - m.sentAt;
    if (ok) latencies.push(latencyMs);
    if (latencies.length > 200) latencies.shift();
    channel?.send({ v: LIVE_PROTOCOL, type: 'done', from: projectorId, id: m.id, ok, sentAt: m.sentAt, latencyMs });
    publish();
  }

  // The app's messages in a live drill are the facilitator's: to the console, not the wall.
  const messages = routeFacilitatorMessages(store, { active: () => state.active, panelOpen: () => state.panel, onChange: () => schedule() });
  extensions.set(MESSAGES_EXTENSION, messages.receive);

  // ---- live state ----------------------------------------------------------------------------
  function set(next: LiveState): void {
    state = next;
    saveLiveState(d.storage, state);
    render();
    schedule();
  }

  function render(): void {
    setProjectorPrivacy({ live: state.active, shown: state.shown });
    const v = view();
    const s = store.getState();
    const checked = selectDrillScenario(s);
    const rules = checked ? buildRules(checked, s.drill?.options ?? {}) : null;
    const cards = checked && rules && v ? traineeCards(checked.scenario, rules, v, controller.log) : [];
    const whole = checked && rules && v ? classCard(checked.scenario, rules, v, controller.log) : null;
    stage.render({
      live: state,
      pausedByReload: pausedByReload(),
      pressRoom: s.screen === 'PressRoom',
      status: v?.status ?? null,
      seat: seatedNow(controller.log),
      score: v ? { overall: v.score.overall, skills: v.score.skills } : null,
      cards: cards.map((c) => ({ trainee: c.trainee, overall: c.score.overall, questions: c.turns.length + c.liveCount })),
      classScore: whole && whole.questions > 0 ? { overall: whole.score.overall, skills: whole.score.skills } : null,
    });
    stage.setPanel(state.active && state.panel);
  }

  const active = () => state.active;

  function annotateSeat(trainee: string, at = controller.now()): void {
    session()?.annotate({ type: 'seat', at, trainee });
  }

  /** Hot seat: the first trainee sits down when the conference starts; the next after N questions. */
  function keepSeat(): void {
    const v = view();
    const roster = state.setup?.roster ?? [];
    if (!active() || !v || roster.length === 0 || v.status === 'ready' || v.status === 'ended' || store.getState().drill?.preview) return;
    const log = controller.log;
    const current = seatedNow(log);
    if (current === null) annotateSeat(roster[0]!);
    else if (rotationDue(state.setup?.rotateEvery ?? null, log, v.turns)) {
      // Strictly after the answer that made it due: the clock reads a coarse performance.now, and a seat
      // taken at the answer's own drill second would credit that answer to the next trainee (hotSeat.ts seatedAt).
      const answered = v.turns[v.turns.length - 1]?.answeredAt ?? 0;
      annotateSeat(nextOnRoster(roster, current)!, Math.max(controller.now(), answered + SEAT_AFTER_ANSWER_S));
    }
  }

  async function keepTraineeRecords(): Promise<void> {
    const s = store.getState();
    const sess = session();
    const checked = selectDrillScenario(s);
    const v = view();
    if (!active() || !sess || !checked || !v || v.status !== 'ended' || kept.has(sess) || s.drill?.preview) return;
    kept.add(sess);
    const records = traineeRecords(checked, v, [...sess.log], s.drill?.options ?? {}, tabDrillId(), new Date());
    if (records.length === 0) return;
    try {
      const db = await d.records;
      for (const r of records) await db.put(r);
      s.pushToast('info', d.i18n.t('console:saved', { count: records.length }));
    } catch (error) {
      s.pushToast('error', d.i18n.t('console:notSaved', { detail: (error as Error)?.message ?? String(error) }));
    }
  }

  let lastTurns = -1;
  let lastStatus: string | null = null;
  let lastSeat: string | null = null;
  store.subscribe((s, prev) => {
    const v = s.drill?.view ?? null;
    const turns = v?.turns.length ?? -1;
    const status = v?.status ?? null;
    // The seat changes hands in its own store update, after the answer that made it due (keepSeat
    // runs a microtask later): the badge must follow it then, not at the next answer.
    const seat = v ? seatedNow(controller.log) : null;
    const changed =
      s.screen !== prev.screen ||
      seat !== lastSeat ||
      s.drill?.scenarioId !== prev.drill?.scenarioId ||
      turns !== lastTurns ||
      status !== lastStatus ||
      v?.feed !== prev.drill?.view.feed ||
      v?.moments !== prev.drill?.view.moments ||
      s.settings.language !== prev.settings.language;
    lastTurns = turns;
    lastStatus = status;
    lastSeat = seat;
    if (status === 'running' || status === 'ended') reloaded = false;
    if (!active()) return;
    if (changed) {
      render();
      // After the store's listeners are done: a seat entry writes into the store again.
      queueMicrotask(() => {
        keepSeat();
        if (status === 'ended') void keepTraineeRecords();
      });
      schedule();
    } else if (performance.now() - lastPublish >= CLOCK_PUBLISH_MS) schedule();
  });
  document.addEventListener('input', (e) => {
    const id = (e.target as HTMLElement | null)?.id;
    if (active() && (id === 'answer-text' || id === 'live-answer')) schedule();
  });
  setInterval(() => active() && publish(), HEARTBEAT_MS);

  // ---- the commands ---------------------------------------------------------------------------
  const live = (fn: (call: CommandCall) => boolean | void) => (call: CommandCall) => (active() ? fn(call) : false);
  const drillRunning = () => view()?.status === 'running' || view()?.status === 'paused';

  function moveTime(seconds: number): boolean {
    const sess = session();
    if (!sess || !drillRunning() || view()?.beat?.deadline == null) return false;
    sess.moveDeadline(seconds, controller.now());
    return true;
  }

  const handlers: CommandHandlers = {
    'live.start': ({ data }) => {
      const setup = parseSetup(data);
      const s = store.getState();
      if (!setup || !selectScenario(s, setup.scenarioId) || (s.screen === 'PressRoom' && drillRunning())) return false;
      s.updateSettings({ language: setup.language, answerTime: setup.answerTime });
      s.selectScenario(setup.scenarioId);
      set(startLive(setup));
      s.goTo('Briefing');
    },
    // Back to ordinary drills in this window (not while a live drill runs: end it first).
    'live.stop': live(() => {
      if (store.getState().screen === 'PressRoom' && drillRunning()) return false;
      set(OFF);
    }),
    'live.next': live(() => {
      if (state.blank) return set({ ...state, blank: false });
      switch (commands.layer()) {
        case 'menu':
          return commands.run('menu.open', { source: 'clicker' });
        case 'briefing':
          return commands.run('briefing.start', { source: 'clicker' });
        case 'paused':
          return state.item ? false : commands.run('drill.resume', { source: 'clicker' });
        case 'pressRoom':
          // During the conference the clicker shows nothing: what the room sees of the score and
          // the feedback changes only by the console's reveal button. After the end: the class
          // scoreboard, then the debrief.
          if (view()?.status !== 'ended') return false;
          if (!state.shown && !state.board) return set({ ...state, board: true });
          return commands.run('live.debrief', { source: 'clicker' });
        case 'debrief':
          return commands.run('debrief.report', { source: 'clicker' });
        default:
          return false;
      }
    }),
    'live.previous': live(() => {
      switch (commands.layer()) {
        case 'menu':
          return commands.run('menu.previous', { source: 'clicker' });
        // On the briefing nothing: the set-up came from the console, only the console cancels it.
        case 'pressRoom':
          // After the end: takes the scoreboard the clicker showed off the wall again.
          return view()?.status === 'ended' && state.board ? set({ ...state, board: false }) : false;
        default:
          return false;
      }
    }),
    'live.blank': live(() => set({ ...state, blank: !state.blank })),
    'live.present': live(() => d.enterFullscreen()),
    'live.panel': live(() => {
      set({ ...state, panel: !state.panel });
      if (state.panel) messages.panelOpened();
    }),
    'live.reveal': live(() => set({ ...state, shown: true })),
    'live.hide': live(() => set({ ...state, shown: false, board: false })),
    // ±TIME_STEP_SECONDS on the question being asked (nothing to move without an answer limit).
    'live.addTime': live(() => moveTime(TIME_STEP_SECONDS)),
    'live.takeTime': live(() => moveTime(-TIME_STEP_SECONDS)),
    'live.inject': live(({ data }) => {
      const what = injectOf(data);
      if (!what || !drillRunning()) return false;
      controller.inject(what);
    }),
    'live.ask': live(({ data }) => {
      const item = parseItem(data, controller.now());
      if (!item || !drillRunning()) return false;
      const wasRunning = view()?.status === 'running';
      // The scripted questions wait while the trainee answers the live one.
      if (wasRunning) controller.pause();
      // The trainee's keys go to the live item's box (the text entry below), not to the question
      // underneath, and no dialog stays over it.
      if (document.activeElement?.id === 'answer-text') (document.activeElement as HTMLElement).blur();
      if (store.getState().settingsOpen) store.getState().setSettingsOpen(false);
      set({ ...state, item, resumeAfterItem: wasRunning || state.resumeAfterItem });
    }),
    'live.score': live(({ data }) => {
      const item = state.item;
      const sess = session();
      if (!item || !sess || !drillRunning()) return false;
      const { effects, reason } = scoreOf(data, buildRules(selectDrillScenario(store.getState())!, {}).skills);
      const answer = stage.itemAnswer().slice(0, 20_000);
      sess.annotate({ type: 'live', at: controller.now(), kind: item.kind, ask: item.text, effects, reason, ...(answer ? { answer } : {}) });
      const resume = state.resumeAfterItem;
      set({ ...state, item: null, resumeAfterItem: false });
      if (resume) controller.resume();
    }),
    'live.note': live(({ data }) => {
      const text =
        typeof data === 'object' && data !== null && typeof (data as { text?: unknown }).text === 'string'
          ? (data as { text: string }).text.trim().slice(0, 2000)
          : '';
      if (!text || !drillRunning()) return false;
      session()?.annotate({ type: 'note', at: controller.now(), text });
    }),
    'live.nextTrainee': live(() => {
      const roster = state.setup?.roster ?? [];
      if (roster.length < 2 || !drillRunning()) return false;
      annotateSeat(nextOnRoster(roster, seatedNow(controller.log))!);
    }),
    // The open question is dropped (core/engine/skip.ts): the press room moves to the next one with
    // nothing to feed back, and no one in the hot seat is credited. Not while a live item waits for its score.
    'live.skip': live(() => {
      const sess = session();
      if (!sess || !drillRunning() || !view()?.beat || state.item) return false;
      sess.skip(controller.now());
    }),
    'live.end': live(() => {
      if (!drillRunning()) return false;
      set({ ...state, item: null, resumeAfterItem: false });
      controller.end();
    }),
    // The debrief is the scores and the feedback: putting it on the projector reveals them (the
    // console then says the room sees them), and its class scoreboard shows the trainees' scores.
    'live.debrief': live(() => {
      if (view()?.status !== 'ended') return false;
      if (!state.shown) set({ ...state, shown: true });
      store.getState().goTo('Debrief');
    }),
  };
  commands.register('app', handlers);

  // While a live item waits on the projector, every key that types something is the trainee's
  // reply: the first one puts the caret in the item's box (and is typed there), so no letter runs a
  // shortcut under it (settings, end, leave) and no digit answers the question underneath.
  const itemEntry = {
    accepts: () => active() && state.item !== null && store.getState().screen === 'PressRoom',
    start: () => stage.focusItemAnswer(),
  };
  commands.setTextEntry('pressRoom', itemEntry);
  commands.setTextEntry('paused', itemEntry);

  // A clicker's F5 runs live.present (full screen) through the command table, which stops the
  // browser's reload: a running live drill is never reloaded by it (and a reload would resume it).
  render();
  if (state.active) publish();

  return {
    get state() {
      return state;
    },
    stage,
    openConsole() {
      window.open(consoleUrlFor(d.consoleUrl, projectorId, { lang: store.getState().settings.language }), 'podium-console', 'popup,width=1400,height=900');
    },
    onExtension(name, handler) {
      extensions.set(name, handler);
      return () => {
        if (extensions.get(name) === handler) extensions.delete(name);
      };
    },
    sendExtension(name, data) {
      channel?.send({ v: LIVE_PROTOCOL, type: 'ext', from: projectorId, name, data });
    },
    get latencies() {
      return latencies;
    },
  };
}

function textIn(text: string | Record<string, string>, lang: string): string {
  return typeof text === 'string' ? text : (text[lang] ?? text.vi ?? text.en ?? Object.values(text)[0] ?? '');
}

function injectOf(data: unknown): InjectTarget | null {
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  if (typeof d.rumour === 'string') return { rumour: d.rumour };
  if (typeof d.event === 'string') return { event: d.event };
  return null;
}

function scoreOf(data: unknown, skills: readonly SkillId[]): { effects: Partial<Record<SkillId, number>>; reason: string } {
  const d = (typeof data === 'object' && data !== null ? data : {}) as { effects?: unknown; reason?: unknown };
  const effects: Partial<Record<SkillId, number>> = {};
  if (typeof d.effects === 'object' && d.effects !== null) {
    for (const [skill, points] of Object.entries(d.effects as Record<string, unknown>)) {
      if (!isSkillId(skill) || !skills.includes(skill) || typeof points !== 'number') continue;
      const p = clampPoints(points);
      if (p !== 0) effects[skill] = p;
    }
  }
  return { effects, reason: typeof d.reason === 'string' ? d.reason.trim().slice(0, 2000) : '' };
}

/** This tab's drill id (records/resumeDrill.ts keeps it), so the trainees' records name their drill. */
function tabDrillId(): string {
  try {
    const id = sessionStorage.getItem('podium.tab.drill');
    if (id) return id;
  } catch {
    // fall through
  }
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}`;
}
