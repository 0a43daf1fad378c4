// Under a typed answer in the debrief: what the rubric found but did not count (a phrase the trainee
// denied, one an `unless` excluded, a list's fragments), the warning when the answer reads as a list
// of phrases, and the "to confirm" mark. Matching words is not understanding, so every typed answer
// is for the facilitator to confirm; with a drill record at hand they can move its points on a skill,
// with a reason. The score card is recomputed by the caller (records/adjustments.ts).
import type { BeatReport } from '../../../core/report/beatReport.ts';
import { ADJUSTMENT_LIMIT, isValidAdjustment, type ScoreAdjustment } from '../../../core/report/adjustments.ts';
import type { SkillId } from '../../../core/skills.ts';
import type { ReportContext } from '../context.ts';
import { button, signed } from '../dom.ts';
import { h } from '../../dom.ts';
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
  if (r.stuffing) parts.push(h('p', { class: 'pd-bad pd-stuffing', 'data-stuffing': r.stuffing }, ctx.t(`typed.stuffing.${r.stuffing}`)));
  if (r.notCounted.length > 0) {
    parts.push(
      h('h5', {}, ctx.t('typed.notCounted')),
      h(
        'ul',
        { class: 'pd-rubric pd-not-counted' },
        ...r.notCounted.map((n) =>
          h('li', { 'data-reason': n.reason }, h('span', {}, `“${n.phrase}”`), h('span', { class: 'pd-dim' }, ` — ${ctx.t(`typed.reason.${n.reason}`)}`)),
        ),
      ),
    );
  }
  return parts.length > 0 ? h('div', { class: 'pd-typed-reading' }, ...parts) : null;
}

function adjustmentList(beat: BeatReport, ctx: ReportContext, confirm: ConfirmOptions): HTMLElement | null {
  const mine = confirm.adjustments.filter((a) => a.beatOrder === beat.order);
  if (mine.length === 0) return null;
  return h(
    'ul',
    { class: 'pd-effects pd-adjustments' },
    ...mine.map((a) =>
      h(
        'li',
        { class: a.points > 0 ? 'pd-good' : 'pd-bad' },
        h('span', { class: 'pd-points' }, signed(a.points)),
        h('span', { class: 'pd-effect-skill' }, ctx.skillName(a.skill)),
        h('span', { class: 'pd-dim' }, `— ${ctx.t('typed.adjustedBy', { reason: a.reason })}`),
      ),
    ),
  );
}

function adjustForm(beat: BeatReport, ctx: ReportContext, confirm: ConfirmOptions): HTMLElement | null {
  const onAdjust = confirm.onAdjust;
  if (!onAdjust || confirm.skills.length === 0) return null;
  const { t } = ctx;
  const id = `pd-adjust-${beat.order}`;
  const skill = h('select', { class: 'pd-field', id: `${id}-skill`, name: 'skill' }, ...confirm.skills.map((s) => h('option', { value: s }, ctx.skillName(s))));
  const points = h('input', {
    class: 'pd-field pd-adjust-points',
    id: `${id}-points`,
    name: 'points',
    type: 'number',
    step: '1',
    min: String(-ADJUSTMENT_LIMIT),
    max: String(ADJUSTMENT_LIMIT),
    required: '',
  });
  const reason = h('input', {
    class: 'pd-field pd-adjust-reason',
    id: `${id}-reason`,
    name: 'reason',
    type: 'text',
    maxlength: '500',
    required: '',
    placeholder: t('typed.reasonPlaceholder'),
  });
  const status = h('p', { class: 'pd-dim pd-adjust-status', role: 'status', 'aria-live': 'polite' });
  const submit = button(
    t('typed.adjust'),
    () => {
      const adjustment = {
        beatOrder: beat.order,
        beatId: beat.beatId,
        skill: skill.value as SkillId,
        points: Number(points.value),
        reason: reason.value.trim(),
      };
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
    { class: 'pd-button', 'data-action': 'adjust' },
  );
  return h(
    'div',
    { class: 'pd-adjust pd-no-print', role: 'group', 'aria-label': t('typed.adjustTitle') },
    h('h5', {}, t('typed.adjustTitle')),
    h('label', { for: `${id}-skill` }, h('span', {}, t('typed.skill')), skill),
    h('label', { for: `${id}-points` }, h('span', {}, t('typed.points')), points),
    h('label', { for: `${id}-reason` }, h('span', {}, t('typed.reasonLabel')), reason),
    submit,
    status,
  );
}

/** The review of a typed answer; null for any other response. */
export function typedReview(beat: BeatReport, ctx: ReportContext, confirm: ConfirmOptions | undefined): HTMLElement | null {
  if (beat.response.kind !== 'text') return null;
  const adjusted = confirm?.adjustments.some((a) => a.beatOrder === beat.order) ?? false;
  return h(
    'div',
    { class: 'pd-typed-review', 'data-confirm': adjusted ? 'adjusted' : 'to-confirm' },
    notCountedBlock(beat, ctx),
    h('p', { class: 'pd-to-confirm' }, adjusted ? ctx.t('typed.adjusted') : ctx.t('typed.toConfirm')),
    confirm ? adjustmentList(beat, ctx, confirm) : null,
    confirm ? adjustForm(beat, ctx, confirm) : null,
  );
}
