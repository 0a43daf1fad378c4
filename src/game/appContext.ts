// What every scene and overlay is handed at start-up (no globals inside the game code).
import type { Commands } from '../app/commands.ts';
import type { OverlayStack } from '../app/overlayStack.ts';
import type { SoundBank } from '../audio/soundBank.types.ts';
import type { I18n } from '../i18n/i18n.ts';
import type { DrillController } from '../state/drillController.ts';
import type { AppStore } from '../state/store.ts';
import type { UrlOptions } from '../state/urlOptions.ts';
import type { Rect } from './layout.ts';

export interface AnswerBoxConfig {
  beatId: string;
  maxWords: number | null;
  /** The question offers no choice: it is answered only by typing. */
  typedOnly?: boolean;
  /** Canvas area the box should cover, in CSS pixels. */
  rect: Rect;
}

export interface Overlays {
  /** The typed-answer box for a free-text beat; null hides it. */
  showAnswerBox(config: AnswerBoxConfig | null): void;
  focusAnswerBox(): void;
  /** A feed post or pop-up cut short on the canvas, shown whole over the feed column; null closes it. */
  showPost(post: { author: string; time: string; text: string; rect: Rect } | null): void;
  openSettings(): void;
}

/** An extra button registered by another part of the app (e.g. the drill history, the report). */
export interface MenuAction {
  id: string;
  /** i18n key of its label, e.g. "history:open". */
  labelKey: string;
  run(): void;
}

export interface AppContext {
  store: AppStore;
  controller: DrillController;
  i18n: I18n;
  sound: SoundBank;
  url: UrlOptions;
  overlays: Overlays;
  /** Every key and button action by name (src/app/commands.ts): scenes run commands, never re-implement them. */
  commands: Commands;
  /** The DOM overlays open over the screen: while one is, the scene takes no input (podiumScene.ts). */
  overlayStack: OverlayStack;
  /** What the menu waits for (the fonts and the scenarios). */
  preload(): Promise<unknown>;
  /** Called once by createGame when everything is ready and Phaser too. */
  onPreloaded(): void;
  menuActions(): readonly MenuAction[];
  /** Extra buttons on the debrief (e.g. the full after-action report). */
  debriefActions(): readonly MenuAction[];
}
