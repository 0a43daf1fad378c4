// The after-action debrief overlay: a scrolling DOM report over the Debrief scene, in the chosen
// language, printable as a PDF. The charts arrive a moment later from their own chunk; the text
// report is complete without them.
import { keyHintOf } from '../../app/commands.ts';
import { formatDateTime } from '../../i18n/numberFormat.ts';
import type { DrillReport } from '../../core/report/report.ts';
import type { I18n } from '../../i18n/i18n.ts';
import { beatsSection } from './beatsSection.ts';
import type { ConfirmOptions } from './answers/typedReview.ts';
import { PRINT_STYLE, screenStyle } from './chartStyle.ts';
import type { Chart, ChartStyle, FixedSize } from './charts.ts';
import { reportContext, type ReportContext } from './context.ts';
import './debrief.css';
import { button, mmss } from './dom.ts';
import { h } from '../dom.ts';
import { FONT_FAMILY } from '../../game/fonts.ts';
import { skillsSection } from './skillsSection.ts';
import { timelineSection } from './timelineSection.ts';
import { liveSection } from './liveSection.ts';
import { classBoardOf, classSection, type ClassBoard, type HotSeatDrill } from './classSection.ts';

export interface DebriefActions {
  /** Close the report and show the short summary underneath. */
  summary?(): void;
  /** Back to the history this report was opened from. */
  back?(): void;
  replay?(): void;
  /** The same scenario again (R), after a live drill. */
  again?(): void;
  history?(): void;
  menu?(): void;
  exportJson?(): void;
}

export interface DebriefOptions {
  report: DrillReport;
  i18n: I18n;
  trainee: string;
  /** The drill's answer-time factor (×1.5, ×2; null: no limits), so limits show as the trainee had them. */
  answerTimeFactor?: number | null;
  /** Typed answers to confirm: the adjustments so far and, with a record at hand, how to add one. */
  confirm?: ConfirmOptions;
  onTraineeChange?(name: string): void;
  /** A hot-seat drill's class (the drill with its log): the debrief names the trainees, not one. */
  hotSeat?: HotSeatDrill;
  actions: DebriefActions;
}

export interface DebriefHandle {
  element: HTMLElement;
  /** Resolves once both charts are drawn (or failed to load: the text report stands alone). */
  chartsReady: Promise<void>;
  /** The drawn charts (radar, timeline), for checks in tests. */
  readonly charts: readonly Chart[];
  setStatus(message: string, kind: 'info' | 'error'): void;
  destroy(): void;
}

/** Shows a button's key (the command table's binding) as a small badge after its label. */
function withKey(b: HTMLButtonElement, key: string): HTMLButtonElement {
  b.append(h('kbd', { class: 'pd-kbd' }, key));
  return b;
}

