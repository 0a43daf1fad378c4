// Overall and per-skill scores: a list anyone can read (and print), and a radar chart beside it.
import type { DrillReport } from '../../core/report/report.ts';
import type { ReportContext } from './context.ts';
import { el, signed } from './dom.ts';

export interface SkillsSection {
  element: HTMLElement;
  radarCanvas: HTMLCanvasElement;
}

export function skillsSection(report: DrillReport, ctx: ReportContext): SkillsSection {
  const { t } = ctx;
  const radarCanvas = el('canvas', { attrs: { role: 'img', 'aria-label': t('radarLabel') } });
  const rows = report.score.skills.map((s) => {
    const percent = Math.round(s.percent);
    return el('li', { class: 'pd-skill', attrs: { 'data-skill': s.skill } }, [
      el('div', { class: 'pd-skill-names' }, [
        el('span', { class: 'pd-skill-name', text: ctx.skillName(s.skill) }),
        el('span', { class: 'pd-skill-other', text: ctx.skillOtherName(s.skill) }),
      ]),
      el('div', { class: 'pd-bar', attrs: { role: 'meter', 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': String(percent), 'aria-label': ctx.skillName(s.skill) } }, [
        el('div', { class: 'pd-bar-fill', attrs: { style: `width:${percent}%` } }),
      ]),
      el('span', { class: 'pd-skill-percent', text: String(percent) }),
      el('span', { class: 'pd-skill-points', text: t('points', { count: s.raw, raw: signed(s.raw), min: signed(s.min), max: signed(s.max) }) }),
    ]);
  });
  const element = el('section', { class: 'pd-card pd-skills', attrs: { 'aria-labelledby': 'pd-skills-title' } }, [
    el('h2', { text: t('skills'), attrs: { id: 'pd-skills-title' } }),
    el('p', { class: 'pd-hint', text: t('skillsHint') }),
    el('div', { class: 'pd-skills-body' }, [el('div', { class: 'pd-radar' }, [radarCanvas]), el('ul', { class: 'pd-skill-list' }, rows)]),
  ]);
  return { element, radarCanvas };
}
