// Problems found in a scenario file are data, not exceptions: the CLI prints them, the game shows
// them, the tests assert on them. Every code has an entry in docs/diagnostics.md.

export type Severity = 'error' | 'warning';

/** Every code the checker can emit, with its severity. The list is the contract with the docs. */
export const DIAGNOSTIC_CODES = {
  // reading and limits
  'cannot-read': 'error',
  'file-too-large': 'error',
  'too-deep': 'error',
  'too-many-beats': 'error',
  'too-many-aliases': 'error',
  'unsupported-tag': 'error',
  'text-too-long': 'error',
  'too-many-values': 'error',
  'control-character': 'error',
  // YAML
  'yaml-syntax': 'error',
  'duplicate-key': 'error',
  'undefined-alias': 'error',
  // structure
  'not-a-scenario': 'error',
  'unsupported-format': 'error',
  'unknown-key': 'error',
  'missing-key': 'error',
  'wrong-type': 'error',
  'out-of-range': 'error',
  'bad-value': 'error',
  'bad-id': 'error',
  'conflicting-keys': 'error',
  'unquoted-comma': 'error',
  // references and texts
  'duplicate-id': 'error',
  'reserved-id': 'error',
  'unknown-beat': 'error',
  'unknown-reporter': 'error',
  'unknown-rumour': 'error',
  'unknown-fact': 'error',
  'unknown-skill': 'error',
  'skill-not-assessed': 'error',
  'missing-language': 'error',
  'extra-language': 'warning',
  // beats and the graph
  'no-answers': 'error',
  'last-branch-has-if': 'error',
  'branch-without-if': 'error',
  'closed-loop': 'error',
  'last-ending-has-when': 'error',
  'ending-never-shown': 'warning',
  'time-limit-over-duration': 'error',
  'unreachable-beat': 'warning',
  'loop-repeats-points': 'warning',
  // flags, rumours, time
  'flag-never-read': 'warning',
  'flag-never-set': 'warning',
  'unrebuttable-rumour': 'warning',
  'after-duration': 'warning',
  'escalation-never-happens': 'warning',
  // choice questions that have to be read, scores that can be earned (checkChoices.ts)
  'best-answer-longest': 'warning',
  'best-answer-much-longer': 'warning',
  'one-sided-answers': 'warning',
  'full-marks-unreachable': 'warning',
  'silence-milder-than-answers': 'warning',
  'critical-answer-rewarded': 'warning',
  'answer-without-effects': 'warning',
  'answer-without-feedback': 'warning',
  // typed answers
  'model-answer-misses-rubric': 'warning',
  'rubric-line-missing-language': 'warning',
  // the screen (checkFit.ts)
  'text-will-not-fit': 'warning',
  // across files
  'duplicate-scenario-id': 'error',
  'plan-unknown-scenario': 'error',
} as const satisfies Record<string, Severity>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  message: string;
  /** A further hint (known keys, how to fix); the suggestion itself is part of the message. */
  hint?: string;
  /** The whole message per language (en, vi), when the code's template in DIAGNOSTIC_MESSAGES made it;
   *  `message` is then the English one. Show `d.texts?.[lang] ?? d.message` (formatDiagnosticIn). */
  texts?: Record<string, string>;
}

export interface Position {
  line: number;
  column: number;
}

export function diagnostic(code: DiagnosticCode, file: string, at: Position, message: string, hint?: string): Diagnostic {
  const d: Diagnostic = { code, severity: DIAGNOSTIC_CODES[code], file, line: at.line, column: at.column, message };
  if (hint !== undefined) d.hint = hint;
  return d;
}

/** `PATH:LINE:COL severity [code] message` — one line, as the contract shows. */
export function formatDiagnostic(d: Diagnostic): string {
  return formatDiagnosticIn(d, 'en');
}

