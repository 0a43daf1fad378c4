// Under a typed answer in the debrief: what the rubric found but did not count (a phrase the trainee
// denied, one an `unless` excluded, a list's fragments), the warning when the answer reads as a list
// of phrases, and the "to confirm" mark. Matching words is not understanding, so every typed answer
// is for the facilitator to confirm; with a drill record at hand they can move its points on a skill,
// with a reason. The score card is recomputed by the caller (records/adjustments.ts).
import type { BeatReport } from '../../core/report/beatReport.ts';
import { ADJUSTMENT_LIMIT, isValidAdjustment, type ScoreAdjustment } from '../../core/report/adjustments.ts';
import type { SkillId } from '../../core/skills.ts';
import type { ReportContext } from './context.ts';
import { button, el, signed } from './dom.ts';
import './typedReview.css';

export interface ConfirmOptions {
  /** Every adjustment of this drill so far. */
  adjustments: readonly ScoreAdjustment[];
  /** The skills the scenario assesses, in its order. */
  skills: readonly SkillId[];
  /** Keeps an adjustment; resolves to null when kept, or to what went wrong. Absent: read-only. */
  onAdjust?(adjustment: Omit<ScoreAdjustment, 'date'>): Promise<string | null>;
}

function notCountedBlock(beat: BeatReport, ctx: ReportContext): HTMLElement | null {
  const r = beat.response;
  if (r.kind !== 'text') return null;
  const parts: (HTMLElement | null)[] = [];
  if (r.stuffing) parts.push(el('p', { class: 'pd-bad pd-stuffing', text: ctx.t(`typed.stuffing.${r.stuffing}`), attrs: { 'data-stuffing': r.stuffing } }));
  if (r.notCounted.length > 0) {
    parts.push(
      el('h5', { text: ctx.t('typed.notCounted') }),
      el(
        'ul',
        { class: 'pd-rubric pd-not-counted' },
        r.notCounted.map((n) => el('li', { attrs: { 'data-reason': n.reason } }, [el('span', { text: `“${n.phrase}”` }), el('span', { class: 'pd-dim', text: ` — ${ctx.t(`typed.reason.${n.reason}`)}` })])),
      ),
    );
  }
  return parts.length > 0 ? el('div', { class: 'pd-typed-reading' }, parts) : null;
}

function adjustmentList(beat: BeatReport, ctx: ReportContext, confirm: ConfirmOptions): HTMLElement | null {
  const mine = confirm.adjustments.filter((a) => a.beatOrder === beat.order);
  if (mine.length === 0) return null;
  return el(
    'ul',
    { class: 'pd-effects pd-adjustments' },
    mine.map((a) =>
      el('li', { class: a.points > 0 ? 'pd-good' : 'pd-bad' }, [
        el('span', { class: 'pd-points', text: signed(a.points) }),
        el('span', { class: 'pd-effect-skill', text: ctx.skillName(a.skill) }),
        el('span', { class: 'pd-dim', text: `— ${ctx.t('typed.adjustedBy', { reason: a.reason })}` }),
      ]),
    ),
  );
}

function adjustForm(beat: BeatReport, ctx: ReportContext, confirm: ConfirmOptions): HTMLElement | null {
  const onAdjust = confirm.onAdjust;
  if (!onAdjust || confirm.skills.length === 0) return null;
  const { t } = ctx;
  const id = `pd-adjust-${beat.order}`;
  const skill = el(
    'select',
    { class: 'pd-field', attrs: { id: `${id}-skill`, name: 'skill' } },
    confirm.skills.map((s) => el('option', { text: ctx.skillName(s), attrs: { value: s } })),
  );
  const points = el('input', { class: 'pd-field pd-adjust-points', attrs: { id: `${id}-points`, name: 'points', type: 'number', step: '1', min: String(-ADJUSTMENT_LIMIT), max: String(ADJUSTMENT_LIMIT), required: '' } });
  const reason = el('input', { class: 'pd-field pd-adjust-reason', attrs: { id: `${id}-reason`, name: 'reason', type: 'text', maxlength: '500', required: '', placeholder: t('typed.reasonPlaceholder') } });
  const status = el('p', { class: 'pd-dim pd-adjust-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const submit = button(
    t('typed.adjust'),
    () => {
      const adjustment = { beatOrder: beat.order, beatId: beat.beatId, skill: skill.value as SkillId, points: Number(points.value), reason: reason.value.trim() };
      if (!isValidAdjustment(adjustment)) {
        status.textContent = t('typed.invalid', { limit: ADJUSTMENT_LIMIT });
        status.className = 'pd-bad pd-adjust-status';
        return;
      }
      submit.disabled = true;
      void onAdjust(adjustment).then((problem) => {
        submit.disabled = false;
        if (problem === null) return; // the report is drawn again with the new score
        status.textContent = t('typed.failed', { detail: problem });
        status.className = 'pd-bad pd-adjust-status';
      });
    },
    { class: 'pd-button', attrs: { 'data-action': 'adjust' } },
  );
  return el('div', { class: 'pd-adjust pd-no-print', attrs: { role: 'group', 'aria-label': t('typed.adjustTitle') } }, [
    el('h5', { text: t('typed.adjustTitle') }),
    el('label', { attrs: { for: `${id}-skill` } }, [el('span', { text: t('typed.skill') }), skill]),
    el('label', { attrs: { for: `${id}-points` } }, [el('span', { text: t('typed.points') }), points]),
    el('label', { attrs: { for: `${id}-reason` } }, [el('span', { text: t('typed.reasonLabel') }), reason]),
    submit,
    status,
  ]);
}

/** The review of a typed answer; null for any other response. */
export function typedReview(beat: BeatReport, ctx: ReportContext, confirm: ConfirmOptions | undefined): HTMLElement | null {
  if (beat.response.kind !== 'text') return null;
  const adjusted = confirm?.adjustments.some((a) => a.beatOrder === beat.order) ?? false;
  return el('div', { class: 'pd-typed-review', attrs: { 'data-confirm': adjusted ? 'adjusted' : 'to-confirm' } }, [
    notCountedBlock(beat, ctx),
    el('p', { class: 'pd-to-confirm', text: adjusted ? ctx.t('typed.adjusted') : ctx.t('typed.toConfirm') }),
    confirm ? adjustmentList(beat, ctx, confirm) : null,
    confirm ? adjustForm(beat, ctx, confirm) : null,
  ]);
}