function summary(report: DrillReport, ctx: ReportContext, options: DebriefOptions, status: HTMLElement, board: ClassBoard | null): HTMLElement {
  const { t, text } = ctx;
  const nameInput = h('input', {
    class: 'pd-field pd-trainee-input',
    type: 'text',
    maxlength: '120',
    autocomplete: 'name',
    placeholder: t('traineePlaceholder'),
    id: 'pd-trainee',
  });
  nameInput.value = options.trainee;
  nameInput.addEventListener('change', () => options.onTraineeChange?.(nameInput.value.trim()));
  const a = options.actions;
  const actions = h(
    'nav',
    { class: 'pd-actions', 'aria-label': t('title') },
    button(t('print'), () => window.print(), { class: 'pd-button', 'data-action': 'print' }),
    a.exportJson ? button(t('exportJson'), a.exportJson, { class: 'pd-button', 'data-action': 'export' }) : null,
    a.replay ? button(t('replay'), a.replay, { class: 'pd-button', 'data-action': 'replay' }) : null,
    a.history ? button(t('history'), a.history, { class: 'pd-button', 'data-action': 'history' }) : null,
    a.again ? withKey(button(t('again'), a.again, { class: 'pd-button', 'data-action': 'again' }), keyHintOf('debrief.again')) : null,
    a.summary ? withKey(button(t('summary'), a.summary, { class: 'pd-button', 'data-action': 'summary' }), keyHintOf('report.back')) : null,
    a.back ? withKey(button(t('back'), a.back, { class: 'pd-button pd-primary', 'data-action': 'back' }), keyHintOf('report.back')) : null,
    a.menu ? button(t('menu'), a.menu, { class: 'pd-button pd-primary', 'data-action': 'menu' }) : null,
  );
  const overall = Math.round(report.score.overall);
  return h(
    'header',
    { class: 'pd-summary' },
    h(
      'div',
      { class: 'pd-summary-text' },
      h('p', { class: 'pd-kicker' }, t('title')),
      h('h1', {}, text(report.title)),
      h('p', { class: 'pd-dim' }, t('elapsed', { time: mmss(report.elapsed) })),
      // A class drill has its trainees' names from the roster: no name to type for "you".
      board
        ? h('p', { class: 'pd-trainees', 'data-trainees': board.trainees.join('|') }, t('class.trainees', { names: board.trainees.join(', ') }))
        : h('label', { class: 'pd-trainee', for: 'pd-trainee' }, h('span', {}, t('trainee')), nameInput),
      h('p', { class: 'pd-print-only pd-printed' }, t('printedOn', { date: formatDateTime(new Date(), ctx.lang) })),
      status,
    ),
    // In a class drill this is the whole conference's figure (the class record's), said as such;
    // not drawn while the room may not see scores.
    board && !board.scores
      ? null
      : h(
          'div',
          { class: 'pd-overall', role: 'group', 'aria-label': t(board ? 'class.whole' : 'overall') },
          h('span', { class: 'pd-overall-number', 'data-overall': String(overall) }, String(overall)),
          h('span', { class: 'pd-dim' }, board ? t('class.whole') : `${t('overall')} · ${t('outOf100')}`),
        ),
    criticalBlock(report, ctx),
    h(
      'section',
      { class: 'pd-ending', 'aria-label': t('ending') },
      h('h2', {}, t('ending')),
      report.ending
        ? h('div', {}, h('p', { class: 'pd-ending-text' }, text(report.ending.text)), h('p', { class: 'pd-dim' }, t(`endingReason.${report.ending.reason}`)))
        : h('p', { class: 'pd-dim' }, t('noEnding')),
    ),
    actions,
  );
}

/** Critical errors come first: they cap the overall score whatever else went well. */
function criticalBlock(report: DrillReport, ctx: ReportContext): HTMLElement | null {
  const critical = report.score.critical ?? [];
  if (critical.length === 0) return null;
  const { t, text } = ctx;
  const uncapped = report.score.uncapped;
  return h(
    'section',
    { class: 'pd-critical', 'aria-label': t('critical.title'), 'data-critical': String(critical.length) },
    h('h2', {}, t('critical.title')),
    h(
      'ul',
      {},
      ...critical.map((c) => {
        const beat = report.beats.find((b) => b.beatId === c.beatId && b.answeredAt === c.at);
        return h('li', {}, h('strong', {}, text(c.reason)), h('span', { class: 'pd-dim' }, ` — ${mmss(c.at)}${beat ? ` · ${text(beat.ask)}` : ''}`));
      }),
    ),
    h('p', { class: 'pd-dim' }, uncapped !== undefined ? `${t('critical.cap')} ${t('critical.uncapped', { score: Math.round(uncapped) })}` : t('critical.cap')),
  );
}

// CSS pixels matching debrief.css's print sizes (A4 with 14 mm margins is about 690 px wide).
const PRINT_RADAR = { width: 330, height: 280 };
const PRINT_TIMELINE = { width: 690, height: 240 };

/**
 * The chart as paper gets it: drawn in dark ink at its printed size into a picture that only the
 * print stylesheet shows. Made with the screen chart, so printing needs no script to run first
 * (a PDF export fires no beforeprint, and a redraw during printing came out in screen colours).
 */
function paperCopy(host: HTMLElement, make: (canvas: HTMLCanvasElement, size: FixedSize) => Chart, size: FixedSize): void {
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  canvas.style.width = `${size.width}px`;
  canvas.style.height = `${size.height}px`;
  const chart = make(canvas, size);
  const img = h('img', { class: 'pd-print-only pd-chart-paper', alt: '', src: canvas.toDataURL('image/png') });
  chart.destroy();
  host.querySelector('.pd-chart-paper')?.remove();
  host.append(img);
}

