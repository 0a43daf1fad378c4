// The drill history screen: every kept drill, filtered by trainee and scenario, one trainee's
// progress per skill, exports (JSON, two CSVs), import with a clear refusal, and deletion after a
// confirmation. Shares the report overlays' look and its lazily loaded chart module.
import { isSkillId } from '../../core/skills.ts';
import type { I18n } from '../../i18n/i18n.ts';
import type { HeaderLabels } from '../../records/csv.ts';
import type { DrillRecord } from '../../records/drillRecord.ts';
import { exportJson } from '../../records/exportFile.ts';
import { parseRecordsFile, tooLarge, type ImportProblem } from '../../records/importFile.ts';
import { rescoreRecords, type RescoreProblem } from '../../records/rescoreImport.ts';
import type { CheckedScenario } from '../../core/scenario/checked.ts';
import type { RecordsStore } from '../../records/recordsStore.ts';
import { PRINT_STYLE, reportUnit, screenStyle } from '../debrief/chartStyle.ts';
import type { Chart } from '../debrief/charts.ts';
import { reportContext } from '../debrief/context.ts';
import '../debrief/debrief.css';
import { button, download, mmss, shorten } from '../debrief/dom.ts';
import { h } from '../dom.ts';
import './history.css';
import { filterRecords, scenarioChoices, traineeChoices, type HistoryFilter } from './historyFilters.ts';
import { progressLabels, progressSeries } from './progressSeries.ts';
import { formatDateTime } from '../../i18n/numberFormat.ts';
import { skillName } from '../../i18n/skillName.ts';

export interface HistoryOptions {
  i18n: I18n;
  /** The records store, or the reason it cannot be opened. */
  records: Promise<RecordsStore>;
  /** Whether this record's scenario is bundled here (so its debrief can be rebuilt). */
  canOpen(record: DrillRecord): boolean;
  /** The installed scenario of that id: imported records are scored again on it. */
  scenarioOf(id: string): CheckedScenario | null;
  onOpen(record: DrillRecord): void;
  onBack(): void;
  filter?: Partial<HistoryFilter>;
}

export interface HistoryHandle {
  element: HTMLElement;
  /** Resolves when the list (and the progress chart, if shown) is drawn. */
  ready(): Promise<void>;
  destroy(): void;
}

function fileStamp(date = new Date()): string {
  return date.toISOString().slice(0, 10);
}

