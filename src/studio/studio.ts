// The scenario studio: authoring without a terminal. Loaded only when opened (its own chunk, with
// CodeMirror, yaml and dagre; the checker runs in a worker). An editor on the left, checked as
// the author types; on the right the problems, the branch map, the preview, the translations and
// the library. Every change is kept in the browser's library, which the menu lists (no rebuild).
import { answerTimeOptions } from '../state/answerTime.ts';
import type { DrillController } from '../state/drillController.ts';
import type { Diagnostic } from '../core/scenario/diagnostics.ts';
import type { Scenario } from '../core/scenario/schema.ts';
import { savedDrillAt, savedDrillReplayed, type StartState } from '../core/session/startAt.ts';
import type { LogEntry } from '../core/session/types.ts';
import type { I18n } from '../i18n/i18n.ts';
import { resolveText } from '../i18n/resolveText.ts';
import { otherLanguage } from '../i18n/languages.ts';
import { addNamespace } from '../i18n/resources.ts';
import { wordLibraryClash } from '../state/libraryClash.ts';
import { mergeScenarios, type LibraryEntry } from '../state/libraryEntry.ts';
import type { AppStore } from '../state/store.ts';
import { h } from '../ui/dom.ts';
import { renderBranchMap } from './branchMap.ts';
import { createCheckClient } from './checkClient.ts';
import type { CheckReply } from './checkProtocol.ts';
import { createEditor } from './editor.ts';
import { libraryName, openLibrary, type LibraryFile } from './library.ts';
import { libraryEntry } from './libraryMenu.ts';
import { mapModel } from './mapModel.ts';
import { createPreviewPanel } from './previewPanel.ts';
import { problemLine, problemText } from './problemText.ts';
import { TEMPLATE_NAME, templateFor } from './template.ts';
import { keyOffset, pathLabel, textEdit, textRows, type TextRow } from './translations.ts';
import './studio.css';

const studioTexts = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/studio.json', { eager: true });
const bundledFiles = import.meta.glob<string>(['../../scenarios/*.yaml', '!../../scenarios/*.plan.yaml'], { query: '?raw', import: 'default' });

export interface StudioDeps {
  store: AppStore;
  i18n: I18n;
  controller: DrillController;
}

export interface Studio {
  show(): void;
  hide(): void;
  readonly open: boolean;
}

type Tab = 'problems' | 'map' | 'preview' | 'translations' | 'library';
const TABS: Tab[] = ['problems', 'map', 'preview', 'translations', 'library'];

/** Per-keystroke latency, from the change to the problems shown for it (ms); read by the bench. */
export interface StudioProbe {
  latencies: number[];
  checks: number;
  lastReply(): CheckReply | null;
  text(): string;
  setText(text: string): void;
  type(text: string, at?: number): void;
  /** The cursor's 1-based line and column. */
  cursor(): { line: number; column: number };
}

let instance: Studio | null = null;

export function openStudio(deps: StudioDeps): Studio {
  instance ??= createStudio(deps);
  instance.show();
  return instance;
}

