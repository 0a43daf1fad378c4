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
  return `${d.file}:${d.line}:${d.column} ${d.severity} [${d.code}] ${d.message}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** File order: by line, then column; errors before warnings at the same place. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1),
  );
}

export function isDiagnosticCode(value: string): value is DiagnosticCode {
  return Object.hasOwn(DIAGNOSTIC_CODES, value);
}
