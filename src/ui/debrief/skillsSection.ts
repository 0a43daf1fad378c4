// Overall and per-skill scores: a list anyone can read (and print), and a radar chart beside it.
import type { DrillReport } from '../../core/report/report.ts';
import type { ReportContext } from './context.ts';
import { signed } from './dom.ts';
import { h } from '../dom.ts';

export interface SkillsSection {
  element: HTMLElement;
  radarCanvas: HTMLCanvasElement;
}

export function skillsSection(report: DrillReport, ctx: ReportContext): SkillsSection {
  const { t } = ctx;
  const radarCanvas = h('canvas', { role: 'img', 'aria-label': t('radarLabel') });
  const rows = report.score.skills.map((s) => {
    const percent = Math.round(s.percent);
    return h(
      'li',
      { class: 'pd-skill', 'data-skill': s.skill },
      h(
        'div',
        { class: 'pd-skill-names' },
        h('span', { class: 'pd-skill-name' }, ctx.skillName(s.skill)),
        h('span', { class: 'pd-skill-other' }, ctx.skillOtherName(s.skill)),
      ),
      h(
        'div',
        {
          class: 'pd-bar',
          role: 'meter',
          'aria-valuemin': '0',
          'aria-valuemax': '100',
          'aria-valuenow': String(percent),
          'aria-label': ctx.skillName(s.skill),
        },
        h('div', { class: 'pd-bar-fill', style: `width:${percent}%` }),
      ),
      h('span', { class: 'pd-skill-percent' }, String(percent)),
      h('span', { class: 'pd-skill-points' }, t('points', { count: s.raw, raw: signed(s.raw), min: signed(s.min), max: signed(s.max) })),
    );
  });
  const element = h(
    'section',
    { class: 'pd-card pd-skills', 'aria-labelledby': 'pd-skills-title' },
    h('h2', { id: 'pd-skills-title' }, t('skills')),
    h('p', { class: 'pd-hint' }, t('skillsHint')),
    h('div', { class: 'pd-skills-body' }, h('div', { class: 'pd-radar' }, radarCanvas), h('ul', { class: 'pd-skill-list' }, ...rows)),
  );
  return { element, radarCanvas };
}
