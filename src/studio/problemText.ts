// A checker problem in the author's language. The checker's registry (core/scenario/diagnostics.ts)
// names each problem by a code and words it in Vietnamese and English (every Diagnostic carries
// `texts` and, when it has one, `hints`); the studio's locales give every code a title
// (studio:codes.<code>) and say what to do (studio:help.<code>), in both languages (see
// docs/frontend.md, "The studio").
import { hintIn, LANGS, messageIn, type Diagnostic } from '../core/scenario/diagnostics.ts';

type T = (key: string, options?: Record<string, unknown>) => string;

export interface ProblemText {
  title: string;
  /** What to do about it, in the author's language (studio:help.<code>). */
  help: string;
  /** The checker's message, and the language it is written in (for `lang` on the element). */
  detail: string;
  /** The known keys or values, where the checker lists them, in the same language. */
  hint: string | null;
  detailLang: string;
}

export function problemText(d: Diagnostic, t: T, lang: string): ProblemText {
  return {
    title: t(`studio:codes.${d.code}`),
    help: t(`studio:help.${d.code}`),
    detail: messageIn(d, lang),
    hint: hintIn(d, lang) ?? null,
    detailLang: (LANGS as readonly string[]).includes(lang) ? lang : 'en',
  };
}

/** One line for the underline's tooltip: "Dòng 12, cột 5 · Lỗi · Khoá không có trong định dạng — …". */
export function problemLine(d: Diagnostic, t: T, lang: string): string {
  const p = problemText(d, t, lang);
  const where = t('studio:problems.at', { line: d.line, column: d.column });
  const kind = t(`studio:problems.${d.severity}`);
  return `${where} · ${kind} · ${p.title}. ${p.help} — ${p.detail}${p.hint ? ` (${p.hint})` : ''}`;
}
