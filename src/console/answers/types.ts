// How the console page draws one answer kind's options of the asked beat, from the data the
// projector built (app/live/answers/). One module per kind, listed in registry.ts.
import type { ConsoleBeat } from '../../app/live/consoleView.ts';
import type { PanelContext } from '../panels.ts';

export interface ConsoleAnswerView {
  /** The core kind it draws (core/answers/registry.ts). */
  kind: string;
  /** The kind's options on the question panel; nothing when the beat does not offer it. */
  render(beat: ConsoleBeat, lang: string, ctx: PanelContext): (Node | string)[];
}
