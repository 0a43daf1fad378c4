// The console's panels, rendered in this order from one list: a later feature adds its own panel
// with `registerConsolePanel` (e.g. the Room panel of issue 14) without touching the others.
// A panel is mounted once (so a half-typed text survives the projector's updates) and told of
// every new view; it acts only through `ctx.send` (a command of the one table) or an extension
// message, never on the projector's state directly.
import type { CommandId } from '../app/commands.ts';
import type { ConsoleDrill, ConsoleView } from '../app/live/consoleView.ts';
import { consoleRoster } from '../app/live/consoleRoster.ts';
import { LIVE_ITEM_KINDS, LIVE_POINTS } from '../core/live/liveEntries.ts';
import type { I18n } from '../i18n/i18n.ts';
import { formatNumber } from '../i18n/numberFormat.ts';
import { formatClock } from '../state/selectors.ts';
import { h } from '../ui/dom.ts';
import { skillName } from '../i18n/skillName.ts';
import { CONSOLE_ANSWER_VIEWS } from './answers/registry.ts';
import { chips, nextList, signed } from './consoleParts.ts';

export interface PanelContext {
  i18n: I18n;
  t(key: string, options?: Record<string, unknown>): string;
  send(id: CommandId, data?: unknown): void;
  sendExtension(name: string, data?: unknown): void;
  onExtension(name: string, handler: (data: unknown) => void): () => void;
}

export interface MountedPanel {
  element: HTMLElement;
  update(view: ConsoleView): void;
}

export interface ConsolePanel {
  id: string;
  /** i18n key of its heading. */
  titleKey: string;
  /** Shown before and after a drill too, not only while one runs (e.g. the room's before check). */
  always?: boolean;
  mount(ctx: PanelContext): MountedPanel;
}

export const CONSOLE_PANELS: ConsolePanel[] = [];

export function registerConsolePanel(panel: ConsolePanel, before?: string): void {
  const at = before === undefined ? -1 : CONSOLE_PANELS.findIndex((p) => p.id === before);
  if (at < 0) CONSOLE_PANELS.push(panel);
  else CONSOLE_PANELS.splice(at, 0, panel);
}

/** A panel whose content is rebuilt from each view (no inputs inside). */
function readOnly(id: string, titleKey: string, draw: (drill: ConsoleDrill | null, view: ConsoleView, ctx: PanelContext) => (Node | string)[]): ConsolePanel {
  return {
    id,
    titleKey,
    mount(ctx) {
      const body = h('div', { class: 'c-body' });
      return {
        element: body,
        update(view) {
          body.replaceChildren(...draw(view.drill, view, ctx));
        },
      };
    },
  };
}

registerConsolePanel(
  readOnly('question', 'console:panels.question', (drill, view, ctx) => {
    const beat = drill?.beat;
    if (!beat) return [h('p', { class: 'c-dim' }, ctx.t('question.none'))];
    const lang = view.lang;
    const out: (Node | string)[] = [
      h('p', { class: 'c-ask' }, h('span', { class: 'c-dim' }, `${ctx.t('question.reporter', { name: beat.reporter })} `), beat.ask),
      h('p', { class: 'c-dim' }, beat.deadline === null ? ctx.t('question.noLimit') : ctx.t('question.deadline', { time: formatClock(beat.deadline) })),
    ];
    // Each answer kind's options (answers/registry.ts).
    for (const kind of CONSOLE_ANSWER_VIEWS) out.push(...kind.render(beat, lang, ctx));
    if (beat.silence)
      out.push(h('p', { class: 'c-silence' }, `${ctx.t('question.silence')}: `, chips(beat.silence.effects, lang), ' ', nextList(beat.silence.next, ctx)));
    return out;
  }),
);

registerConsolePanel(
  readOnly('draft', 'console:panels.draft', (drill, _view, ctx) => [
    drill?.draft ? h('p', { class: 'c-draft', 'data-draft': '' }, drill.draft) : h('p', { class: 'c-dim', 'data-draft': '' }, ctx.t('draft.empty')),
  ]),
);

registerConsolePanel(
  readOnly('score', 'console:panels.score', (drill, view, ctx) => {
    if (!drill) return [];
    const n = (x: number) => formatNumber(Math.round(x), view.lang);
    // Before the first scored moment every skill sits at its start: no figure to read yet.
    if (!drill.scored) return [h('p', { class: 'c-dim', 'data-overall': '' }, ctx.t('score.none'))];
    return [
      h('p', { class: 'c-overall', 'data-overall': Math.round(drill.score.overall) }, ctx.t('score.overall', { score: n(drill.score.overall) })),
      drill.score.critical?.length ? h('p', { class: 'c-critical' }, ctx.t('score.critical')) : '',
      h(
        'ul',
        { class: 'c-bars' },
        ...drill.score.skills.map((s) =>
          h(
            'li',
            {},
            h('span', {}, skillName(s.skill, view.lang)),
            h('span', { class: 'c-bar' }, h('span', { style: `width:${Math.round(s.percent)}%` })),
            h('span', {}, n(s.percent)),
          ),
        ),
      ),
    ];
  }),
);