/** Long skill names go on two lines around the radar, split at the space nearest the middle. */
function twoLines(label: string, longest = 14): string | string[] {
  if (label.length <= longest) return label;
  const middle = label.length / 2;
  let split = -1;
  for (let i = 0; i < label.length; i++) if (label[i] === ' ' && (split < 0 || Math.abs(i - middle) < Math.abs(split - middle))) split = i;
  return split < 0 ? label : [label.slice(0, split), label.slice(split + 1)];
}

export function mountDebrief(host: HTMLElement, options: DebriefOptions): DebriefHandle {
  const ctx = reportContext(options.i18n);
  const { report } = options;
  const status = h('p', { class: 'pd-status', role: 'status', 'aria-live': 'polite' });
  const board = options.hotSeat ? classBoardOf(options.hotSeat) : null;
  const skills = skillsSection(report, ctx);
  const timeline = timelineSection(report, ctx);
  const root = h(
    'div',
    { class: 'pd-debrief pd-report', lang: ctx.lang, 'data-overlay': 'debrief' },
    h(
      'div',
      { class: 'pd-page' },
      summary(report, ctx, options, status, board),
      board ? classSection(board, ctx) : null,
      skills.element,
      timeline.element,
      liveSection(report, ctx),
      beatsSection(report, ctx, options.answerTimeFactor === undefined ? 1 : options.answerTimeFactor, options.confirm, board?.answeredBy),
    ),
  );
  host.append(root);
  document.documentElement.classList.add('pd-report-open');

  let destroyed = false;
  const charts: Chart[] = [];
  let colours: ChartStyle = screenStyle(root);
  let draw: ((c: ChartStyle) => void) | null = null;

  // Chart.js measures its labels once: the bundled font must be there first.
  const fontsLoaded = document.fonts
    ? Promise.all([document.fonts.load(`600 13px ${FONT_FAMILY}`, 'ẦỖ Aa'), document.fonts.load(`400 12px ${FONT_FAMILY}`, 'ẦỖ Aa')]).catch(() => undefined)
    : Promise.resolve();
  const chartsReady = Promise.all([import('./charts.ts'), fontsLoaded])
    .then(([lib]) => {
      if (destroyed) return;
      const radarData = {
        labels: report.score.skills.map((s) => twoLines(ctx.skillName(s.skill))),
        values: report.score.skills.map((s) => Math.round(s.percent)),
        label: ctx.t('skills'),
      };
      draw = (c) => {
        charts.splice(0).forEach((chart) => chart.destroy());
        charts.push(lib.radarChart(skills.radarCanvas, radarData, c), lib.timelineChart(timeline.canvas, timeline.data, c) as unknown as Chart);
      };
      draw(colours);
      paperCopy(skills.radarCanvas.parentElement!, (canvas, size) => lib.radarChart(canvas, radarData, PRINT_STYLE, size), PRINT_RADAR);
      paperCopy(
        timeline.canvas.parentElement!,
        (canvas, size) => lib.timelineChart(canvas, timeline.data, PRINT_STYLE, size) as unknown as Chart,
        PRINT_TIMELINE,
      );
      root.dataset.charts = 'ready';
    })
    .catch(() => {
      root.dataset.charts = 'failed';
      // Lazily loaded: when the connection dropped after the page loaded, say so where the charts go.
      if (destroyed) return;
      for (const canvas of [skills.radarCanvas, timeline.canvas])
        canvas.replaceWith(h('p', { class: 'pd-status pd-chart-failed', role: 'status', 'data-kind': 'error' }, ctx.t('chartsFailed')));
    });

  // The type grows with the screen (debrief.css): redraw when the window crosses into a new size.
  const onResize = () => {
    const next = screenStyle(root);
    if (next.scale !== colours.scale && !matchMedia('print').matches) draw?.((colours = next));
  };
  window.addEventListener('resize', onResize);

  return {
    element: root,
    chartsReady,
    charts,
    setStatus(message, kind) {
      status.textContent = message;
      status.dataset.kind = kind;
    },
    destroy() {
      destroyed = true;
      window.removeEventListener('resize', onResize);
      charts.splice(0).forEach((chart) => chart.destroy());
      root.remove();
      if (!document.querySelector('.pd-report')) document.documentElement.classList.remove('pd-report-open');
    },
  };
}
