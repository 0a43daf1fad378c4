// The debrief's two charts, on chart.js. This module is loaded on demand (its own chunk): the
// press room never pays for the chart library. Only the parts used are registered.
import {
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  Tooltip,
  type ChartDataset,
  type Plugin,
} from 'chart.js';

Chart.register(RadarController, RadialLinearScale, LineController, LinearScale, CategoryScale, PointElement, LineElement, Filler, Tooltip, Legend);

/** Colours, type face and type scale of the charts (the report grows on big screens). */
export interface ChartStyle {
  /** Multiplies every font size: 1 at 1440 px wide and on paper. */
  scale: number;
  text: string;
  textDim: string;
  grid: string;
  accent: string;
  series: string[];
  question: string;
  missed: string;
  event: string;
  font: string;
}

export interface RadarData {
  /** A label given as lines is drawn on several lines. */
  labels: (string | string[])[];
  values: number[];
  label: string;
}

export interface TimelineSeries {
  label: string;
  points: { x: number; y: number }[];
  rebuttal: { x: number; y: number; label: string } | null;
}

export interface TimelineData {
  end: number;
  rumours: TimelineSeries[];
  questions: { from: number; to: number; label: string; short: string; missed: boolean }[];
  events: { at: number; label: string }[];
  axisTime: string;
  axisReach: string;
  questionsLabel: string;
  eventsLabel: string;
  formatTime: (seconds: number) => string;
  formatReach: (reach: number) => string;
}

/**
 * A chart drawn once at a fixed size (for paper), not following its box: the print copy is made
 * ahead of time because neither a PDF export nor every browser's print runs the page's scripts
 * between laying out for paper and printing.
 */
export interface FixedSize {
  width: number;
  height: number;
}

function sizing(fixed: FixedSize | undefined): { responsive: boolean; devicePixelRatio?: number } {
  return fixed ? { responsive: false, devicePixelRatio: 3 } : { responsive: true };
}

function font(style: ChartStyle, size: number, weight?: number): { family: string; size: number; weight?: number } {
  return { family: style.font, size: Math.round(size * style.scale), ...(weight ? { weight } : {}) };
}