registerConsolePanel({
  id: 'hotSeat',
  titleKey: 'console:panels.hotSeat',
  mount(ctx) {
    const info = h('div', {});
    const next = h('button', { type: 'button', class: 'c-btn', 'data-command': 'live.nextTrainee' }, ctx.t('controls.nextTrainee'));
    next.addEventListener('click', () => ctx.send('live.nextTrainee'));
    const body = h('div', { class: 'c-body' }, info, next);
    return {
      element: body,
      update(view) {
        const drill = view.drill;
        const roster = view.live.setup?.roster ?? [];
        next.hidden = roster.length < 2;
        if (roster.length === 0) return info.replaceChildren(h('p', { class: 'c-dim' }, ctx.t('seat.nobody')));
        const n = (x: number) => formatNumber(Math.round(x), view.lang);
        // The whole roster in order, not only who has been up: who is at the podium and who is next.
        info.replaceChildren(
          h('p', { class: 'c-seat', 'data-seat': drill?.seat ?? '' }, ctx.t('seat.now', { name: drill?.seat ?? roster[0] })),
          h(
            'ol',
            { class: 'c-cards c-roster' },
            ...consoleRoster(roster, drill).map((r) =>
              h(
                'li',
                { 'data-trainee': r.trainee, 'data-at': r.at ?? '', ...(r.at === 'podium' ? { 'aria-current': 'true' } : {}) },
                h('strong', {}, r.trainee),
                // Not up yet: the name alone (no dash for a score nobody has).
                r.questions > 0 ? ` — ${r.overall === null ? '–' : n(r.overall)} · ${ctx.t('seat.questions', { count: r.questions })}` : null,
                r.at ? h('span', { class: 'c-roster-at' }, ctx.t(r.at === 'podium' ? 'seat.atPodium' : 'seat.next')) : null,
              ),
            ),
          ),
        );
      },
    };
  },
});

registerConsolePanel({
  id: 'live',
  titleKey: 'console:panels.live',
  mount(ctx) {
    const kind = h(
      'select',
      { 'aria-label': ctx.t('live.kind'), name: 'live-kind' },
      ...LIVE_ITEM_KINDS.map((k) => h('option', { value: k }, ctx.t(`item.${k}`))),
    );
    const text = h('textarea', { rows: 3, name: 'live-text', 'aria-label': ctx.t('live.text'), placeholder: ctx.t('live.text') });
    const put = h('button', { type: 'button', class: 'c-btn primary', 'data-command': 'live.ask' }, ctx.t('live.put'));
    put.addEventListener('click', () => {
      if (text.value.trim()) ctx.send('live.ask', { kind: kind.value, text: text.value });
    });
    const ask = h('div', { class: 'c-form' }, kind, text, put);
    const points = new Map<string, number>();
    const grid = h('div', { class: 'c-score-grid' });
    const reason = h('input', { type: 'text', name: 'live-reason', 'aria-label': ctx.t('live.reason'), placeholder: ctx.t('live.reason') });
    const record = h('button', { type: 'button', class: 'c-btn primary', 'data-command': 'live.score' }, ctx.t('live.record'));
    record.addEventListener('click', () => ctx.send('live.score', { effects: Object.fromEntries(points), reason: reason.value }));
    const openText = h('p', { class: 'c-item' });
    const scoring = h('div', { class: 'c-form', hidden: true }, h('p', {}, ctx.t('live.open')), openText, grid, reason, record);
    let skills = '';
    let open = false;
    const drawGrid = (list: string[], lang: string) => {
      grid.replaceChildren(
        ...list.map((skill) =>
          h(
            'div',
            { class: 'c-score-row', 'data-skill': skill },
            h('span', {}, skillName(skill, lang)),
            ...Array.from({ length: 2 * LIVE_POINTS + 1 }, (_, i) => i - LIVE_POINTS).map((p) => {
              const b = h('button', { type: 'button', class: `c-pt ${p === 0 ? 'on' : ''}`, 'data-points': p }, signed(p));
              b.addEventListener('click', () => {
                points.set(skill, p);
                for (const other of b.parentElement!.querySelectorAll('.c-pt')) other.classList.toggle('on', other === b);
              });
              return b;
            }),
          ),
        ),
      );
    };
    return {
      element: h('div', { class: 'c-body' }, ask, scoring),
      update(view) {
        const drill = view.drill;
        const item = view.live.item;
        const list = drill?.skills ?? [];
        if (list.join() !== skills) {
          skills = list.join();
          drawGrid(list, view.lang);
        }
        if (Boolean(item) !== open) {
          open = Boolean(item);
          if (open) {
            points.clear();
            reason.value = '';
            drawGrid(list, view.lang);
          } else text.value = '';
        }
        openText.textContent = item ? `${ctx.t(`item.${item.kind}`)}: ${item.text}` : '';
        ask.hidden = open;
        scoring.hidden = !open;
        put.disabled = !drill || drill.status === 'ended';
      },
    };
  },
});

