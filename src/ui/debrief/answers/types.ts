// How the debrief shows one answer kind (core/answers): the trainee's answer, the review under it,
// and the reason given for a point the answer moved. One module per kind, listed in registry.ts.
import type { BeatReport } from '../../../core/report/beatReport.ts';
import type { MomentSource } from '../../../core/session/types.ts';
import type { ReportContext } from '../context.ts';
import type { ConfirmOptions } from './typedReview.ts';

export interface DebriefAnswerView {
  /** The core kind it shows (core/answers/registry.ts). */
  kind: string;
  /** The trainee's answer, or null when the beat's response is not this kind's. */
  answer(beat: BeatReport, ctx: ReportContext): HTMLElement | null;
  /** What a reader should check about the answer (a typed answer "to confirm"); null when nothing. */
  review(beat: BeatReport, ctx: ReportContext, confirm: ConfirmOptions | undefined): HTMLElement | null;
  /** Why a point moved, for a moment this kind's answer scored; null for any other moment. */
  reason(source: MomentSource, ctx: ReportContext): string | null;
}
