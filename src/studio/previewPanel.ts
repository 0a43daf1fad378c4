// Preview from any beat: the author picks the beat and the state it starts in (the clock, the
// flags, each rumour as timed, spreading or already rebutted), then plays it in the real press room
// (core/session/startAt.ts). After an edit, "play again" gives the same answers up to where the
// author was (savedDrillReplayed).
import type { Scenario } from '../core/scenario/schema.ts';
import type { StartRumour, StartState } from '../core/session/startAt.ts';
import { resolveText } from '../i18n/resolveText.ts';
import { h } from '../ui/dom.ts';
import { firstWords } from './branchMap.ts';

type T = (key: string, options?: Record<string, unknown>) => string;

export interface PreviewPanelDeps {
  t: T;
  lang(): string;
  play(start: StartState): void;
  replay(start: StartState): void;
  /** Whether a previous preview left answers to give again. */
  canReplay(): boolean;
}

export interface PreviewPanel {
  element: HTMLElement;
  /** The scenario as last checked (null: structure broken) and whether it can be played (no errors). */
  update(scenario: Scenario | null, playable: boolean): void;
  /** Chooses the beat (from the map). */
  selectBeat(id: string): void;
  state(): StartState | null;
}

/** Every flag the scenario sets, unsets or tests, in file order. */
export function flagsOf(scenario: Scenario): string[] {
  const found = new Set<string>();
  const walk = (value: unknown, key: string | null) => {
    if (Array.isArray(value)) {
      for (const v of value) {
        if ((key === 'set' || key === 'unset') && typeof v === 'string') found.add(v);
        else walk(v, null);
      }
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (k === 'flag' && typeof v === 'string') found.add(v);
        else walk(v, k);
      }
    }
  };
  walk(scenario.beats, null);
  walk(scenario.endings, null);
  return [...found];
}

function clockText(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;
}

export function createPreviewPanel(deps: PreviewPanelDeps): PreviewPanel {
  const { t } = deps;
  const element = h('div', { class: 'st-preview' });
  let scenario: Scenario | null = null;
  let playable = false;
  let beat: string | null = null;
  let at = 0;
  const flags = new Set<string>();
  const rumours: Record<string, StartRumour | 'timed'> = {};

  const current = (): StartState | null => {
    if (!scenario || !beat || !scenario.beats[beat]) return null;
    const chosen: Record<string, StartRumour> = {};
    for (const r of scenario.rumours) {
      const v = rumours[r.id];
      if (v === 'spreading' || v === 'rebutted') chosen[r.id] = v;
    }
    const known = new Set(flagsOf(scenario));
    return { beat, at: Math.min(at, scenario.duration - 1), flags: [...flags].filter((f) => known.has(f)), rumours: chosen };
  };

  const render = () => {
    if (!scenario) {
      element.replaceChildren(h('p', { class: 'st-note' }, t('studio:preview.needsStructure')));
      return;
    }
    const s = scenario;
    if (!beat || !s.beats[beat]) beat = s.start in s.beats ? s.start : (Object.keys(s.beats)[0] ?? null);
    const lang = deps.lang();

    const beatSelect = h('select', { id: 'st-preview-beat', class: 'st-input' });
    for (const id of Object.keys(s.beats)) {
      const option = h('option', { value: id }, `${id} — ${firstWords(s.beats[id]!.ask, lang, 8)}`);
      if (id === beat) option.selected = true;
      beatSelect.append(option);
    }
    beatSelect.addEventListener('change', () => {
      beat = beatSelect.value;
    });

    const clock = h('input', { id: 'st-preview-clock', class: 'st-input st-clock', type: 'number', min: 0, max: s.duration - 1, step: 1, value: String(at) });
    const clockShown = h('span', { class: 'st-dim' }, clockText(at));
    clock.addEventListener('input', () => {
      const v = Number(clock.value);
      at = Number.isFinite(v) ? Math.max(0, Math.min(s.duration - 1, Math.floor(v))) : 0;
      clockShown.textContent = clockText(at);
    });

    const flagList = flagsOf(s);
    const flagBoxes = flagList.length
      ? h(
          'ul',
          { class: 'st-flags' },
          ...flagList.map((f) => {
            const box = h('input', { type: 'checkbox', id: `st-flag-${f}`, 'data-flag': f });
            box.checked = flags.has(f);
            box.addEventListener('change', () => (box.checked ? flags.add(f) : flags.delete(f)));
            return h('li', {}, box, h('label', { for: `st-flag-${f}` }, f));
          }),
        )
      : h('p', { class: 'st-dim' }, t('studio:preview.noFlags'));

    const rumourRows = s.rumours.length
      ? h(
          'ul',
          { class: 'st-rumours' },
          ...s.rumours.map((r) => {
            const select = h('select', { class: 'st-input', id: `st-rumour-${r.id}`, 'data-rumour': r.id });
            for (const v of ['timed', 'spreading', 'rebutted'] as const) {
              const o = h('option', { value: v }, t(`studio:preview.rumour.${v}`, { time: clockText(r.appears_at) }));
              if ((rumours[r.id] ?? 'timed') === v) o.selected = true;
              select.append(o);
            }
            select.addEventListener('change', () => {
              rumours[r.id] = select.value as StartRumour | 'timed';
            });
            return h('li', {}, h('label', { for: `st-rumour-${r.id}` }, h('strong', {}, r.id), ' ', h('span', { lang }, firstWords(r.text, lang, 10))), select);
          }),
        )
      : h('p', { class: 'st-dim' }, t('studio:preview.noRumours'));

    const play = h('button', { type: 'button', class: 'ps-btn ps-btn-primary', 'data-action': 'preview-play' }, t('studio:preview.play'));
    play.disabled = !playable;
    play.addEventListener('click', () => {
      const start = current();
      if (start) deps.play(start);
    });
    const again = h('button', { type: 'button', class: 'ps-btn', 'data-action': 'preview-replay' }, t('studio:preview.replay'));
    again.disabled = !playable || !deps.canReplay();
    again.addEventListener('click', () => {
      const start = current();
      if (start) deps.replay(start);
    });

    element.replaceChildren(
      h('p', { class: 'st-note' }, t('studio:preview.intro')),
      h('div', { class: 'st-field' }, h('label', { for: 'st-preview-beat' }, t('studio:preview.beat')), beatSelect),
      h(
        'div',
        { class: 'st-field' },
        h('label', { for: 'st-preview-clock' }, t('studio:preview.clock', { duration: clockText(s.duration) })),
        h('span', { class: 'st-row' }, clock, clockShown),
      ),
      h('fieldset', { class: 'st-fieldset' }, h('legend', {}, t('studio:preview.flags')), flagBoxes),
      h('fieldset', { class: 'st-fieldset' }, h('legend', {}, t('studio:preview.rumours')), rumourRows),
      playable
        ? h('p', { class: 'st-dim' }, t('studio:preview.how', { title: resolveText(s.title, lang) }))
        : h('p', { class: 'st-note st-bad' }, t('studio:preview.fixErrors')),
      h('div', { class: 'st-row' }, play, again),
    );
  };

  return {
    element,
    update(next, canPlay) {
      scenario = next;
      playable = canPlay;
      render();
    },
    selectBeat(id) {
      beat = id;
      render();
    },
    state: current,
  };
}
