// What every semantic check gets: the typed scenario, a way to name places, and a way to report
// a problem at a path (its position is looked up only then).
import { frameAt } from './describe.ts';
import { diagnostic, templated, type Diagnostic, type DiagnosticCode, type DiagnosticValues } from './diagnostics.ts';
import type { Anchor, Locator, Path } from './positions.ts';
import type { Scenario } from './schema.ts';

export class CheckContext {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    readonly file: string,
    readonly scenario: Scenario,
    private readonly locator: Locator,
    /** The value as written (before defaults), for naming places. */
    private readonly raw: unknown,
  ) {}

  /** `answer 2 of beat "q-open"` */
  name(path: Path): string {
    return frameAt(path, this.raw).name;
  }

  report(code: DiagnosticCode, path: Path, message: string, options: { anchor?: Anchor; hint?: string } = {}): void {
    this.diagnostics.push(diagnostic(code, this.file, this.locator.at(path, options.anchor ?? 'value'), message, options.hint));
  }

  /** Reports with the code's message template (diagnostics.ts DIAGNOSTIC_MESSAGES): worded in every language. */
  say(code: DiagnosticCode, path: Path, values: DiagnosticValues, options: { variant?: string; anchor?: Anchor; hint?: string } = {}): void {
    this.diagnostics.push(templated(code, this.file, this.locator.at(path, options.anchor ?? 'value'), options.variant ?? 'default', values, options.hint));
  }
}

export function quoteList(items: readonly string[], max = 5): string {
  const shown = items.slice(0, max).map((s) => `"${s}"`);
  const more = items.length > max ? ` and ${items.length - max} more` : '';
  if (shown.length <= 1) return shown.join('') + more;
  return more ? `${shown.join(', ')}${more}` : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}
