// Every action a key, a button, the facilitator console or a presentation clicker can trigger, in
// one table: its name, its label (an i18n key), its default keys, where those keys work, and
// whether they work while the trainee is typing in a text field. One dispatcher runs them: keys,
// buttons and (later) the console and the clicker all go through `run` / `handleKey`, so a rule
// is written once. Handlers are registered by whoever can carry the command out on the current
// layer (a screen or the overlay on top of it), with app-wide handlers as the fallback.

/** Who owns the keyboard and the pointer: the screen, or the overlay on top of it. */
export const INPUT_LAYERS = ['menu', 'briefing', 'pressRoom', 'debrief', 'settings', 'paused', 'report', 'history', 'replay'] as const;
export type InputLayer = (typeof INPUT_LAYERS)[number];

export interface CommandSpec {
  /** i18n key of what the command does, e.g. for a console button or a key list. */
  labelKey: string;
  /** KeyboardEvent.key values; letters in lower case (Shift and Caps Lock do not matter). ' ' is Space. */
  keys: readonly string[];
  /** Where its keys work; 'all' also over every overlay. */
  layers: readonly InputLayer[] | 'all';
  /**
   * Its keys also work while the focus is in a text field (the answer box, the trainee's name…).
   * Only keys that type nothing may: a letter typed into a field is always a letter.
   */
  whileTyping: boolean;
  /**
   * Named for the live console and the clicker (issue 12) but not built yet: nothing runs it and
   * its keys do nothing. Registering a handler for it fails, so building it means saying so here.
   */
  planned?: true;
}

const SCREENS_WITH_CHROME = ['menu', 'briefing', 'pressRoom'] as const;
/** Where a clicker's keys work in a live drill: every screen, and over the paused drill. */
const LIVE_LAYERS = ['menu', 'briefing', 'pressRoom', 'paused', 'debrief'] as const;

