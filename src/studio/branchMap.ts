// The branch map, laid out by dagre and drawn as SVG (edges, labels) under HTML cards (the beats,
// real buttons: Tab reaches them, a click or Enter goes to the beat in the editor).
import dagre from '@dagrejs/dagre';
import type { Text } from '../core/scenario/schema.ts';
import { resolveText } from '../i18n/resolveText.ts';
import { h } from '../ui/dom.ts';
import type { MapEdge, MapEdgeLabel, MapModel } from './mapModel.ts';

type T = (key: string, options?: Record<string, unknown>) => string;

export interface BranchMapDeps {
  t: T;
  lang: string;
  reporterName(id: string): string;
  onBeat(id: string): void;
}

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

export function firstWords(text: Text, lang: string, words = 12): string {
  const all = resolveText(text, lang).split(/\s+/).filter(Boolean);
  return all.length > words ? `${all.slice(0, words).join(' ')} …` : all.join(' ');
}

function labelText(labels: readonly MapEdgeLabel[], t: T): string {
  // Numbered responses (answers) are listed together: "answers 1, 3*".
  const numbers = labels.filter((l) => l.number !== undefined).map((l) => `${l.number}${l.conditional ? '*' : ''}`);
  const parts: string[] = [];
  if (numbers.length) parts.push(t('studio:map.answers', { list: numbers.join(', ') }));
  for (const l of labels) if (l.number === undefined) parts.push(`${t(`studio:map.${l.kind}`)}${l.conditional ? '*' : ''}`);
  return parts.join(' · ');
}

export function renderBranchMap(container: HTMLElement, model: MapModel, deps: BranchMapDeps): void {
  const { t } = deps;
  const em = parseFloat(getComputedStyle(container).fontSize) || 16;
  const cardW = Math.round(18 * em);
  const cardH = Math.round(6.6 * em);
  const pillW = Math.round(7 * em);
  const pillH = Math.round(2.2 * em);

  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'TB', nodesep: Math.round(1.5 * em), ranksep: Math.round(2.8 * em), edgesep: Math.round(0.8 * em), marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of model.nodes) g.setNode(n.id, { width: cardW, height: cardH });
  const extra = new Set<string>();
  for (const e of model.edges) {
    for (const id of [e.from, e.to]) {
      if (!g.hasNode(id)) {
        extra.add(id);
        g.setNode(id, { width: pillW, height: pillH });
      }
    }
  }
  const labels = new Map<MapEdge, string>();
  for (const e of model.edges) {
    const text = labelText(e.labels, t);
    labels.set(e, text);
    g.setEdge(e.from, e.to, { width: Math.round(text.length * 0.5 * em) + 12, height: Math.round(1.4 * em), labelpos: 'c' });
  }
  dagre.layout(g);
  const graph = g.graph();
  const width = Math.ceil(graph.width ?? 0);
  const height = Math.ceil(graph.height ?? 0);

  const canvas = h('div', { class: 'st-map-canvas', style: `width:${width}px;height:${height}px` });
  const drawing = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, class: 'st-map-svg', 'aria-hidden': 'true' });
  const defs = svg('defs', {});
  for (const tone of ['good', 'bad', 'mixed', 'neutral', 'best']) {
    const marker = svg('marker', {
      id: `st-arrow-${tone}`,
      viewBox: '0 0 10 10',
      refX: 9,
      refY: 5,
      markerWidth: 7,
      markerHeight: 7,
      orient: 'auto-start-reverse',
    });
    marker.append(svg('path', { d: 'M0,0 L10,5 L0,10 z', class: `st-arrow st-tone-${tone}` }));
    defs.append(marker);
  }
  drawing.append(defs);
  // Best-route edges last, so they are drawn on top.
  const ordered = [...model.edges].sort((a, b) => Number(a.best) - Number(b.best));
  for (const e of ordered) {
    const edge = g.edge(e.from, e.to) as { points: { x: number; y: number }[]; x?: number; y?: number } | undefined;
    if (!edge) continue;
    const d = edge.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
    const tone = e.best ? 'best' : e.tone;
    drawing.append(
      svg('path', {
        d,
        class: `st-edge st-tone-${e.tone}${e.best ? ' st-edge-best' : ''}${e.labels[0]?.kind === 'jump' ? ' st-edge-jump' : ''}`,
        'marker-end': `url(#st-arrow-${tone})`,
        'data-from': e.from,
        'data-to': e.to,
      }),
    );
    const text = labels.get(e) ?? '';
    if (text && edge.x !== undefined && edge.y !== undefined) {
      const w = Math.round(text.length * 0.5 * em) + 12;
      const lh = Math.round(1.4 * em);
      drawing.append(svg('rect', { x: edge.x - w / 2, y: edge.y - lh / 2, width: w, height: lh, rx: 4, class: `st-edge-label-bg st-tone-${e.tone}` }));
      const label = svg('text', { x: edge.x, y: edge.y, class: 'st-edge-label', 'text-anchor': 'middle', 'dominant-baseline': 'central' });
      label.textContent = text;
      drawing.append(label);
    }
  }
  canvas.append(drawing);

  for (const n of model.nodes) {
    const at = g.node(n.id);
    const classes = ['st-card', n.reachable ? '' : 'st-unreachable', n.best ? 'st-best' : '', n.start ? 'st-start' : ''].filter(Boolean).join(' ');
    const badges: HTMLElement[] = [];
    if (n.start) badges.push(h('span', { class: 'st-badge' }, t('studio:map.start')));
    if (!n.reachable) badges.push(h('span', { class: 'st-badge st-badge-bad' }, t('studio:map.unreachable')));
    if (n.best) badges.push(h('span', { class: 'st-badge st-badge-best' }, t('studio:map.best')));
    const card = h(
      'button',
      {
        type: 'button',
        class: classes,
        'data-beat': n.id,
        style: `left:${Math.round(at.x - cardW / 2)}px;top:${Math.round(at.y - cardH / 2)}px;width:${cardW}px;height:${cardH}px`,
        title: t('studio:map.goTo', { id: n.id }),
      },
      h('span', { class: 'st-card-head' }, h('span', { class: 'st-card-id' }, n.id), h('span', { class: 'st-card-reporter' }, deps.reporterName(n.reporter))),
      h('span', { class: 'st-card-ask', lang: deps.lang }, firstWords(n.ask, deps.lang)),
      badges.length ? h('span', { class: 'st-card-badges' }, ...badges) : null,
    );
    card.addEventListener('click', () => deps.onBeat(n.id));
    canvas.append(card);
  }
  for (const id of extra) {
    const at = g.node(id);
    const text = id === 'end' ? t('studio:map.end') : t('studio:map.rumour', { id: id.replace(/^rumour:/, '') });
    canvas.append(
      h(
        'span',
        {
          class: `st-pill${id === 'end' ? ' st-pill-end' : ''}`,
          style: `left:${Math.round(at.x - pillW / 2)}px;top:${Math.round(at.y - pillH / 2)}px;width:${pillW}px;height:${pillH}px`,
        },
        text,
      ),
    );
  }
  const legend = h(
    'p',
    { class: 'st-map-legend' },
    h('span', { class: 'st-key st-tone-good' }, t('studio:map.legendGood')),
    h('span', { class: 'st-key st-tone-bad' }, t('studio:map.legendBad')),
    h('span', { class: 'st-key st-tone-mixed' }, t('studio:map.legendMixed')),
    h('span', { class: 'st-key st-tone-best' }, t('studio:map.legendBest')),
    h('span', {}, t('studio:map.legendConditional')),
  );
  container.replaceChildren(legend, canvas);
}
