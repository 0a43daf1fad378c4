// A checker problem in the author's language. The checker's registry (core/scenario/diagnostics.ts)
// names each problem by a code; the studio's locales give every code a title in Vietnamese and
// English (studio:codes.<code>). The detailed message is the checker's own (English) until the
// registry carries per-language templates; studio:help.<code> says what to do, in both languages: a Diagnostic with `texts: { vi, en }` is shown in the
// author's language as is (see docs/frontend.md, "The studio").
import type { Diagnostic } from '../core/scenario/diagnostics.ts';

type T = (key: string, options?: Record<string, unknown>) => string;

export interface ProblemText {
  title: string;
  /** What to do about it, in the author's language (studio:help.<code>). */
  help: string;
  /** The explanation, and the language it is written in (for `lang` on the element). */
  detail: string;
  detailLang: string;
  hint: string | null;
}

export function problemText(d: Diagnostic, t: T, lang: string): ProblemText {
  const texts = (d as Diagnostic & { texts?: Record<string, string> }).texts;
  const own = texts?.[lang];
  return {
    title: t(`studio:codes.${d.code}`),
    help: t(`studio:help.${d.code}`),
    detail: own ?? d.message,
    detailLang: own ? lang : 'en',
    hint: d.hint ?? null,
  };
}

/** One line for the underline's tooltip: "Dòng 12, cột 5 · Lỗi · Khoá không có trong định dạng — …". */
export function problemLine(d: Diagnostic, t: T, lang: string): string {
  const p = problemText(d, t, lang);
  const where = t('studio:problems.at', { line: d.line, column: d.column });
  const kind = t(`studio:problems.${d.severity}`);
  return `${where} · ${kind} · ${p.title}. ${p.help} — ${p.detail}${p.hint ? ` (${p.hint})` : ''}`;
}