export const COMMANDS = {
  // ---- anywhere -----------------------------------------------------------------------------
  'app.fullscreen': { labelKey: 'commands:app.fullscreen', keys: ['f'], layers: 'all', whileTyping: false },
  'app.settings': { labelKey: 'commands:app.settings', keys: ['s'], layers: [...SCREENS_WITH_CHROME, 'paused'], whileTyping: false },
  'app.language': { labelKey: 'commands:app.language', keys: ['l'], layers: SCREENS_WITH_CHROME, whileTyping: false },
  'app.history': { labelKey: 'commands:app.history', keys: [], layers: ['menu'], whileTyping: false },
  /** With a room server: the full-screen join slide (QR code, room code) on or off. */
  'room.join': { labelKey: 'commands:room.join', keys: ['j'], layers: ['menu', 'briefing', 'pressRoom', 'debrief'], whileTyping: false },
  'settings.close': { labelKey: 'commands:settings.close', keys: ['Escape'], layers: ['settings'], whileTyping: true },

  // ---- before the drill -----------------------------------------------------------------------
  // The menu's list: the Phaser menu moves its own focus ring with these keys when nothing handles
  // them; a DOM menu registers handlers for them on the 'menu' layer.
  'menu.next': { labelKey: 'commands:menu.next', keys: ['ArrowDown'], layers: ['menu'], whileTyping: false },
  'menu.previous': { labelKey: 'commands:menu.previous', keys: ['ArrowUp'], layers: ['menu'], whileTyping: false },
  'menu.open': { labelKey: 'commands:menu.open', keys: ['Enter'], layers: ['menu'], whileTyping: false },
  'briefing.start': { labelKey: 'commands:briefing.start', keys: [], layers: ['briefing'], whileTyping: false },
  'briefing.back': { labelKey: 'commands:briefing.back', keys: ['Escape', 'Backspace'], layers: ['briefing'], whileTyping: false },

  // ---- the drill ------------------------------------------------------------------------------
  'drill.choose': { labelKey: 'commands:drill.choose', keys: ['1', '2', '3', '4', '5', '6', '7', '8', '9'], layers: ['pressRoom'], whileTyping: false },
  // No key: on a typed question the first key typed starts the answer (a T would be eaten).
  'drill.typeAnswer': { labelKey: 'commands:drill.typeAnswer', keys: [], layers: ['pressRoom'], whileTyping: false },
  'drill.pause': { labelKey: 'commands:drill.pause', keys: [' ', 'p', 'Escape'], layers: ['pressRoom'], whileTyping: false },
  'drill.resume': { labelKey: 'commands:drill.resume', keys: [' ', 'p', 'Escape'], layers: ['paused'], whileTyping: false },
  'drill.end': { labelKey: 'commands:drill.end', keys: ['e'], layers: ['paused'], whileTyping: false },
  'drill.leave': { labelKey: 'commands:drill.leave', keys: ['q'], layers: ['paused'], whileTyping: false },

  // ---- after the drill ------------------------------------------------------------------------
  'debrief.again': { labelKey: 'commands:debrief.again', keys: ['r'], layers: ['debrief', 'report'], whileTyping: false },
  'debrief.menu': { labelKey: 'commands:debrief.menu', keys: ['Escape', 'm'], layers: ['debrief'], whileTyping: false },
  'debrief.report': { labelKey: 'commands:debrief.report', keys: [], layers: ['debrief'], whileTyping: false },
  /** The full report or the history: one step back (report → summary, history → menu). */
  'report.back': { labelKey: 'commands:report.back', keys: ['Escape'], layers: ['report', 'history'], whileTyping: false },
  'report.print': { labelKey: 'commands:report.print', keys: [], layers: ['report'], whileTyping: false },
  'replay.toggle': { labelKey: 'commands:replay.toggle', keys: [' '], layers: ['replay'], whileTyping: false },
  'replay.back': { labelKey: 'commands:replay.back', keys: ['ArrowLeft'], layers: ['replay'], whileTyping: false },
  'replay.forward': { labelKey: 'commands:replay.forward', keys: ['ArrowRight'], layers: ['replay'], whileTyping: false },
  'replay.exit': { labelKey: 'commands:replay.exit', keys: ['Escape'], layers: ['replay'], whileTyping: false },

  // ---- live drills: the facilitator console (src/console) and a presentation clicker ------------
  // The console sends these over the live channel and the projector runs them here, like a key
  // (src/app/live/liveHost.ts); outside a live drill their handlers return false, so the keys keep
  // their ordinary meaning (the arrows move the press room's focus ring). A clicker's steps
  // (docs/frontend.md "Live drills"): briefing → start; during the conference nothing (no key
  // reveals the score or feedback: only the console's live.reveal does); paused → resume; after the
  // end → the class scoreboard, then the debrief (previous takes the scoreboard down). Nothing on the
  // projector takes a live briefing back or starts a drill again from a live debrief: the console does.
  'live.start': { labelKey: 'commands:live.start', keys: [], layers: ['menu', 'briefing', 'debrief'], whileTyping: false },
  'live.stop': { labelKey: 'commands:live.stop', keys: [], layers: ['menu', 'briefing', 'debrief'], whileTyping: false },
  'live.next': { labelKey: 'commands:live.next', keys: ['PageDown', 'ArrowRight'], layers: LIVE_LAYERS, whileTyping: false },
  // Not on the briefing: its set-up came from the console, and only the console may cancel it.
  'live.previous': {
    labelKey: 'commands:live.previous',
    keys: ['PageUp', 'ArrowLeft'],
    layers: ['menu', 'pressRoom', 'paused', 'debrief'],
    whileTyping: false,
  },
  'live.blank': { labelKey: 'commands:live.blank', keys: ['b', '.'], layers: LIVE_LAYERS, whileTyping: false },
  // A clicker's "start the slide show" key: full screen, never a reload of the running drill.
  'live.present': { labelKey: 'commands:live.present', keys: ['F5'], layers: LIVE_LAYERS, whileTyping: true },
  'live.panel': { labelKey: 'commands:live.panel', keys: ['c'], layers: LIVE_LAYERS, whileTyping: false },
  'live.reveal': { labelKey: 'commands:live.reveal', keys: [], layers: ['pressRoom', 'paused', 'debrief'], whileTyping: false },
  'live.hide': { labelKey: 'commands:live.hide', keys: [], layers: ['pressRoom', 'paused', 'debrief'], whileTyping: false },
  // The facilitator drops the open question: routed as silence, scored nothing (core/engine/skip.ts).
  // Delete, not a letter: on a typed question the first letter pressed starts the trainee's answer.
  'live.skip': { labelKey: 'commands:live.skip', keys: ['Delete'], layers: ['pressRoom', 'paused'], whileTyping: false },
  'live.addTime': { labelKey: 'commands:live.addTime', keys: [], layers: ['pressRoom', 'paused'], whileTyping: false },
  'live.takeTime': { labelKey: 'commands:live.takeTime', keys: [], layers: ['pressRoom', 'paused'], whileTyping: false },
  'live.inject': { labelKey: 'commands:live.inject', keys: [], layers: ['pressRoom', 'paused'], whileTyping: false },
  'live.ask': { labelKey: 'commands:live.ask', keys: [], layers: ['pressRoom', 'paused'], whileTyping: false },
  'live.score': { labelKey: 'commands:live.score', keys: [], layers: ['pressRoom', 'paused'], whileTyping: false },
  'live.note': { labelKey: 'commands:live.note', keys: [], layers: ['pressRoom', 'paused'], whileTyping: false },
  'live.nextTrainee': { labelKey: 'commands:live.nextTrainee', keys: [], layers: ['pressRoom', 'paused'], whileTyping: false },
  'live.end': { labelKey: 'commands:live.end', keys: [], layers: ['pressRoom', 'paused'], whileTyping: false },
  'live.debrief': { labelKey: 'commands:live.debrief', keys: [], layers: ['pressRoom'], whileTyping: false },
} as const satisfies Record<string, CommandSpec>;