/** The same line with the message in `lang` when its code has a template (else in English). */
export function formatDiagnosticIn(d: Diagnostic, lang: string): string {
  return `${d.file}:${d.line}:${d.column} ${d.severity} [${d.code}] ${d.texts?.[lang] ?? d.message}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** File order: by line, then column; errors before warnings at the same place. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1),
  );
}

export function isDiagnosticCode(value: string): value is DiagnosticCode {
  return Object.hasOwn(DIAGNOSTIC_CODES, value);
}

/** A message in each language; `{name}` is filled from the diagnostic's values. */
export interface MessageTemplate {
  en: string;
  vi: string;
}

/**
 * Message templates per code (and variant, when a code words two situations), in English and
 * Vietnamese. A check that reports with a template (CheckContext.say, `templated`) gives the
 * Diagnostic its `texts`, so the studio and the menu can show it in Vietnamese and
 * `scenario check --lang vi` prints it; codes not listed yet word their message in English only.
 */
export const DIAGNOSTIC_MESSAGES: { readonly [C in DiagnosticCode]?: Readonly<Record<string, MessageTemplate>> } = {
  'after-duration': {
    rumour: {
      en: 'rumour "{rumour}" appears at {at} s, but the conference lasts {duration} s: it never appears unless the facilitator injects it',
      vi: 'tin đồn "{rumour}" xuất hiện ở giây {at}, nhưng buổi họp báo chỉ kéo dài {duration} giây: nó không bao giờ xuất hiện, trừ khi người điều phối tung ra',
    },
  },
  'out-of-range': {
    'reach-start': {
      en: 'the reach of rumour "{rumour}" starts at {start}, above its peak of {peak}: the start must not be above the peak',
      vi: 'lượt tiếp cận của tin đồn "{rumour}" bắt đầu ở {start}, cao hơn đỉnh {peak}: điểm bắt đầu không được cao hơn đỉnh',
    },
  },
  'escalation-never-happens': {
    default: {
      en: 'rumour "{rumour}" escalates at a reach of {atReach}, but its reach stops at {peak}: the escalation never happens. Lower at_reach or raise the peak',
      vi: 'tin đồn "{rumour}" leo thang khi đạt {atReach} lượt tiếp cận, nhưng lượt tiếp cận chỉ lên tới {peak}: sự leo thang không bao giờ xảy ra. Hạ at_reach hoặc nâng đỉnh',
    },
  },
  'unrebuttable-rumour': {
    default: {
      en: 'nothing can rebut rumour "{rumour}": no answer or free text that the trainee can reach has "rebuts: {rumour}", so it can only cost points',
      vi: 'không gì phản bác được tin đồn "{rumour}": không câu trả lời hay câu tự soạn nào học viên có thể tới có "rebuts: {rumour}", nên nó chỉ có thể làm mất điểm',
    },
  },
  'flag-never-read': {
    default: {
      en: 'the flag "{flag}" is set here but no condition tests it: test it with { flag: {flag} } in an "if" or a "when", or remove it',
      vi: 'cờ "{flag}" được đặt ở đây nhưng không điều kiện nào kiểm tra nó: kiểm tra bằng { flag: {flag} } trong một "if" hoặc "when", hoặc bỏ nó đi',
    },
  },
  'one-sided-answers': {
    'all-gain': {
      en: 'every answer of beat "{beat}" gains points overall: a trainee cannot go wrong here, so the question measures nothing. Give the weaker answers the specific flaw they have (a cost on the skill they fail)',
      vi: 'mọi câu trả lời của beat "{beat}" đều được cộng điểm: học viên không thể sai ở đây, nên câu hỏi không đo được gì. Hãy cho các câu trả lời yếu hơn cái lỗi cụ thể của chúng (trừ điểm ở kỹ năng chúng không đạt)',
    },
    'none-gain': {
      en: 'no answer of beat "{beat}" gains points overall: a trainee cannot answer well here. Reward the answer a good spokesperson would give',
      vi: 'không câu trả lời nào của beat "{beat}" được cộng điểm: học viên không thể trả lời tốt ở đây. Hãy thưởng điểm cho câu mà một người phát ngôn giỏi sẽ nói',
    },
  },
  'critical-answer-rewarded': {
    default: {
      en: 'answer {answer} of beat "{beat}" is marked critical but gains points overall (+{sum}): a critical error should cost points on the skills it fails, as well as capping the overall score',
      vi: 'câu trả lời {answer} của beat "{beat}" được đánh dấu là lỗi nghiêm trọng nhưng vẫn được cộng điểm (+{sum}): một lỗi nghiêm trọng phải bị trừ điểm ở các kỹ năng nó không đạt, ngoài việc giới hạn điểm tổng',
    },
  },
  'duplicate-scenario-id': {
    default: {
      en: 'the scenario id "{id}" is already used by {first}: each scenario needs its own id',
      vi: 'mã kịch bản "{id}" đã được dùng bởi {first}: mỗi kịch bản cần một mã riêng',
    },
  },
};

export type DiagnosticValues = Readonly<Record<string, string | number>>;

/** Fills `{name}` from `values`; a name without a value stays as written (e.g. "{ flag: x }"). */
export function fillTemplate(template: string, values: DiagnosticValues): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/** A diagnostic worded from its code's template: `message` in English, `texts` in every language. */
export function templated(code: DiagnosticCode, file: string, at: Position, variant: string, values: DiagnosticValues, hint?: string): Diagnostic {
  const template = DIAGNOSTIC_MESSAGES[code]?.[variant];
  if (!template) throw new Error(`no message template "${variant}" for diagnostic code ${code}`);
  const texts = { en: fillTemplate(template.en, values), vi: fillTemplate(template.vi, values) };
  return { ...diagnostic(code, file, at, texts.en, hint), texts };
}
