// The console's page: the link state, the setup before a drill, the drill's controls, and the
// panels (panels.ts) in a grid. It follows the projector's language.
import { COMMAND_IDS, COMMANDS, normalizeKey, type CommandId, type CommandSpec } from '../app/commands.ts';
import { isTypingTarget } from '../app/keyboard.ts';
import type { ConsoleView } from '../app/live/consoleView.ts';
import { ANSWER_TIME_CHOICES } from '../state/settings.ts';
import type { I18n } from '../i18n/i18n.ts';
import { formatNumber } from '../i18n/numberFormat.ts';
import { formatClock } from '../state/selectors.ts';
import { h } from '../ui/dom.ts';
import { createConsoleLink } from './consoleLink.ts';
import { createMessageArea } from './messageArea.ts';
import { CONSOLE_PANELS, type MountedPanel, type PanelContext } from './panels.ts';

export interface ConsoleHandle {
  view(): ConsoleView | null;
  connected(): boolean;
  lastLatencyMs(): number | null;
  /** Milliseconds from this page's navigation to the projector's first answer (null before). */
  attachedAfterMs(): number | null;
}

export function mountConsole(root: HTMLElement, i18n: I18n, options: { embedded: boolean }): ConsoleHandle {
  const t = (k: string, o?: Record<string, unknown>) => i18n.t(`console:${k}`, o ?? {});
  document.body.classList.toggle('c-embedded', options.embedded);
  let lastLatency: number | null = null;
  let refusedStart = false;
  let attachedAfter: number | null = null;

  const link = createConsoleLink(
    (view) => update(view),
    (done) => {
      lastLatency = done.latencyMs;
      if (done.id === 'live.start') refusedStart = !done.ok;
      latency.textContent = t('link.latency', { ms: formatNumber(Math.round(done.latencyMs * 10) / 10, i18n.language) });
      if (link.view) update(link.view);
    },
  );
  const send = (id: CommandId, data?: unknown) => link.send(id, data);

  // The panel inside the projector window takes the focus when clicked: the clicker's keys and C
  // (hide the panel) pressed then are the projector's, so they are passed on as the same commands.
  if (options.embedded) {
    window.addEventListener('keydown', (e) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return;
      if (e.target instanceof HTMLButtonElement && (e.key === 'Enter' || e.key === ' ')) return;
      const key = normalizeKey(e.key);
      const id = COMMAND_IDS.find((c) => c.startsWith('live.') && (COMMANDS[c] as CommandSpec).keys.includes(key));
      if (!id) return;
      e.preventDefault();
      send(id);
    });
  }

  // ---- header --------------------------------------------------------------------------------
  const title = h('h1', {}, t(options.embedded ? 'embedded' : 'title'));
  const linkState = h('p', { class: 'c-link', role: 'status' }, t('link.waiting'));
  const clock = h('p', { class: 'c-clock' });
  const latency = h('p', { class: 'c-latency c-dim' });
  const messages = createMessageArea(i18n, link.sendExtension, options.embedded);
  // A reloaded projector brings its drill back paused: the facilitator is the one to carry on (in the
  // header, which stays in view).
  const reloadNote = h('p', { class: 'c-reload', role: 'status', 'data-reload-paused': '', hidden: true }, t('reloadPaused'));
  const header = h('header', { class: 'c-header' }, title, clock, linkState, latency, messages.element, reloadNote);

  // ---- setup ---------------------------------------------------------------------------------
  const scenario = h('select', { name: 'scenario' });
  const language = h('select', { name: 'language' }, h('option', { value: 'vi' }, 'Tiếng Việt'), h('option', { value: 'en' }, 'English'));
  const answerTime = h('select', { name: 'answerTime' });
  const revealEach = h('input', { type: 'radio', name: 'reveal', value: 'each' });
  const revealEnd = h('input', { type: 'radio', name: 'reveal', value: 'end', checked: true });
  const roster = h('textarea', { name: 'roster', rows: 4 });
  const rotate = h('input', { type: 'number', name: 'rotate', min: 1, max: 50 });
  const apply = h('button', { type: 'button', class: 'c-btn primary', 'data-command': 'live.start' }, t('setup.apply'));
  const begin = h('button', { type: 'button', class: 'c-btn primary', 'data-command': 'briefing.start' }, t('setup.begin'));
  const refused = h('p', { class: 'c-error', hidden: true }, t('setup.refused'));
  const stop = h('button', { type: 'button', class: 'c-btn', 'data-command': 'live.stop' }, t('setup.stop'));
  stop.addEventListener('click', () => send('live.stop'));
  const field = (label: string, control: HTMLElement) => h('label', { class: 'c-field' }, h('span', {}, label), control);
  const setup = h(
    'section',
    { class: 'c-setup' },
    h('h2', {}, t('setup.heading')),
    field(t('setup.scenario'), scenario),
    field(t('setup.language'), language),
    field(t('setup.answerTime'), answerTime),
    h(
      'fieldset',
      {},
      h('legend', {}, t('setup.reveal')),
      h('label', {}, revealEach, ` ${t('setup.revealEach')}`),
      h('label', {}, revealEnd, ` ${t('setup.revealEnd')}`),
    ),
    field(t('setup.roster'), roster),
    field(t('setup.rotate'), rotate),
    h('div', { class: 'c-row' }, apply, begin, stop),
    refused,
  );
  apply.addEventListener('click', () => {
    refusedStart = false;
    const names = roster.value
      .split('\n')
      .map((n) => n.trim())
      .filter(Boolean);
    const every = Number(rotate.value);
    const factor = answerTime.value === 'off' ? null : Number(answerTime.value);
    send('live.start', {
      scenarioId: scenario.value,
      language: language.value,
      answerTime: factor,
      reveal: revealEach.checked ? 'each' : 'end',
      roster: names,
      rotateEvery: Number.isInteger(every) && every > 0 ? every : null,
    });
  });
  begin.addEventListener('click', () => send('briefing.start'));

  // ---- controls ------------------------------------------------------------------------------
  const button = (key: string, id: CommandId, cls = '') => {
    const b = h('button', { type: 'button', class: `c-btn ${cls}`, 'data-command': id }, t(key));
    b.addEventListener('click', () => send(id));
    return b;
  };
  const pause = h('button', { type: 'button', class: 'c-btn', 'data-command': 'drill.pause' });
  pause.addEventListener('click', () => send(link.view?.drill?.status === 'paused' ? 'drill.resume' : 'drill.pause'));
  const reveal = h('button', { type: 'button', class: 'c-btn', 'data-command': 'live.reveal' });
  reveal.addEventListener('click', () => send(link.view?.live.shown ? 'live.hide' : 'live.reveal'));
  const blank = h('button', { type: 'button', class: 'c-btn', 'data-command': 'live.blank' });
  blank.addEventListener('click', () => send('live.blank'));
  const addTime = button('controls.addTime', 'live.addTime');
  const takeTime = button('controls.takeTime', 'live.takeTime');
  const skip = button('controls.skip', 'live.skip');
  const end = button('controls.end', 'live.end', 'danger');
  const debrief = button('controls.debrief', 'live.debrief');
  const shownState = h('p', { class: 'c-shown', 'data-shown': '' });
  const controls = h('section', { class: 'c-controls' }, h('div', { class: 'c-row' }, pause, skip, addTime, takeTime, reveal, blank, end, debrief), shownState);

  // ---- panels --------------------------------------------------------------------------------
  const ctx: PanelContext = { i18n, t, send, sendExtension: link.sendExtension, onExtension: link.onExtension };
  const mounted: MountedPanel[] = [];
  const sections: { section: HTMLElement; always: boolean }[] = [];
  const grid = h('div', { class: 'c-grid' });
  for (const panel of CONSOLE_PANELS) {
    const m = panel.mount(ctx);
    mounted.push(m);
    const section = h('section', { class: 'c-panel', 'data-panel': panel.id }, h('h2', {}, i18n.t(panel.titleKey)), m.element);
    sections.push({ section, always: panel.always === true });
    grid.append(section);
  }
  const main = h('main', { class: 'c-main' }, setup, controls, grid);
  root.append(header, main);

  let filledScenarios = '';
  function fillSetup(view: ConsoleView): void {
    const key = view.scenarios.map((s) => s.id).join();
    if (key === filledScenarios) return;
    filledScenarios = key;
    scenario.replaceChildren(...view.scenarios.map((s) => h('option', { value: s.id }, s.title)));
    if (view.live.setup) scenario.value = view.live.setup.scenarioId;
    answerTime.replaceChildren(
      ...ANSWER_TIME_CHOICES.map((f) =>
        h('option', { value: f === null ? 'off' : String(f) }, f === null ? t('setup.answerTimeOff') : t('setup.answerTimeFactor', { factor: f })),
      ),
    );
    language.value = view.lang;
  }

  /** The header with no drill running: what the projector shows (the briefing of the scenario set up) instead. */
  function noDrill(view: ConsoleView): string {
    const title = view.scenarios.find((s) => s.id === view.live.setup?.scenarioId)?.title;
    return view.screen === 'Briefing' && view.live.active && title ? t('status.briefing', { title }) : t('status.none');
  }

  function update(view: ConsoleView): void {
    attachedAfter ??= performance.now();
    if (i18n.language !== view.lang) {
      // The console follows the projector's language (the drill's): it opens again in it, and
      // re-attaches at once (nothing lives here that the projector does not keep).
      const url = new URL(location.href);
      url.searchParams.set('lang', view.lang);
      location.replace(url);
      return;
    }
    document.title = t('documentTitle');
    fillSetup(view);
    messages.update(view);
    const drill = view.drill;
    const inDrill = view.screen === 'PressRoom' && drill !== null;
    linkState.textContent = `${t('link.connected')} · ${t('status.screen', { screen: t(`screens.${view.screen}`) })}`;
    linkState.classList.remove('lost');
    clock.textContent = drill ? `${formatClock(drill.now)} / ${formatClock(drill.duration)} · ${t(`status.${drill.status}`)}` : noDrill(view);
    setup.hidden = inDrill || view.screen === 'Debrief';
    begin.hidden = view.screen !== 'Briefing' || !view.live.active;
    stop.hidden = !view.live.active;
    refused.hidden = !refusedStart;
    controls.hidden = !inDrill && view.screen !== 'Debrief';
    pause.textContent = t(drill?.status === 'paused' ? 'controls.resume' : 'controls.pause');
    pause.dataset.command = drill?.status === 'paused' ? 'drill.resume' : 'drill.pause';
    pause.disabled = !drill || drill.status === 'ended' || view.live.item !== null;
    // After the end what the reveal puts on the projector is the class scoreboard: the button says so.
    const board = drill?.status === 'ended' && view.screen === 'PressRoom';
    reveal.textContent = t(view.live.shown ? (board ? 'controls.hideBoard' : 'controls.hide') : board ? 'controls.revealBoard' : 'controls.reveal');
    reveal.dataset.command = view.live.shown ? 'live.hide' : 'live.reveal';
    blank.textContent = t(view.live.blank ? 'controls.unblank' : 'controls.blank');
    end.disabled = !drill || drill.status === 'ended';
    // Only an open question can be skipped, and not while a live item waits for its score.
    skip.hidden = !drill?.beat || drill.status === 'ended';
    skip.disabled = view.live.item !== null;
    // Only a question with an answer limit has time to give or take.
    addTime.hidden = takeTime.hidden = drill?.beat?.deadline == null || drill.status === 'ended';
    debrief.hidden = drill?.status !== 'ended' || view.screen !== 'PressRoom';
    reloadNote.hidden = !view.pausedByReload;
    shownState.textContent = t(
      view.live.shown ? 'controls.shownToRoom' : view.live.board && drill?.status === 'ended' ? 'controls.boardToRoom' : 'controls.hiddenFromRoom',
    );
    shownState.dataset.shown = String(view.live.shown);
    // Outside a drill only the panels that work without one show (e.g. the room's check).
    const drillShown = inDrill || view.screen === 'Debrief';
    for (const { section, always } of sections) section.hidden = !drillShown && !always;
    grid.hidden = sections.every(({ section }) => section.hidden);
    for (const m of mounted) m.update(view);
  }

  setInterval(() => {
    if (!link.connected() && link.view) {
      linkState.textContent = t('link.lost');
      linkState.classList.add('lost');
    }
  }, 1000);

  return {
    view: () => link.view,
    connected: () => link.connected(),
    lastLatencyMs: () => lastLatency,
    attachedAfterMs: () => attachedAfter,
  };
}