export function mountHistory(host: HTMLElement, options: HistoryOptions): HistoryHandle {
  const ctx = reportContext(options.i18n, 'history');
  const { t, text, lang } = ctx;
  const formatDate = (iso: string) => formatDateTime(iso, lang);
  const filter: HistoryFilter = { trainee: options.filter?.trainee ?? null, scenarioId: options.filter?.scenarioId ?? null };

  let store: RecordsStore | null = null;
  let all: DrillRecord[] = [];
  let chart: Chart | null = null;
  let pending: Promise<void> = Promise.resolve();
  let destroyed = false;

  const status = h('p', { class: 'pd-status', role: 'status', 'aria-live': 'polite' });
  const say = (message: string, kind: 'info' | 'error' = 'info') => {
    status.textContent = message;
    status.dataset.kind = kind;
  };

  const traineeSelect = h('select', { class: 'pd-field', id: 'pd-filter-trainee', 'data-filter': 'trainee' });
  const scenarioSelect = h('select', { class: 'pd-field', id: 'pd-filter-scenario', 'data-filter': 'scenario' });
  traineeSelect.addEventListener('change', () => {
    filter.trainee = traineeSelect.value || null;
    render();
  });
  scenarioSelect.addEventListener('change', () => {
    filter.scenarioId = scenarioSelect.value || null;
    render();
  });

  const fileInput = h('input', { class: 'pd-file', type: 'file', accept: '.json,application/json', 'data-action': 'import-file', 'aria-label': t('import') });
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (file) void importFile(file);
  });

  const csvLabels: HeaderLabels = (column) => (isSkillId(column) ? skillName(column, lang) : t(`csv.${column}`));
  const shown = () => filterRecords(all, filter);
  // The CSV writer (papaparse) is loaded on first use: most sessions never export.
  async function exportCsv(kind: 'drills' | 'questions'): Promise<void> {
    let csv: typeof import('../../records/csv.ts');
    try {
      csv = await import('../../records/csv.ts');
    } catch {
      // Lazily loaded: the connection dropped after the page loaded.
      return say(t('csvFailed'), 'error');
    }
    const text = kind === 'drills' ? csv.drillsCsv(shown(), lang, csvLabels) : csv.beatsCsv(shown(), lang, csvLabels);
    // The byte order mark makes spreadsheet programs read the Vietnamese letters as UTF-8.
    download(`podium-${kind}-${fileStamp()}.csv`, `\uFEFF${text}`, 'text/csv');
  }
  const tools = h(
    'div',
    { class: 'pd-history-tools' },
    button(t('exportJson'), () => download(`podium-drills-${fileStamp()}.json`, exportJson(shown()), 'application/json'), {
      class: 'pd-button',
      'data-action': 'export-json',
    }),
    button(t('exportCsvDrills'), () => void exportCsv('drills'), { class: 'pd-button', 'data-action': 'export-csv-drills' }),
    button(t('exportCsvBeats'), () => void exportCsv('questions'), { class: 'pd-button', 'data-action': 'export-csv-beats' }),
    button(t('import'), () => fileInput.click(), { class: 'pd-button', 'data-action': 'import' }),
    fileInput,
  );

  const count = h('p', { class: 'pd-dim pd-count' });
  const progressBody = h('div', { class: 'pd-progress-body' });
  const progress = h('section', { class: 'pd-card pd-progress', 'aria-labelledby': 'pd-progress-title' }, h('h2', { id: 'pd-progress-title' }), progressBody);
  const list = h('div', { class: 'pd-history-list' });

  const root = h(
    'div',
    { class: 'pd-history pd-report', lang, 'data-overlay': 'history' },
    h(
      'div',
      { class: 'pd-page' },
      h(
        'header',
        { class: 'pd-history-head' },
        h('div', {}, h('h1', {}, t('title')), h('p', { class: 'pd-dim' }, t('intro'))),
        button(t('back'), () => options.onBack(), { class: 'pd-button pd-primary', 'data-action': 'back' }),
      ),
      h(
        'section',
        { class: 'pd-card pd-history-filters' },
        h('label', { for: 'pd-filter-trainee' }, h('span', {}, t('filterTrainee')), traineeSelect),
        h('label', { for: 'pd-filter-scenario' }, h('span', {}, t('filterScenario')), scenarioSelect),
        count,
        tools,
      ),
      status,
      progress,
      list,
    ),
  );
  host.append(root);
  document.documentElement.classList.add('pd-report-open');
  // The type grows with the screen: redraw the chart when the window crosses into a new size.
  let scale = reportUnit();
  const onResize = () => {
    if (reportUnit() === scale || store === null) return;
    scale = reportUnit();
    pending = renderProgress(shown());
  };
  window.addEventListener('resize', onResize);

  function fillSelect(select: HTMLSelectElement, allLabel: string, choices: { value: string; label: string }[], selected: string | null): void {
    select.replaceChildren(h('option', { value: '' }, allLabel), ...choices.map((c) => h('option', { value: c.value }, c.label)));
    select.value = selected !== null && choices.some((c) => c.value === selected) ? selected : '';
  }

  function row(r: DrillRecord): HTMLElement {
    const name = r.trainee || t('noName');
    const actions = h('div', { class: 'pd-row-actions' });
    const showActions = () =>
      actions.replaceChildren(
        button(t('openDebrief'), () => options.onOpen(r), {
          class: 'pd-button',
          'data-action': 'open',
          ...(options.canOpen(r) ? {} : { disabled: '', title: t('scenarioMissing') }),
        }),
        button(t('exportOne'), () => download(`podium-drill-${r.id}.json`, exportJson([r]), 'application/json'), {
          class: 'pd-button',
          'data-action': 'export-one',
        }),
        button(t('delete'), showConfirm, { class: 'pd-button pd-danger', 'data-action': 'delete' }),
      );
    function showConfirm(): void {
      const yes = button(t('confirmYes'), () => void remove(r), { class: 'pd-button pd-danger', 'data-action': 'confirm-delete' });
      actions.replaceChildren(
        h('span', { class: 'pd-confirm' }, t('confirmDelete', { name })),
        yes,
        button(t('confirmNo'), showActions, { class: 'pd-button', 'data-action': 'cancel-delete' }),
      );
      yes.focus();
    }
    showActions();
    return h(
      'tr',
      { 'data-record': r.id },
      h('td', {}, formatDate(r.date)),
      h('td', { class: r.trainee ? '' : 'pd-dim' }, name),
      h('td', {}, text(r.scenarioTitle)),
      h(
        'td',
        { class: 'pd-num', ...(r.unverified ? { title: t('unverifiedHint'), 'data-unverified': '' } : {}) },
        r.unverified ? `${Math.round(r.score.overall)} (${t('unverified')})` : String(Math.round(r.score.overall)),
      ),
      h('td', { ...(r.ending ? { title: text(r.ending.text) } : {}) }, r.ending ? shorten(text(r.ending.text), 70) : ''),
      h('td', { class: 'pd-num' }, mmss(r.elapsed)),
      h('td', {}, actions),
    );
  }

  function renderProgress(records: DrillRecord[]): Promise<void> {
    chart?.destroy();
    chart = null;
    const title = progress.querySelector('h2')!;
    if (filter.trainee === null) {
      title.textContent = t('progressPick');
      progressBody.replaceChildren();
      progress.classList.add('pd-progress-empty');
      return Promise.resolve();
    }
    progress.classList.remove('pd-progress-empty');
    const series = progressSeries(records, filter.trainee);
    const name = traineeChoices(all).find((c) => c.key === filter.trainee)?.name || t('noName');
    title.textContent = t('progress', { name });
    const labels = progressLabels(
      series.drills.map((d) => d.date),
      lang,
    );
    // The chart's points named for a screen reader (and each one told apart, like on the axis).
    const canvas = h('canvas', { role: 'img', 'aria-label': `${t('progressLabel')}: ${labels.join('; ')}` });
    progressBody.replaceChildren(h('p', { class: 'pd-hint' }, t('progressHint')), h('div', { class: 'pd-progress-chart' }, canvas));
    return import('../debrief/charts.ts').then(
      (lib) => {
        if (destroyed || !canvas.isConnected) return;
        chart = lib.progressChart(
          canvas,
          {
            labels,
            series: series.skills.map((s) => ({ label: ctx.skillName(s.skill), values: s.values })),
            overall: { label: options.i18n.getFixedT(lang, 'debrief')('overall'), values: series.drills.map((d) => d.overall) },
            axisScore: t('axisScore'),
          },
          matchMedia('print').matches ? PRINT_STYLE : screenStyle(root),
        ) as unknown as Chart;
        root.dataset.progress = 'ready';
      },
      () => {
        root.dataset.progress = 'failed';
        if (!destroyed) progressBody.replaceChildren(h('p', { class: 'pd-status', role: 'status', 'data-kind': 'error' }, t('chartFailed')));
      },
    );
  }

  function render(): void {
    const trainees = traineeChoices(all);
    fillSelect(
      traineeSelect,
      t('allTrainees'),
      trainees.map((c) => ({ value: c.key, label: c.name || t('noName') })),
      filter.trainee,
    );
    filter.trainee = traineeSelect.value || null;
    fillSelect(
      scenarioSelect,
      t('allScenarios'),
      scenarioChoices(all).map((c) => ({ value: c.id, label: text(c.title) })),
      filter.scenarioId,
    );
    filter.scenarioId = scenarioSelect.value || null;

    const records = shown();
    count.textContent = t('count', { count: records.length });
    if (all.length === 0) list.replaceChildren(h('p', { class: 'pd-card pd-dim' }, t('empty')));
    else if (records.length === 0) list.replaceChildren(h('p', { class: 'pd-card pd-dim' }, t('noneMatch')));
    else {
      const head = ['date', 'trainee', 'scenario', 'overall', 'ending', 'length', 'actions'].map((c) => h('th', { scope: 'col' }, t(`col.${c}`)));
      list.replaceChildren(h('table', { class: 'pd-table' }, h('thead', {}, h('tr', {}, ...head)), h('tbody', {}, ...records.map(row))));
    }
    pending = renderProgress(records);
  }

  async function reload(): Promise<void> {
    if (!store) return;
    all = await store.list();
    if (!destroyed) render();
  }

  async function remove(record: DrillRecord): Promise<void> {
    if (!store) return;
    try {
      await store.delete(record.id);
      say(t('deleted'));
    } catch (error) {
      say(String((error as Error)?.message ?? error), 'error');
    }
    await reload();
  }

  function problemMessage(file: string, problem: ImportProblem | RescoreProblem): string {
    return t(`importError.${problem.code}`, { file, ...problem });
  }

  async function importFile(file: File): Promise<void> {
    if (!store) return;
    const large = tooLarge(file.size);
    if (large) return say(problemMessage(file.name, large), 'error');
    const parsed = parseRecordsFile(await file.text());
    if (!parsed.ok) return say(problemMessage(file.name, parsed.problem), 'error');
    const rescored = rescoreRecords(parsed.records, options.scenarioOf);
    if (!rescored.ok) return say(problemMessage(file.name, rescored.problem), 'error');
    try {
      const outcome = await store.importRecords(rescored.records);
      say(t('imported', { added: outcome.added, already: outcome.alreadyThere }));
    } catch (error) {
      say(t('importError.failed', { file: file.name, detail: (error as Error)?.message ?? String(error) }), 'error');
    }
    await reload();
  }

  say(t('loading'));
  const loaded = options.records
    .then(async (opened) => {
      store = opened;
      say('');
      await reload();
    })
    .catch((error: unknown) => {
      say(t('unavailable', { detail: (error as Error)?.message ?? String(error) }), 'error');
      tools.querySelectorAll('button').forEach((b) => b.setAttribute('disabled', ''));
    });

  return {
    element: root,
    async ready() {
      await loaded;
      await pending;
    },
    destroy() {
      destroyed = true;
      window.removeEventListener('resize', onResize);
      chart?.destroy();
      root.remove();
      if (!document.querySelector('.pd-report')) document.documentElement.classList.remove('pd-report-open');
    },
  };
}