registerConsolePanel({
  id: 'inject',
  titleKey: 'console:panels.inject',
  mount(ctx) {
    const body = h('div', { class: 'c-body' });
    const release = (data: unknown) => ctx.send('live.inject', data);
    // Rebuilt only when what it lists changed, not on every state the projector sends (4 a second):
    // a button replaced under the pointer loses the facilitator's click.
    let shown = '';
    return {
      element: body,
      update(view) {
        const drill = view.drill;
        const key = drill ? JSON.stringify([view.lang, drill.status, drill.rumours, drill.events]) : '';
        if (key === shown) return;
        shown = key;
        if (!drill) return body.replaceChildren();
        const row = (label: string, state: string, done: boolean, data: unknown, testId: string) => {
          const b = h(
            'button',
            { type: 'button', class: 'c-btn small', 'data-inject': testId, disabled: done || drill.status === 'ended' },
            ctx.t('inject.release'),
          );
          b.addEventListener('click', () => release(data));
          return h('li', { class: done ? 'done' : '' }, h('span', {}, label), h('span', { class: 'c-dim' }, ` ${state} `), b);
        };
        body.replaceChildren(
          h('h3', {}, ctx.t('inject.rumours')),
          h(
            'ul',
            { class: 'c-injects' },
            ...drill.rumours.map((r) =>
              row(r.text, r.appearedAt === null ? '' : ctx.t('inject.released'), r.appearedAt !== null, { rumour: r.id }, `rumour:${r.id}`),
            ),
          ),
          h('h3', {}, ctx.t('inject.events')),
          h(
            'ul',
            { class: 'c-injects' },
            ...drill.events.map((e) =>
              row(
                `${ctx.t(`inject.kind.${e.kind}`)}: ${e.text}`,
                e.released ? ctx.t('inject.released') : ctx.t('inject.at', { time: formatClock(e.at) }),
                e.released,
                { event: e.key },
                `event:${e.key}`,
              ),
            ),
          ),
        );
      },
    };
  },
});

registerConsolePanel({
  id: 'notes',
  titleKey: 'console:panels.notes',
  mount(ctx) {
    const text = h('textarea', { rows: 2, name: 'note', 'aria-label': ctx.t('notes.placeholder'), placeholder: ctx.t('notes.placeholder') });
    const add = h('button', { type: 'button', class: 'c-btn', 'data-command': 'live.note' }, ctx.t('notes.add'));
    add.addEventListener('click', () => {
      if (!text.value.trim()) return;
      ctx.send('live.note', { text: text.value });
      text.value = '';
    });
    const list = h('ul', { class: 'c-notes' });
    return {
      element: h('div', { class: 'c-body' }, h('div', { class: 'c-form' }, text, add), list),
      update(view) {
        const notes = view.drill?.notes ?? [];
        list.replaceChildren(
          ...(notes.length
            ? notes.map((n) => h('li', {}, h('span', { class: 'c-time' }, formatClock(n.at)), ` ${n.text}`))
            : [h('li', { class: 'c-dim' }, ctx.t('notes.none'))]),
        );
      },
    };
  },
});

registerConsolePanel(
  readOnly('timeline', 'console:panels.timeline', (drill, view, ctx) => {
    const items = drill?.timeline ?? [];
    if (items.length === 0) return [h('p', { class: 'c-dim' }, ctx.t('timeline.none'))];
    return [
      h(
        'ol',
        { class: 'c-timeline' },
        ...items.map((i) =>
          h(
            'li',
            { 'data-kind': i.kind },
            h('span', { class: 'c-time' }, formatClock(i.at)),
            ` [${ctx.t(`timeline.${i.kind}`)}]${i.trainee ? ` ${i.trainee}` : ''} — ${i.ask} `,
            i.answer ? h('em', {}, i.answer) : '',
            ' ',
            chips(i.points, view.lang),
          ),
        ),
      ),
    ];
  }),
);
