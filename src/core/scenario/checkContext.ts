// What every semantic check gets: the typed scenario, a way to name places, and a way to report
// a problem at a path (its position is looked up only then).
import { frameAt } from './describe.ts';
import { diagnostic, type Diagnostic, type DiagnosticCode, type DiagnosticValues, type MessageVariant, type Words } from './diagnostics.ts';
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

  /** `answer 2 of beat "q-open"` / `câu trả lời 2 của beat "q-open"` */
  name(path: Path): Words {
    return frameAt(path, this.raw).name;
  }

  /** Reports with the code's message template (diagnostics.ts DIAGNOSTIC_MESSAGES): worded in every language. */
  say<C extends DiagnosticCode>(
    code: C,
    path: Path,
    values: DiagnosticValues = {},
    options: { variant?: MessageVariant<C>; anchor?: Anchor; hint?: Words } = {},
  ): void {
    const at = this.locator.at(path, options.anchor ?? 'value');
    const extra = options.variant === undefined ? {} : { variant: options.variant };
    this.diagnostics.push(diagnostic(code, this.file, at, values, options.hint === undefined ? extra : { ...extra, hint: options.hint }));
  }
}

/** `"a", "b" and "c"` (`"a", "b" và "c"`), the rest counted after `max`. */
export function quoteList(items: readonly string[], max = 5): Words {
  return { en: quoteListIn(items, max, 'and', 'more'), vi: quoteListIn(items, max, 'và', 'mục khác') };
}

function quoteListIn(items: readonly string[], max: number, and: string, more: string): string {
  const shown = items.slice(0, max).map((s) => `"${s}"`);
  const rest = items.length > max ? ` ${and} ${items.length - max} ${more}` : '';
  if (shown.length <= 1) return shown.join('') + rest;
  return rest ? `${shown.join(', ')}${rest}` : `${shown.slice(0, -1).join(', ')} ${and} ${shown[shown.length - 1]}`;
}