function alpha(hex: string, a: number): string {
  const n = parseInt(hex.replace('#', ''), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${a})`;
}

export function radarChart(canvas: HTMLCanvasElement, data: RadarData, colours: ChartStyle, fixed?: FixedSize): Chart<'radar'> {
  return new Chart(canvas, {
    type: 'radar',
    data: {
      labels: data.labels,
      datasets: [
        {
          label: data.label,
          data: data.values,
          borderColor: colours.accent,
          backgroundColor: alpha(colours.accent, 0.25),
          pointBackgroundColor: colours.accent,
          borderWidth: 2,
        },
      ],
    },
    options: {
      animation: false,
      ...sizing(fixed),
      maintainAspectRatio: false,
      plugins: { legend: { display: false } },
      scales: {
        r: {
          min: 0,
          max: 100,
          ticks: { stepSize: 25, color: colours.textDim, backdropColor: 'transparent', font: font(colours, 11) },
          grid: { color: colours.grid },
          angleLines: { color: colours.grid },
          pointLabels: { color: colours.text, font: font(colours, 13, 600) },
        },
      },
    },
  });
}

// Questions and events run along the top of the chart, on an axis of their own; the reach axis
// keeps headroom so the curves stay below them.
const QUESTION_ROW = 0.9;
const EVENT_ROW = 0.78;
const HEADROOM = 1.5;

export function timelineChart(
  canvas: HTMLCanvasElement,
  data: TimelineData,
  colours: ChartStyle,
  fixed?: FixedSize,
): Chart<'line', { x: number; y: number | null }[]> {
  const datasets: ChartDataset<'line', { x: number; y: number | null }[]>[] = [];
  data.rumours.forEach((r, i) => {
    const colour = colours.series[i % colours.series.length]!;
    datasets.push({
      label: r.label,
      data: r.points,
      borderColor: colour,
      backgroundColor: alpha(colour, 0.15),
      fill: 'origin',
      pointRadius: 0,
      borderWidth: 2,
      tension: 0,
      yAxisID: 'y',
    });
    if (r.rebuttal) {
      datasets.push({
        label: r.rebuttal.label,
        data: [{ x: r.rebuttal.x, y: r.rebuttal.y }],
        borderColor: colour,
        backgroundColor: colours.text,
        pointStyle: 'crossRot',
        pointRadius: 9,
        pointBorderWidth: 3,
        showLine: false,
        yAxisID: 'y',
      });
    }
  });
  // One bar per question (asked → answered), a null between them breaks the line, and a small gap
  // keeps back-to-back questions apart. Missed questions (silence) are drawn in the warning colour.
  const gap = Math.max(0.2, data.end * 0.004);
  datasets.push({
    label: data.questionsLabel,
    data: data.questions.flatMap((q) => [
      { x: Math.min(q.from + gap, q.to), y: QUESTION_ROW },
      { x: Math.max(q.to - gap, q.from), y: QUESTION_ROW },
      { x: q.to, y: null },
    ]),
    borderColor: colours.question,
    backgroundColor: colours.question,
    segment: { borderColor: (c) => (data.questions[Math.floor(c.p0DataIndex / 3)]?.missed ? colours.missed : colours.question) },
    borderWidth: 7,
    borderCapStyle: 'round',
    pointRadius: 0,
    pointHitRadius: 8,
    spanGaps: false,
    yAxisID: 'rows',
  });
  datasets.push({
    label: data.eventsLabel,
    data: data.events.map((e) => ({ x: e.at, y: EVENT_ROW })),
    borderColor: colours.event,
    backgroundColor: colours.event,
    pointStyle: 'rectRot',
    pointRadius: 7,
    showLine: false,
    yAxisID: 'rows',
  });
  const questionDataset = datasets.length - 2;
  const eventDataset = datasets.length - 1;

  // Each question's number above its bar ("Q1", "C1"), so the chart reads without the tooltip.
  const questionNumbers: Plugin<'line'> = {
    id: 'podiumQuestionNumbers',
    afterDatasetsDraw(chart) {
      const x = chart.scales.x;
      const rows = chart.scales.rows;
      if (!x || !rows) return;
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = colours.text;
      ctx.font = `600 ${Math.round(11 * colours.scale)}px ${colours.font}`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'bottom';
      const y = rows.getPixelForValue(QUESTION_ROW) - 6;
      for (const q of data.questions) ctx.fillText(q.short, x.getPixelForValue((q.from + q.to) / 2), y);
      ctx.restore();
    },
  };

  return new Chart<'line', { x: number; y: number | null }[]>(canvas, {
    type: 'line',
    data: { datasets },
    plugins: [questionNumbers],
    options: {
      animation: false,
      ...sizing(fixed),
      maintainAspectRatio: false,
      parsing: false,
      interaction: { mode: 'nearest', intersect: false },
      plugins: {
        legend: {
          labels: {
            color: colours.text,
            font: font(colours, 12),
            usePointStyle: true,
            // The question bars' thick line would make a huge legend marker: draw every marker thin.
            generateLabels: (chart) =>
              Chart.defaults.plugins.legend.labels.generateLabels(chart).map((item) => ({ ...item, lineWidth: Math.min(item.lineWidth ?? 1, 2) })),
          },
        },
        tooltip: {
          callbacks: {
            title: (items) => (items[0] ? data.formatTime(items[0].parsed.x ?? 0) : ''),
            label: (item) => {
              if (item.datasetIndex === questionDataset) return data.questions[Math.floor(item.dataIndex / 3)]?.label ?? '';
              if (item.datasetIndex === eventDataset) return data.events[item.dataIndex]?.label ?? '';
              return `${item.dataset.label}: ${data.formatReach(item.parsed.y ?? 0)}`;
            },
          },
        },
      },
      scales: {
        x: {
          type: 'linear',
          min: 0,
          max: Math.max(1, data.end),
          title: { display: true, text: data.axisTime, color: colours.textDim, font: font(colours, 12) },
          ticks: { color: colours.textDim, callback: (v) => data.formatTime(Number(v)), font: font(colours, 12) },
          grid: { color: colours.grid },
        },
        y: {
          type: 'linear',
          beginAtZero: true,
          suggestedMax: Math.max(1, ...data.rumours.flatMap((r) => r.points.map((p) => p.y))) * HEADROOM,
          title: { display: true, text: data.axisReach, color: colours.textDim, font: font(colours, 12) },
          // People are counted in whole numbers.
          ticks: { color: colours.textDim, precision: 0, callback: (v) => data.formatReach(Number(v)), font: font(colours, 12) },
          grid: { color: colours.grid },
        },
        // `axis` must be explicit: chart.js reads an id starting with "r" as a radial axis.
        rows: { type: 'linear', axis: 'y', min: 0, max: 1, display: false },
      },
    },
  });
}

export interface ProgressData {
  /** One label per drill (its date). */
  labels: string[];
  series: { label: string; values: (number | null)[] }[];
  overall: { label: string; values: number[] };
  axisScore: string;
}

/** A trainee's scores per skill across drills: one line per skill, the overall score in bold. */
export function progressChart(canvas: HTMLCanvasElement, data: ProgressData, colours: ChartStyle): Chart<'line', (number | null)[]> {
  return new Chart<'line', (number | null)[]>(canvas, {
    type: 'line',
    data: {
      labels: data.labels,
      datasets: [
        ...data.series.map((s, i) => ({
          label: s.label,
          data: s.values,
          borderColor: colours.series[i % colours.series.length]!,
          backgroundColor: colours.series[i % colours.series.length]!,
          borderWidth: 2,
          pointRadius: 3,
          spanGaps: true,
        })),
        {
          label: data.overall.label,
          data: data.overall.values,
          borderColor: colours.accent,
          backgroundColor: colours.accent,
          borderWidth: 4,
          pointRadius: 4,
        },
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: { legend: { position: 'right', labels: { color: colours.text, font: font(colours, 12), boxWidth: 14 } } },
      scales: {
        x: { ticks: { color: colours.textDim, font: font(colours, 12) }, grid: { color: colours.grid } },
        y: {
          min: 0,
          max: 100,
          title: { display: true, text: data.axisScore, color: colours.textDim, font: font(colours, 12) },
          ticks: { stepSize: 25, color: colours.textDim, font: font(colours, 12) },
          grid: { color: colours.grid },
        },
      },
    },
  });
}

export type { Chart };
