// The menu, drawn in the DOM so it is readable and usable before Phaser has even loaded: the
// bundled scenarios (title, difficulty, how long a run takes, assessed skills in both languages),
// the language switch, settings and the extra actions (History). A scenario with errors stays in
// the list with its checker messages; one that loads with warnings shows them too. Keys: ↑ ↓ move
// the selection, Enter opens the briefing, L language, S settings, F full screen (Tab and the mouse
// as on any page). Keys run through the command table.
import type { Commands } from '../../app/commands.ts';
import type { MenuAction } from '../../game/appContext.ts';
import { playMinutes, playTime } from '../../core/scenario/playTime.ts';
import { isSkillId } from '../../core/skills.ts';
import type { I18n } from '../../i18n/i18n.ts';
import { resolveText } from '../../i18n/resolveText.ts';
import { isLibraryEntry } from '../../state/libraryEntry.ts';
import { entryKey, type ScenarioEntry } from '../../state/scenarioEntry.ts';
import type { AppState, AppStore } from '../../state/store.ts';
import { h } from '../dom.ts';
import { diagnosticsList } from '../menuErrors.ts';
import { brand } from '../screen/brand.ts';
import { focusInside, screenLayer } from '../screen/screenLayer.ts';
import { watchOverflow } from '../screen/overflow.ts';
import './menu.css';
import { otherLanguage } from '../../i18n/languages.ts';
import { skillName } from '../../i18n/skillName.ts';

export interface MenuScreenDeps {
  store: AppStore;
  i18n: I18n;
  commands: Commands;
  menuActions(): readonly MenuAction[];
}

const DIFFICULTY_COLOURS = ['var(--success)', 'var(--warning)', 'var(--danger)'];