export type CommandId = keyof typeof COMMANDS;
export const COMMAND_IDS = Object.keys(COMMANDS) as CommandId[];

export function isPlanned(id: CommandId): boolean {
  return (COMMANDS[id] as CommandSpec).planned === true;
}

/** One key as the table writes it: letters in lower case, everything else as the browser names it. */
export function normalizeKey(key: string): string {
  return key.length === 1 ? key.toLowerCase() : key;
}

/** Whether the key types a character (a letter, a digit, punctuation, Space). */
export function isPrintableKey(key: string): boolean {
  return [...key].length === 1;
}

export function layersOf(id: CommandId): readonly InputLayer[] {
  const layers = (COMMANDS[id] as CommandSpec).layers;
  return layers === 'all' ? INPUT_LAYERS : layers;
}

/** The command a key runs on a layer (planned ones included: they are reserved). */
export function commandForKey(layer: InputLayer, key: string, typing = false): CommandId | null {
  const k = normalizeKey(key);
  for (const id of COMMAND_IDS) {
    const spec = COMMANDS[id] as CommandSpec;
    if (typing && !spec.whileTyping) continue;
    if (layersOf(id).includes(layer) && spec.keys.includes(k)) return id;
  }
  return null;
}

export interface CommandCall {
  /** Where the command came from: a key, an on-screen button, the console, a clicker. */
  source: 'key' | 'button' | 'console' | 'clicker';
  /** The key pressed, when it came from one. */
  key?: string;
  /** A command's value, e.g. the answer's position on screen (0-based) for drill.choose. */
  arg?: number;
  /** What a console command carries (the live item's text, the points, the inject); its handler checks it. */
  data?: unknown;
}

/** Runs the command; returns false when it does not apply right now (its key then does what it would anyway). */
export type CommandHandler = (call: CommandCall) => boolean | void;
export type CommandHandlers = Partial<Record<CommandId, CommandHandler>>;

/** What a key press looks like to the dispatcher (built from a KeyboardEvent by app/keyboard.ts). */
export interface KeyPress {
  key: string;
  /** The focus is in a text field. */
  typing: boolean;
  /** An input method is composing (Vietnamese Telex/VNI): the key belongs to it. */
  composing?: boolean;
}

/**
 * A layer where typing starts an answer (a typed question): the first printable key focuses the
 * field and the browser then types that very character into it (the dispatcher never re-types
 * it, so input methods keep working).
 */
export interface TextEntry {
  accepts(key: string): boolean;
  start(): void;
}

export type KeyOutcome = 'command' | 'text' | null;

