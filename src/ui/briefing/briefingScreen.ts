// Briefing, drawn in the DOM: what the spokesperson knows before facing the press — the situation,
// the key messages, the sensitive topics, the facts marked confirmed / unconfirmed / confidential,
// and who is in the room. Three columns of type large enough for the back of a room; a column
// holding more than the screen shows scrolls (with a fade at its foot), so a situation of the
// format's full 2,000 characters never covers the reporters or the buttons. "Ready" starts the
// clock (once the press room can be drawn). Enter on the focused Ready starts; Esc goes back.
import type { Commands } from '../../app/commands.ts';
import { isLiveProjector } from '../../app/live/projectorPrivacy.ts';
import type { Reporter, Scenario } from '../../core/scenario/schema.ts';
import type { I18n } from '../../i18n/i18n.ts';
import { resolveText } from '../../i18n/resolveText.ts';
import { answerTimeOptions } from '../../state/answerTime.ts';
import type { DrillController } from '../../state/drillController.ts';
import { selectSelectedScenario } from '../../state/selectors.ts';
import type { AppState, AppStore } from '../../state/store.ts';
import { h } from '../dom.ts';
import { brand } from '../screen/brand.ts';
import { watchOverflow } from '../screen/overflow.ts';
import { focusInside, screenLayer } from '../screen/screenLayer.ts';
import './briefing.css';

export interface BriefingScreenDeps {
  store: AppStore;
  controller: Pick<DrillController, 'startDrill'>;
  i18n: I18n;
  /** Resolves once the press room can be shown (Phaser loads while the trainee reads). */
  pressRoomReady(): Promise<unknown>;
  commands: Commands;
}

const STATUS_COLOURS: Record<string, string> = { confirmed: 'var(--success)', unconfirmed: 'var(--warning)', confidential: 'var(--confidential, #b08cff)' };
const STANCE_COLOURS: Record<string, string> = { friendly: 'var(--success)', neutral: 'var(--info, #5cc8e8)', hostile: 'var(--danger)' };