function createStudio(deps: StudioDeps): Studio {
  const { store, i18n, controller } = deps;
  addNamespace(i18n, 'studio', studioTexts);
  const t = (key: string, options?: Record<string, unknown>) => i18n.t(key, options);
  const lang = () => store.getState().settings.language;
  const library = openLibrary();
  const checker = createCheckClient();

  let name = TEMPLATE_NAME;
  let reply: CheckReply | null = null;
  let shownDiagnostics: Diagnostic[] = [];
  let version = 0;
  let shownVersion = -1;
  const typedAt: { version: number; at: number }[] = [];
  const probe: StudioProbe = {
    latencies: [],
    checks: 0,
    lastReply: () => reply,
    text: () => editor.text(),
    setText: (text) => editor.setText(text),
    type: (text, at) => editor.replace(at ?? editor.text().length, at ?? editor.text().length, text),
    cursor: () => {
      const head = editor.view.state.selection.main.head;
      const line = editor.view.state.doc.lineAt(head);
      return { line: line.number, column: head - line.from + 1 };
    },
  };
  let tab: Tab = 'problems';
  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  let lastPreview: { start: StartState; log: LogEntry[] } | null = null;
  let previewing = false;
  let isOpen = false;
  /** The untouched template shown on the first opening is not kept until the author changes it. */
  let keepNext = true;

  // ---- layout ---------------------------------------------------------------------------------
  const root = h('div', { class: 'st-studio', hidden: true, role: 'region', 'aria-labelledby': 'st-title', lang: lang() });
  const title = h('h1', { id: 'st-title', class: 'st-title' });
  const nameLabel = h('span', { class: 'st-name', 'data-name': '' });
  const fileInput = h('input', { type: 'file', accept: '.yaml,.yml,text/yaml', class: 'st-hidden', 'aria-hidden': 'true', tabindex: -1 });
  const bar = h('header', { class: 'st-bar' });
  const editorHost = h('div', { class: 'st-editor' });
  const status = h('p', { class: 'st-status', role: 'status' });
  const tabBar = h('div', { class: 'st-tabs', role: 'tablist' });
  const panel = h('div', { class: 'st-panel', role: 'tabpanel' });
  const dropHint = h('div', { class: 'st-drop', hidden: true });
  const body = h(
    'div',
    { class: 'st-body', 'data-tab': 'problems' },
    h('section', { class: 'st-editor-col' }, editorHost, status),
    h('section', { class: 'st-side' }, tabBar, panel),
  );
  root.append(bar, body, dropHint, fileInput);
  document.body.append(root);
  // The studio owns its keys: the app's single-letter commands (L, S, F…) must not fire from here.
  root.addEventListener('keydown', (e) => e.stopPropagation());

  const editor = createEditor(editorHost, { label: t('studio:editorLabel'), onChange: (text) => changed(text) });
  const preview = createPreviewPanel({ t, lang, play: (s) => void play(s, false), replay: (s) => void play(s, true), canReplay: () => lastPreview !== null });
  const mapBox = h('div', { class: 'st-map' });
  const problemsBox = h('div', { class: 'st-problems' });
  const translationsBox = h('div', { class: 'st-translations' });
  const libraryBox = h('div', { class: 'st-library' });

  const button = (label: string, action: string, run: () => void, cls = 'ps-btn') => {
    const b = h('button', { type: 'button', class: cls, 'data-action': action }, label);
    b.addEventListener('click', run);
    return b;
  };

  const buildBar = () => {
    title.textContent = t('studio:title');
    const copySelect = h(
      'select',
      { class: 'st-input', 'aria-label': t('studio:copyLabel'), 'data-action': 'copy-select' },
      h('option', { value: '' }, t('studio:copyPick')),
    );
    for (const path of Object.keys(bundledFiles).sort()) {
      const file = path.split('/').pop()!;
      if (file.endsWith('.plan.yaml')) continue;
      copySelect.append(h('option', { value: path }, file));
    }
    copySelect.addEventListener('change', () => {
      if (copySelect.value) void copyBundled(copySelect.value);
      copySelect.value = '';
    });
    const langs = h('span', { class: 'st-row' });
    for (const [code, label] of [
      ['vi', 'Tiếng Việt'],
      ['en', 'English'],
    ] as const) {
      const b = button(label, `lang-${code}`, () => store.getState().updateSettings({ language: code }), 'ps-btn ps-btn-ghost');
      b.setAttribute('lang', code);
      b.setAttribute('aria-pressed', String(lang() === code));
      langs.append(b);
    }
    bar.replaceChildren(
      h('div', { class: 'st-row' }, title, nameLabel),
      h(
        'div',
        { class: 'st-row st-actions' },
        button(t('studio:openFile'), 'open-file', () => fileInput.click()),
        button(t('studio:newFromTemplate'), 'new', () => void startFrom(TEMPLATE_NAME, templateFor(lang()))),
        copySelect,
        button(t('studio:export'), 'export', exportYaml),
        langs,
        button(t('studio:close'), 'close', () => hide(), 'ps-btn ps-btn-primary'),
      ),
    );
    nameLabel.textContent = name;
    tabBar.replaceChildren(
      ...TABS.map((id) => {
        const b = h('button', { type: 'button', role: 'tab', class: 'st-tab', 'data-tab': id, 'aria-selected': String(tab === id) }, t(`studio:tabs.${id}`));
        b.addEventListener('click', () => selectTab(id));
        return b;
      }),
    );
    dropHint.textContent = t('studio:dropHere');
  };

  const selectTab = (id: Tab) => {
    tab = id;
    body.dataset.tab = id;
    for (const b of tabBar.querySelectorAll<HTMLElement>('[role=tab]')) b.setAttribute('aria-selected', String(b.dataset.tab === id));
    renderPanel();
  };

  // ---- checking as the author types -------------------------------------------------------------
  const changed = (text: string) => {
    version++;
    typedAt.push({ version, at: performance.now() });
    checker.latest(name, text, version, received);
    if (keepNext) scheduleSave();
    keepNext = true;
  };

  const withClash = (r: CheckReply): Diagnostic[] => {
    // A copy that kept a bundled id gets the same message as in the menu.
    const merged = mergeScenarios(store.getState().bundledScenarios, [libraryEntry({ name }, r)], wordLibraryClash);
    return merged[merged.length - 1]!.diagnostics;
  };

  const received = (r: CheckReply, v: number) => {
    probe.checks++;
    if (v < shownVersion) return;
    reply = r;
    shownVersion = v;
    shownDiagnostics = withClash(r);
    editor.showProblems(shownDiagnostics, (d) => problemLine(d, t, lang()));
    const now = performance.now();
    while (typedAt.length && typedAt[0]!.version <= v) probe.latencies.push(now - typedAt.shift()!.at);
    renderStatus();
    if (tab !== 'preview' || !panel.contains(document.activeElement)) renderPanel();
  };

  const renderStatus = () => {
    if (!reply) {
      status.textContent = t('studio:checking');
      return;
    }
    const errors = shownDiagnostics.filter((d) => d.severity === 'error').length;
    const warnings = shownDiagnostics.length - errors;
    const parts = errors + warnings === 0 ? [t('studio:clean')] : [t('studio:errors', { count: errors }), t('studio:warnings', { count: warnings })];
    status.textContent = `${parts.join(' · ')} · ${t('studio:checkedIn', { ms: Math.round(reply.ms) })}`;
    status.classList.toggle('st-bad', errors > 0);
  };

  // ---- panels -----------------------------------------------------------------------------------
  const renderPanel = () => {
    switch (tab) {
      case 'problems':
        renderProblems();
        panel.replaceChildren(problemsBox);
        break;
      case 'map':
        panel.replaceChildren(mapBox);
        renderMap();
        break;
      case 'preview':
        preview.update(reply?.scenario ?? null, reply !== null && shownDiagnostics.every((d) => d.severity !== 'error') && reply.checked !== null);
        panel.replaceChildren(preview.element);
        break;
      case 'translations':
        renderTranslations();
        panel.replaceChildren(translationsBox);
        break;
      case 'library':
        void renderLibrary();
        panel.replaceChildren(libraryBox);
        break;
    }
  };

  const renderProblems = () => {
    if (!reply) {
      problemsBox.replaceChildren(h('p', { class: 'st-dim' }, t('studio:checking')));
      return;
    }
    if (shownDiagnostics.length === 0) {
      problemsBox.replaceChildren(h('p', { class: 'st-good' }, `✓ ${t('studio:cleanLong')}`));
      return;
    }
    const list = h('ol', { class: 'st-problem-list' });
    for (const d of shownDiagnostics) {
      const p = problemText(d, t, lang());
      const go = h(
        'button',
        { type: 'button', class: `st-problem st-${d.severity}`, 'data-code': d.code, 'data-line': d.line },
        h('span', { class: 'st-problem-where' }, `${t(`studio:problems.${d.severity}`)} · ${t('studio:problems.at', { line: d.line, column: d.column })}`),
        h('span', { class: 'st-problem-title' }, p.title),
        h('span', { class: 'st-problem-help' }, p.help),
        h('span', { class: 'st-problem-detail', lang: p.detailLang }, p.detail),
        p.hint ? h('span', { class: 'st-problem-hint', lang: p.detailLang }, p.hint) : null,
      );
      go.addEventListener('click', () => editor.goTo(d.line, d.column));
      list.append(h('li', {}, go));
    }
    problemsBox.replaceChildren(list);
  };

  const renderMap = () => {
    const scenario = reply?.scenario;
    if (!scenario) {
      mapBox.replaceChildren(h('p', { class: 'st-note' }, t('studio:map.needsStructure')));
      return;
    }
    const reporters = new Map(scenario.reporters.map((r) => [r.id, r.name]));
    renderBranchMap(mapBox, mapModel(scenario, reply!.unreachable), {
      t,
      lang: lang(),
      reporterName: (id) => reporters.get(id) ?? id,
      onBeat: (id) => {
        goToKey(['beats', id]);
        preview.selectBeat(id);
      },
    });
    // A wide map opens on its first beat.
    mapBox.querySelector('.st-start')?.scrollIntoView({ block: 'nearest', inline: 'center' });
  };

  const goToKey = (path: (string | number)[]) => {
    const at = keyOffset(editor.text(), path);
    if (at === null) return;
    const line = editor.view.state.doc.lineAt(at);
    editor.goTo(line.number, at - line.from + 1);
  };

  const renderTranslations = () => {
    const scenario: Scenario | null = reply?.scenario ?? null;
    const languages = scenario?.languages ?? ['vi', 'en'];
    let rows: TextRow[];
    try {
      rows = textRows(editor.text(), languages);
    } catch {
      rows = [];
    }
    const missing = rows.reduce((n, r) => n + languages.filter((l) => r.values[l] === null).length, 0);
    const table = h('table', { class: 'st-table' });
    table.append(h('thead', {}, h('tr', {}, h('th', {}, t('studio:translations.where')), ...languages.map((l) => h('th', { lang: l }, l.toUpperCase())))));
    const body = h('tbody');
    rows.forEach((row, i) => {
      const tr = h('tr', { 'data-path': pathLabel(row.path) });
      tr.append(h('th', { scope: 'row' }, pathLabel(row.path)));
      for (const l of languages) {
        const value = row.values[l];
        const longest = Math.max(...languages.map((k) => row.values[k]?.value.length ?? 0));
        const field = h('textarea', {
          class: `st-input st-text${value ? '' : ' st-missing'}`,
          lang: l,
          rows: Math.min(8, Math.max(2, Math.ceil(longest / 34))),
          'data-lang': l,
          'data-row': i,
          'aria-label': `${pathLabel(row.path)} (${l})`,
          placeholder: value ? '' : t('studio:translations.missing'),
        });
        field.value = value?.value ?? '';
        field.addEventListener('change', () => {
          const source = editor.text();
          const fresh = textRows(source, languages).find((r) => pathLabel(r.path) === pathLabel(row.path));
          if (!fresh) return;
          const edit = textEdit(source, fresh, l, field.value);
          editor.replace(edit.from, edit.to, edit.insert);
        });
        tr.append(h('td', {}, field, value ? null : h('span', { class: 'st-missing-mark' }, t('studio:translations.missing'))));
      }
      body.append(tr);
    });
    table.append(body);
    translationsBox.replaceChildren(
      h(
        'p',
        { class: missing ? 'st-note st-bad' : 'st-good' },
        missing ? t('studio:translations.missingCount', { count: missing }) : `✓ ${t('studio:translations.complete')}`,
      ),
      h('p', { class: 'st-dim' }, t('studio:translations.intro')),
      table,
    );
  };

  const renderLibrary = async () => {
    let files: LibraryFile[] = [];
    try {
      files = await library.list();
    } catch {
      libraryBox.replaceChildren(h('p', { class: 'st-note st-bad' }, t('studio:library.unavailable')));
      return;
    }
    const entries = new Map(
      store
        .getState()
        .scenarios.filter((e) => 'library' in e)
        .map((e) => [(e as LibraryEntry).library.name, e]),
    );
    const list = h('ul', { class: 'st-library-list' });
    for (const f of files) {
      const entry = entries.get(f.name);
      const errors = entry?.diagnostics.filter((d) => d.severity === 'error').length ?? 0;
      const warnings = (entry?.diagnostics.length ?? 0) - errors;
      const titleText = entry?.checked ? resolveText(entry.checked.scenario.title, lang()) : f.name;
      const open = button(t('studio:library.open'), 'library-open', () => void startFrom(f.name, f.text, false));
      const remove = button(t('studio:library.remove'), 'library-remove', () => {
        if (!window.confirm(t('studio:library.removeConfirm', { name: f.name }))) return;
        void library.remove(f.name).then(refreshMenu).then(renderLibrary);
      });
      list.append(
        h(
          'li',
          { class: 'st-library-item', 'data-name': f.name },
          h('span', { class: 'st-library-title' }, titleText),
          h(
            'span',
            { class: 'st-dim' },
            `${f.name} · ${errors ? t('studio:errors', { count: errors }) : t('studio:playable')}${warnings ? ` · ${t('studio:warnings', { count: warnings })}` : ''}`,
          ),
          h('span', { class: 'st-row' }, open, remove),
        ),
      );
    }
    libraryBox.replaceChildren(
      h('p', { class: 'st-note' }, t('studio:library.intro')),
      files.length ? list : h('p', { class: 'st-dim' }, t('studio:library.empty')),
    );
  };

  // ---- files ------------------------------------------------------------------------------------
  /** A name of its own in the library unless it is the same file coming back. */
  const freeName = async (wanted: string, text: string): Promise<string> => {
    const base = libraryName(wanted);
    let candidate = base;
    for (let i = 2; i < 1000; i++) {
      const existing = await library.get(candidate).catch(() => undefined);
      if (!existing || existing.text === text) return candidate;
      candidate = base.replace(/\.yaml$/, `-${i}.yaml`);
    }
    return candidate;
  };

  const startFrom = async (wanted: string, text: string, fresh = true, keep = true) => {
    name = fresh ? await freeName(wanted, text) : wanted;
    nameLabel.textContent = name;
    reply = null;
    shownDiagnostics = [];
    shownVersion = -1;
    keepNext = keep;
    editor.setText(text);
    lastPreview = null;
    if (keep) await saveNow();
    editor.focus();
  };

  const copyBundled = async (path: string) => {
    const load = bundledFiles[path];
    if (!load) return;
    const text = await load();
    const id = /^id:\s*["']?([a-z0-9-]+)["']?/m.exec(text)?.[1];
    const copyId = id ? `${id}-copy` : 'scenario-copy';
    // A copy never takes a bundled scenario's place: it gets an id (and a file name) of its own.
    const copied = id ? text.replace(/^id:\s*["']?[a-z0-9-]+["']?/m, `id: ${copyId}`) : text;
    await startFrom(`${copyId}.yaml`, copied);
  };

  const readFile = async (file: File) => {
    if (file.size > 1024 * 1024 + 1) {
      status.textContent = t('studio:fileTooLarge', { name: file.name });
      return;
    }
    await startFrom(file.name, await file.text());
  };

  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (file) void readFile(file);
    fileInput.value = '';
  });
  root.addEventListener('dragover', (e) => {
    e.preventDefault();
    dropHint.hidden = false;
  });
  root.addEventListener('dragleave', (e) => {
    if (e.target === root || e.target === dropHint) dropHint.hidden = true;
  });
  root.addEventListener('drop', (e) => {
    e.preventDefault();
    dropHint.hidden = true;
    const file = e.dataTransfer?.files?.[0];
    if (file) void readFile(file);
  });

  function exportYaml() {
    const blob = new Blob([editor.text()], { type: 'text/yaml;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = h('a', { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  // ---- the library and the menu -----------------------------------------------------------------
  const refreshMenu = async () => {
    const files = await library.list();
    const current = store.getState().libraryScenarios;
    const byName = new Map(current.map((e) => [e.library.name, e]));
    const entries: LibraryEntry[] = [];
    for (const f of files) {
      const known = byName.get(f.name);
      if (f.name === name && reply) entries.push(libraryEntry(f, reply));
      else if (known) entries.push(known);
      else entries.push(libraryEntry(f, await checker.check(f.name, f.text)));
    }
    store.getState().setLibraryScenarios(entries, wordLibraryClash);
  };

  const saveNow = async () => {
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = null;
    try {
      await library.put({ name, text: editor.text(), savedAt: Date.now() });
      // The menu shows what the checker says of this very text.
      const text = editor.text();
      if (!reply || shownVersion !== version) reply = await checker.check(name, text);
      await refreshMenu();
    } catch {
      status.textContent = t('studio:library.notSaved');
    }
  };

  const scheduleSave = () => {
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = setTimeout(() => void saveNow(), 700);
  };

  // ---- preview ----------------------------------------------------------------------------------
  const gameReady = () =>
    window.__podium ? Promise.resolve() : new Promise<void>((done) => window.addEventListener('podium:ready', () => done(), { once: true }));

  const play = async (start: StartState, again: boolean) => {
    await saveNow();
    const checked = store.getState().scenarios.find((e) => 'library' in e && (e as LibraryEntry).library.name === name)?.checked ?? null;
    if (!checked) {
      status.textContent = t('studio:preview.fixErrors');
      return;
    }
    // The trainee's answer-time setting applies to a preview as to any drill; answers keep the file's order.
    const options = answerTimeOptions(store.getState().settings.answerTime);
    const saved = again && lastPreview ? savedDrillReplayed(checked, start, lastPreview.log, options) : savedDrillAt(checked, start, options);
    await gameReady();
    lastPreview = { start, log: again && lastPreview ? lastPreview.log : [] };
    previewing = true;
    hide();
    if (!controller.previewDrill(saved)) {
      previewing = false;
      show();
    }
  };

  // In a preview Esc is the way back to the studio: from the press room itself (where it would
  // pause a trainee's drill), ahead of the app's keys; in a dialog or the answer box it keeps its
  // usual meaning. On the results Esc is their Menu, which comes back here too (below).
  window.addEventListener(
    'keydown',
    (e) => {
      if (!previewing || e.key !== 'Escape' || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
      const target = e.target instanceof HTMLElement ? e.target : null;
      if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
      if (!store.getState().drill?.preview || window.__podium?.commands.layer() !== 'pressRoom') return;
      e.preventDefault();
      e.stopImmediatePropagation();
      controller.leave();
    },
    true,
  );

  store.subscribe((state, prev) => {
    if (state.drill?.preview && controller.session && lastPreview) lastPreview.log = [...controller.session.log];
    // Leaving the preview (Esc, or the results' Menu) comes back to the studio.
    if (previewing && state.screen === 'Menu' && prev.screen !== 'Menu') {
      previewing = false;
      show();
      selectTab('preview');
    }
    if (state.settings.language !== prev.settings.language && isOpen) relabel();
  });

  const relabel = () => {
    root.setAttribute('lang', lang());
    // The untouched template follows the studio's language (its comments are in it).
    const other = templateFor(otherLanguage(lang()));
    if (name === TEMPLATE_NAME && editor.text() === other) {
      keepNext = false;
      editor.setText(templateFor(lang()));
    }
    buildBar();
    renderStatus();
    if (reply) editor.showProblems(shownDiagnostics, (d) => problemLine(d, t, lang()));
    renderPanel();
  };

  // ---- open and close ---------------------------------------------------------------------------
  const covered = [document.getElementById('screen'), document.getElementById('game')];
  function show() {
    isOpen = true;
    root.hidden = false;
    document.body.dataset.studio = 'open';
    for (const el of covered) el?.setAttribute('inert', '');
    relabel();
    if (editor.text() === '') void startFrom(TEMPLATE_NAME, templateFor(lang()), true, false);
    else editor.focus();
  }
  function hide() {
    isOpen = false;
    root.hidden = true;
    delete document.body.dataset.studio;
    for (const el of covered) el?.removeAttribute('inert');
    if (saveTimer) void saveNow();
  }

  (window as unknown as { __podiumStudio?: StudioProbe }).__podiumStudio = probe;
  buildBar();
  return {
    show,
    hide,
    get open() {
      return isOpen;
    },
  };
}