export function createMenuScreen(deps: MenuScreenDeps): void {
  const { store, i18n } = deps;
  const t = (key: string, options?: Record<string, unknown>) => i18n.t(key, options);
  const root = h('main', { class: 'ps-screen ps-menu', hidden: true, 'aria-labelledby': 'ps-menu-title' });
  screenLayer().append(root);
  let items: { key: string; button: HTMLButtonElement }[] = [];
  let detail: HTMLElement = h('section');
  let built = false;

  const lang = () => store.getState().settings.language;
  const selectedKey = () => {
    const s = store.getState();
    return s.selectedScenarioId ?? (s.scenarios[0] ? entryKey(s.scenarios[0]) : null);
  };

  const openBriefing = (key: string | null) => {
    const s = store.getState();
    const entry = s.scenarios.find((e) => entryKey(e) === key);
    if (!entry) return;
    s.selectScenario(key);
    if (entry.checked) s.goTo('Briefing');
  };

  const build = () => {
    built = true;
    const state = store.getState();
    const header = h('header', { class: 'ps-menu-header' }, brand(64, t('common:tagline')));
    const actions = h('nav', { class: 'ps-menu-actions', 'aria-label': t('menu:settings') });
    const addAction = (label: string, run: () => void, attrs: Record<string, string> = {}) => {
      const b = h('button', { type: 'button', class: 'ps-btn ps-btn-ghost', ...attrs }, label);
      b.addEventListener('click', run);
      actions.append(b);
    };
    addAction(t('menu:settings'), () => deps.commands.run('app.settings'));
    for (const a of deps.menuActions()) addAction(t(a.labelKey), () => a.run(), { 'data-action': a.id });
    for (const [code, name] of [
      ['en', 'English'],
      ['vi', 'Tiếng Việt'],
    ] as const) {
      addAction(name, () => store.getState().updateSettings({ language: code }), { lang: code, 'aria-pressed': String(lang() === code) });
    }
    header.append(actions);

    const list = h('ul', { class: 'ps-menu-list ps-scroll', 'aria-labelledby': 'ps-menu-title' });
    items = state.scenarios.map((entry) => {
      const key = entryKey(entry);
      const button = h(
        'button',
        { type: 'button', class: 'ps-menu-item', 'data-key': key },
        h('span', { class: 'ps-menu-item-title' }, entryTitle(entry)),
        h('span', { class: entry.checked ? 'ps-menu-item-sub' : 'ps-menu-item-sub ps-danger' }, entrySub(entry)),
      );
      button.addEventListener('click', () => {
        if (selectedKey() === key) openBriefing(key);
        else select(key, false);
      });
      button.addEventListener('dblclick', () => openBriefing(key));
      list.append(h('li', {}, button));
      return { key, button };
    });
    const listColumn = h(
      'section',
      { class: 'ps-menu-column' },
      h('h1', { id: 'ps-menu-title', class: 'ps-label' }, t('menu:scenarios')),
      state.scenarios.length ? list : h('p', { class: 'ps-dim' }, t('menu:noScenarios')),
    );
    // Not a live region: moving through the list, each button already says the title, difficulty and length.
    detail = h('section', { class: 'ps-menu-detail ps-panel', 'aria-labelledby': 'ps-menu-detail-title' });
    const body = h('div', { class: 'ps-menu-body' }, listColumn, detail);
    const footer = h('footer', { class: 'ps-menu-hint' }, t('menu:hint'));
    root.replaceChildren(header, body, footer);
    watchOverflow(list);
    renderSelection();
  };

  const entryTitle = (entry: ScenarioEntry) =>
    entry.checked ? resolveText(entry.checked.scenario.title, lang()) : (entry.file.split('/').pop() ?? entry.file);

  const entrySub = (entry: ScenarioEntry) => `${isLibraryEntry(entry) ? `${t('menu:fromLibrary')}  ·  ` : ''}${entryFacts(entry)}`;

  const entryFacts = (entry: ScenarioEntry) => {
    if (!entry.checked) return `⚠ ${t('menu:hasErrors', { count: entry.diagnostics.filter((d) => d.severity === 'error').length })}`;
    const s = entry.checked.scenario;
    const dots = '●'.repeat(s.difficulty) + '○'.repeat(3 - s.difficulty);
    const minutes = playMinutes(playTime(s));
    const play = minutes.min === minutes.max ? t('menu:playTimeShortOne', { count: minutes.min }) : t('menu:playTimeShort', minutes);
    const warnings = entry.diagnostics.filter((d) => d.severity === 'warning').length;
    return `${dots}  ${t(`common:difficulty.${s.difficulty}`)}  ·  ${play}${warnings ? `  ·  ⚠ ${t('menu:hasWarnings', { count: warnings })}` : ''}`;
  };

  const renderSelection = () => {
    const key = selectedKey();
    for (const item of items) {
      const on = item.key === key;
      item.button.classList.toggle('selected', on);
      if (on) item.button.setAttribute('aria-current', 'true');
      else item.button.removeAttribute('aria-current');
    }
    renderDetail(store.getState().scenarios.find((e) => entryKey(e) === key) ?? null);
    // The keyboard focus follows a selection made elsewhere (the store, a test, a reloaded file).
    const focused = items.find((i) => i.button === document.activeElement);
    if (focused && focused.key !== key) focusInside(items.find((i) => i.key === key)?.button);
  };

  const renderDetail = (entry: ScenarioEntry | null) => {
    const content = h('div', { class: 'ps-menu-detail-body ps-scroll', tabindex: 0 });
    const parts: HTMLElement[] = [content];
    if (entry && !entry.checked) {
      content.append(
        h('h2', { id: 'ps-menu-detail-title', class: 'ps-menu-title ps-danger' }, entry.file),
        h('p', { class: 'ps-menu-summary' }, t('menu:errorsIntro')),
        diagnosticsList(entry.diagnostics, t('menu:errorsLabel'), 'errors', lang()),
      );
    } else if (entry?.checked) {
      const s = entry.checked.scenario;
      const other = otherLanguage(lang());
      const time = playTime(s);
      const minutes = playMinutes(time);
      const chip = (text: string, style?: string) => h('li', { class: 'ps-chip', style }, text);
      const meta = h(
        'ul',
        { class: 'ps-chips' },
        chip(
          `${'●'.repeat(s.difficulty)}${'○'.repeat(3 - s.difficulty)}  ${t(`common:difficulty.${s.difficulty}`)}`,
          `color: ${DIFFICULTY_COLOURS[s.difficulty - 1] ?? 'inherit'}`,
        ),
        chip(minutes.min === minutes.max ? t('menu:playTimeOne', { count: minutes.min }) : t('menu:playTime', minutes)),
        chip(t('menu:conference', { count: Math.round(s.duration / 60) })),
        chip(time.questions.min === time.questions.max ? t('menu:questionCount', { count: time.questions.min }) : t('menu:questionRange', time.questions)),
        chip(t('menu:reporters', { count: s.reporters.length })),
      );
      const skills = h(
        'ul',
        { class: 'ps-chips' },
        ...s.skills
          .filter(isSkillId)
          .map((id) =>
            h(
              'li',
              { class: 'ps-chip' },
              h('span', { lang: lang() }, skillName(id, lang())),
              h('span', { class: 'ps-other', lang: other }, skillName(id, other)),
            ),
          ),
      );
      content.append(
        h('h2', { id: 'ps-menu-detail-title', class: 'ps-menu-title' }, resolveText(s.title, lang())),
        h('p', { class: 'ps-menu-summary' }, resolveText(s.summary, lang())),
        meta,
        h('h3', { class: 'ps-label' }, t('menu:skills')),
        skills,
      );
      const warnings = entry.diagnostics.filter((d) => d.severity === 'warning');
      if (warnings.length)
        content.append(
          h('p', { class: 'ps-menu-warning-intro' }, `⚠ ${t('menu:warningsIntro')}`),
          diagnosticsList(warnings, t('menu:warningsLabel'), 'warnings', lang()),
        );
      const open = h('button', { type: 'button', class: 'ps-btn ps-btn-primary ps-menu-open' }, t('menu:open'), h('kbd', {}, '↵'));
      open.addEventListener('click', () => openBriefing(entryKey(entry)));
      parts.push(h('div', { class: 'ps-menu-detail-foot' }, open));
    }
    detail.replaceChildren(...parts);
    watchOverflow(content);
  };

  /** `focus`: move the keyboard focus to the item too (keys); a click leaves it where it is. */
  const select = (key: string, focus: boolean) => {
    store.getState().selectScenario(key);
    if (focus) focusInside(items.find((i) => i.key === key)?.button);
  };

  const show = (visible: boolean) => {
    if (visible === !root.hidden) return;
    root.hidden = !visible;
    if (!visible) return;
    document.body.dataset.screen = 'Menu';
    focusInside(items.find((i) => i.key === selectedKey())?.button ?? root.querySelector<HTMLElement>('button'));
  };

  store.subscribe((state: AppState, prev: AppState) => {
    const visible = state.screen === 'Menu';
    if (!visible) {
      show(false);
      return;
    }
    const relabel = state.settings.language !== prev.settings.language;
    if (!built || relabel || state.scenarios !== prev.scenarios) {
      const hadFocus = root.contains(document.activeElement);
      build();
      if (hadFocus || relabel) focusInside(items.find((i) => i.key === selectedKey())?.button);
    } else if (state.selectedScenarioId !== prev.selectedScenarioId) renderSelection();
    show(true);
  });

  // Keys come through the command table (src/app/commands.ts); L, S and F are app-wide there.
  const move = (step: number) => {
    const keys = items.map((i) => i.key);
    const at = keys.indexOf(selectedKey() ?? '');
    const next = keys[Math.max(0, Math.min(keys.length - 1, at + step))];
    if (next) select(next, true);
  };
  deps.commands.register('menu', {
    'menu.next': () => move(1),
    'menu.previous': () => move(-1),
    'menu.open': () => openBriefing(selectedKey()),
  });
}