export interface Commands {
  /** The layer that owns input now (the top overlay, else the screen); null before the menu. */
  layer(): InputLayer | null;
  /** Handlers for one layer, or for the whole app (the fallback on every layer). Returns the undo. */
  register(scope: InputLayer | 'app', handlers: CommandHandlers): () => void;
  /**
   * Adds a place where typing starts on a layer (null: none is added). Several may be set: the
   * newest that accepts the key takes it (a live item's box over the typed question's). Returns the undo.
   */
  setTextEntry(layer: InputLayer, entry: TextEntry | null): () => void;
  /** Runs a command on the current layer; false if it is not available there or does not apply now. */
  run(id: CommandId, call?: Partial<CommandCall>): boolean;
  /** A key press: runs its command, or starts a typed answer. Returns what happened. */
  handleKey(press: KeyPress): KeyOutcome;
  /** The keys of a command as shown on buttons (first binding), e.g. 'S', 'Esc'. */
  keyHint(id: CommandId): string;
}

const KEY_NAMES: Record<string, string> = {
  Escape: 'Esc',
  ' ': 'Space',
  ArrowLeft: '←',
  ArrowRight: '→',
  PageDown: 'PgDn',
  PageUp: 'PgUp',
  Backspace: '⌫',
  Delete: 'Del',
};

function keyName(key: string): string {
  return KEY_NAMES[key] ?? (key.length === 1 ? key.toUpperCase() : key);
}

/** The key shown on a command's button: its first binding, e.g. 'S', 'Esc', 'Space' ('' if none). */
export function keyHintOf(id: CommandId): string {
  const first = (COMMANDS[id] as CommandSpec).keys[0];
  return first === undefined ? '' : keyName(first);
}

export function createCommands(currentLayer: () => InputLayer | null): Commands {
  const scopes = new Map<InputLayer | 'app', CommandHandlers[]>();
  const entries = new Map<InputLayer, TextEntry[]>();
  /** The newest text entry of the layer that takes this key, if any. */
  const entryFor = (layer: InputLayer, key: string): TextEntry | undefined => {
    const list = entries.get(layer) ?? [];
    for (let i = list.length - 1; i >= 0; i--) if (list[i]!.accepts(key)) return list[i];
    return undefined;
  };

  const handlerFor = (id: CommandId, layer: InputLayer): CommandHandler | undefined => {
    for (const scope of [layer, 'app'] as const) {
      const list = scopes.get(scope) ?? [];
      // The newest registration wins (a scene rebuilt registers again before the old one leaves).
      for (let i = list.length - 1; i >= 0; i--) {
        const h = list[i]![id];
        if (h) return h;
      }
    }
    return undefined;
  };

  const runOn = (layer: InputLayer | null, id: CommandId, call: CommandCall): boolean => {
    if (layer === null || isPlanned(id) || !layersOf(id).includes(layer)) return false;
    const handler = handlerFor(id, layer);
    if (!handler) return false;
    return handler(call) !== false;
  };

  return {
    layer: currentLayer,
    register(scope, handlers) {
      for (const id of Object.keys(handlers) as CommandId[]) {
        if (!(id in COMMANDS)) throw new Error(`unknown command ${id}`);
        if (isPlanned(id)) throw new Error(`command ${id} is marked planned in src/app/commands.ts: remove the mark when it is built`);
      }
      const list = scopes.get(scope) ?? [];
      list.push(handlers);
      scopes.set(scope, list);
      return () => {
        const i = list.indexOf(handlers);
        if (i >= 0) list.splice(i, 1);
      };
    },
    setTextEntry(layer, entry) {
      if (!entry) return () => {};
      const list = entries.get(layer) ?? [];
      list.push(entry);
      entries.set(layer, list);
      return () => {
        const i = list.indexOf(entry);
        if (i >= 0) list.splice(i, 1);
      };
    },
    run(id, call = {}) {
      return runOn(currentLayer(), id, { source: 'button', ...call });
    },
    handleKey(press) {
      const layer = currentLayer();
      if (layer === null) return null;
      if (press.composing) {
        // The input method is starting a word outside any field: hand it the answer box.
        const entry = press.typing ? undefined : entryFor(layer, 'Process');
        if (entry) {
          entry.start();
          return 'text';
        }
        return null;
      }
      if (!press.typing && isPrintableKey(press.key)) {
        const entry = entryFor(layer, press.key);
        if (entry) {
          entry.start();
          return 'text';
        }
      }
      const id = commandForKey(layer, press.key, press.typing);
      if (id === null) return null;
      const arg = id === 'drill.choose' ? Number(press.key) - 1 : undefined;
      return runOn(layer, id, { source: 'key', key: press.key, ...(arg === undefined ? {} : { arg }) }) ? 'command' : null;
    },
    keyHint: keyHintOf,
  };
}