export function createBriefingScreen(deps: BriefingScreenDeps): void {
  const { store, i18n } = deps;
  const t = (key: string, options?: Record<string, unknown>) => i18n.t(key, options);
  const root = h('main', { class: 'ps-screen ps-briefing', hidden: true, 'aria-labelledby': 'ps-briefing-title' });
  screenLayer().append(root);
  let shown: unknown = null;
  let starting = false;

  const lang = () => store.getState().settings.language;

  const ready = async () => {
    const checked = selectSelectedScenario(store.getState());
    if (!checked || starting) return;
    starting = true;
    root.setAttribute('aria-busy', 'true');
    try {
      // The clock must not run before the trainee can see the first question.
      await deps.pressRoomReady();
      if (store.getState().screen !== 'Briefing') return;
      deps.controller.startDrill(checked.scenario.id, answerTimeOptions(store.getState().settings.answerTime));
    } finally {
      starting = false;
      root.removeAttribute('aria-busy');
    }
  };

  const column = (label: string, ...blocks: HTMLElement[]) => {
    const box = h('section', { class: 'ps-briefing-column ps-scroll', tabindex: 0, 'aria-label': label }, ...blocks);
    return box;
  };
  const heading = (label: string) => h('h2', { class: 'ps-label' }, label);

  const build = () => {
    const checked = selectSelectedScenario(store.getState());
    const buttons = footer();
    if (!checked) {
      root.replaceChildren(h('p', { class: 'ps-briefing-missing' }, t('briefing:missing')), buttons.el);
      return buttons;
    }
    const s: Scenario = checked.scenario;
    const l = lang();
    const header = h(
      'header',
      { class: 'ps-briefing-header' },
      brand(40, null),
      h(
        'div',
        { class: 'ps-briefing-heading' },
        h('p', { class: 'ps-label ps-accent' }, t('briefing:heading')),
        h('h1', { id: 'ps-briefing-title', class: 'ps-briefing-title' }, resolveText(s.title, l)),
      ),
    );
    const situation = column(
      t('briefing:situation'),
      heading(t('briefing:situation')),
      h('p', { class: 'ps-briefing-situation' }, resolveText(s.briefing.situation, l)),
    );
    const messages: HTMLElement[] = [];
    if (s.briefing.key_messages.length) {
      messages.push(
        heading(t('briefing:keyMessages')),
        h('ul', { class: 'ps-briefing-messages' }, ...s.briefing.key_messages.map((km) => h('li', {}, resolveText(km.text, l)))),
      );
    }
    if (s.briefing.sensitive?.length) {
      messages.push(
        heading(t('briefing:sensitive')),
        h('ul', { class: 'ps-briefing-sensitive' }, ...s.briefing.sensitive.map((topic) => h('li', {}, resolveText(topic, l)))),
      );
    }
    const facts = s.briefing.facts.length
      ? h(
          'ul',
          { class: 'ps-briefing-facts' },
          ...s.briefing.facts.map((f) =>
            h(
              'li',
              { style: `--status: ${STATUS_COLOURS[f.status] ?? 'var(--text)'}` },
              h('span', { class: 'ps-fact-status' }, t(`common:factStatus.${f.status}`)),
              h('span', {}, resolveText(f.text, l)),
            ),
          ),
        )
      : h('p', { class: 'ps-dim' }, t('briefing:noFacts'));
    const columns = [
      situation,
      ...(messages.length ? [column(t('briefing:keyMessages'), ...messages)] : []),
      column(t('briefing:facts'), heading(t('briefing:facts')), facts),
    ];
    const body = h('div', { class: 'ps-briefing-body ps-panel', style: `grid-template-columns: 1.25fr repeat(${columns.length - 1}, 1fr)` }, ...columns);
    root.replaceChildren(header, body, reporters(s.reporters), buttons.el);
    for (const c of columns) watchOverflow(c);
    return buttons;
  };

  const reporters = (list: readonly Reporter[]) => {
    const cards = list.map((r) =>
      h(
        'li',
        { class: 'ps-reporter', style: `--stance: ${STANCE_COLOURS[r.stance] ?? 'var(--text)'}` },
        h('span', { class: 'ps-reporter-name' }, r.name),
        h('span', { class: 'ps-reporter-outlet' }, resolveText(r.outlet, lang())),
        h('span', { class: 'ps-reporter-meta' }, `● ${t(`common:stance.${r.stance}`)} · ${t(`common:kind.${r.kind}`)}`),
      ),
    );
    const ul = h('ul', { class: 'ps-reporters ps-scroll', 'aria-label': t('briefing:reporters') }, ...cards);
    watchOverflow(ul);
    return h('section', { class: 'ps-briefing-room' }, h('h2', { class: 'ps-label' }, t('briefing:reporters')), ul);
  };

  const footer = () => {
    const backButton = h('button', { type: 'button', class: 'ps-btn ps-btn-ghost ps-briefing-back' }, t('briefing:back'), h('kbd', {}, 'Esc'));
    backButton.addEventListener('click', () => deps.commands.run('briefing.back'));
    const readyButton = h('button', { type: 'button', class: 'ps-btn ps-btn-primary ps-briefing-ready' }, t('briefing:ready'), h('kbd', {}, '↵'));
    readyButton.addEventListener('click', () => deps.commands.run('briefing.start'));
    const answerTime = store.getState().settings.answerTime;
    // The factor in the language's number format (vi "1,5"), as Settings shows it.
    const note = h(
      'p',
      { class: 'ps-briefing-note' },
      answerTime === null ? t('briefing:timeOff') : t('briefing:timeFactor', { factor: answerTime }),
      h('br'),
      t('briefing:pauseHint'),
    );
    // A live drill's briefing came from the console, which alone may cancel it (live.stop).
    const el = h('footer', { class: 'ps-briefing-foot' }, isLiveProjector() ? null : backButton, note, readyButton);
    return { el, readyButton };
  };

  const render = () => {
    const { readyButton } = build();
    focusInside(readyButton);
  };

  store.subscribe((state: AppState, prev: AppState) => {
    if (state.screen !== 'Briefing') {
      root.hidden = true;
      shown = null;
      return;
    }
    const key = `${state.selectedScenarioId}|${state.settings.language}|${state.settings.answerTime}`;
    const scenarios = state.scenarios !== prev.scenarios;
    // Shown before it is drawn: a hidden element cannot take the focus.
    if (root.hidden) {
      root.hidden = false;
      document.body.dataset.screen = 'Briefing';
    }
    if (key !== shown || scenarios) {
      shown = key;
      render();
    }
  });

  // Esc / Backspace (back), L, S and F are the command table's app-wide handlers.
  deps.commands.register('briefing', { 'briefing.start': () => void ready() });
}
