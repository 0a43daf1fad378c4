import { describe, expect, it, vi } from 'vitest';
import {
  COMMAND_IDS,
  COMMANDS,
  INPUT_LAYERS,
  commandForKey,
  createCommands,
  isPlanned,
  isPrintableKey,
  layersOf,
  normalizeKey,
  type CommandSpec,
  type InputLayer,
} from '../../src/app/commands.ts';
import { createOverlayStack, screenLayer } from '../../src/app/overlayStack.ts';
import en from '../../locales/en/commands.json';
import vi_ from '../../locales/vi/commands.json';

const spec = (id: (typeof COMMAND_IDS)[number]) => COMMANDS[id] as CommandSpec;
const allKeys = [...new Set(COMMAND_IDS.flatMap((id) => spec(id).keys))];

describe('the command table', () => {
  it('binds each key to at most one command on each layer', () => {
    for (const layer of INPUT_LAYERS) {
      const seen = new Map<string, string>();
      for (const id of COMMAND_IDS) {
        if (!layersOf(id).includes(layer)) continue;
        for (const key of spec(id).keys) {
          const k = normalizeKey(key);
          expect(seen.get(k), `${layer}: "${key}" is bound to ${seen.get(k)} and ${id}`).toBeUndefined();
          seen.set(k, id);
        }
      }
    }
  });

  it('writes letters in lower case, so Shift and Caps Lock do not matter', () => {
    for (const key of allKeys) expect(normalizeKey(key)).toBe(key);
    expect(commandForKey('menu', 'S')).toBe('app.settings');
    expect(commandForKey('menu', 's')).toBe('app.settings');
  });

  it('never lets a key that types a character work while typing', () => {
    for (const id of COMMAND_IDS) {
      if (!spec(id).whileTyping) continue;
      for (const key of spec(id).keys) expect(isPrintableKey(key), `${id} is allowed while typing but "${key}" types a character`).toBe(false);
    }
  });

  it('has a label in both languages for every command', () => {
    for (const id of COMMAND_IDS) {
      const [group, name] = id.split('.') as [string, string];
      expect(spec(id).labelKey).toBe(`commands:${id}`);
      expect((en as Record<string, Record<string, string>>)[group]?.[name], `en ${id}`).toBeTruthy();
      expect((vi_ as Record<string, Record<string, string>>)[group]?.[name], `vi ${id}`).toBeTruthy();
    }
  });

  it('names what the live console and the clicker will need', () => {
    for (const id of ['live.next', 'live.previous', 'live.blank', 'live.reveal', 'live.hide', 'drill.pause', 'drill.resume', 'drill.end'] as const)
      expect(COMMAND_IDS).toContain(id);
    expect(spec('live.next').keys).toContain('PageDown');
    expect(spec('live.previous').keys).toContain('PageUp');
    expect(spec('live.blank').keys).toEqual(expect.arrayContaining(['b', '.']));
  });
});

describe('the dispatcher', () => {
  const setup = (layer: InputLayer | null = 'pressRoom') => {
    let current = layer;
    const commands = createCommands(() => current);
    return { commands, setLayer: (l: InputLayer | null) => (current = l) };
  };

  it('runs the handler of the current layer before the app-wide one', () => {
    const { commands, setLayer } = setup('menu');
    const app = vi.fn();
    const menu = vi.fn();
    commands.register('app', { 'app.settings': app });
    const undo = commands.register('menu', { 'app.settings': menu });
    expect(commands.handleKey({ key: 's', typing: false })).toBe('command');
    expect(menu).toHaveBeenCalledTimes(1);
    expect(app).not.toHaveBeenCalled();
    undo();
    commands.handleKey({ key: 'S', typing: false });
    expect(app).toHaveBeenCalledTimes(1);
    setLayer('settings');
    expect(commands.handleKey({ key: 's', typing: false })).toBeNull();
    expect(app).toHaveBeenCalledTimes(1);
  });

  it('never runs a command from a key typed into a text field, on any layer', () => {
    const { commands, setLayer } = setup();
    const ran: string[] = [];
    const handlers = Object.fromEntries(COMMAND_IDS.filter((id) => !isPlanned(id)).map((id) => [id, () => void ran.push(id)]));
    commands.register('app', handlers);
    for (const layer of INPUT_LAYERS) {
      setLayer(layer);
      for (const key of [...allKeys, 'a', 'z', 'ư', 'đ']) {
        if (!isPrintableKey(key)) continue;
        expect(commands.handleKey({ key, typing: true })).toBeNull();
        expect(commands.handleKey({ key: key.toUpperCase(), typing: true })).toBeNull();
      }
    }
    expect(ran).toEqual([]);
    // Esc still closes the settings from their fields: it types nothing.
    setLayer('settings');
    expect(commands.handleKey({ key: 'Escape', typing: true })).toBe('command');
    expect(ran).toEqual(['settings.close']);
  });

  it('leaves keys to an input method while it composes', () => {
    const { commands } = setup();
    const pause = vi.fn();
    commands.register('app', { 'drill.pause': pause });
    expect(commands.handleKey({ key: ' ', typing: false, composing: true })).toBeNull();
    expect(pause).not.toHaveBeenCalled();
  });

  it('lets a typed question take printable keys before the commands (answer with the first key)', () => {
    const { commands } = setup('pressRoom');
    const settings = vi.fn();
    const choose = vi.fn();
    const pause = vi.fn();
    commands.register('app', { 'app.settings': settings, 'drill.choose': choose, 'drill.pause': pause });
    const start = vi.fn();
    commands.setTextEntry('pressRoom', { accepts: (key) => key !== ' ' && key !== '1', start });
    for (const key of ['s', 'l', 'f', 'C', 'Process']) expect(commands.handleKey({ key, typing: false, composing: key === 'Process' })).toBe('text');
    expect(start).toHaveBeenCalledTimes(5);
    expect(settings).not.toHaveBeenCalled();
    expect(commands.handleKey({ key: '1', typing: false })).toBe('command');
    expect(choose).toHaveBeenCalledWith(expect.objectContaining({ arg: 0, source: 'key' }));
    expect(commands.handleKey({ key: ' ', typing: false })).toBe('command');
    expect(pause).toHaveBeenCalledTimes(1);
    // Escape types nothing: it stays a command.
    expect(commands.handleKey({ key: 'Escape', typing: false })).toBe('command');
  });

  it("a live item's box over a typed question: the newest entry that takes a key gets it, on the paused layer too; its undo gives the keys back", () => {
    const { commands, setLayer } = setup('pressRoom');
    const settings = vi.fn();
    const choose = vi.fn();
    const end = vi.fn();
    const leave = vi.fn();
    const resume = vi.fn();
    commands.register('app', { 'app.settings': settings, 'drill.choose': choose, 'drill.end': end, 'drill.leave': leave, 'drill.resume': resume });
    const question = vi.fn();
    commands.setTextEntry('pressRoom', { accepts: (key) => key !== '1', start: question });
    let itemUp = true;
    const item = vi.fn();
    const entry = { accepts: () => itemUp, start: item };
    const undoPress = commands.setTextEntry('pressRoom', entry);
    commands.setTextEntry('paused', entry);
    for (const key of ['s', '1', ' ']) expect(commands.handleKey({ key, typing: false })).toBe('text');
    expect(item).toHaveBeenCalledTimes(3);
    expect(question).not.toHaveBeenCalled();
    // The live item pauses the drill: E, Q, S and Space would end, leave, open the settings, resume.
    setLayer('paused');
    for (const key of ['e', 'q', 's', ' ', 'Process']) expect(commands.handleKey({ key, typing: false, composing: key === 'Process' })).toBe('text');
    expect([settings, choose, end, leave, resume].map((f) => f.mock.calls.length)).toEqual([0, 0, 0, 0, 0]);
    // Keys that type nothing stay commands.
    expect(commands.handleKey({ key: 'Escape', typing: false })).toBe('command');
    expect(resume).toHaveBeenCalledTimes(1);
    // No item: the typed question's entry takes the key again; removed, the same.
    setLayer('pressRoom');
    itemUp = false;
    expect(commands.handleKey({ key: 's', typing: false })).toBe('text');
    expect(question).toHaveBeenCalledTimes(1);
    itemUp = true;
    undoPress();
    expect(commands.handleKey({ key: 's', typing: false })).toBe('text');
    expect(question).toHaveBeenCalledTimes(2);
    expect(commands.handleKey({ key: '1', typing: false })).toBe('command');
    expect(choose).toHaveBeenCalledTimes(1);
  });

  it('runs buttons through the same table, on the current layer only', () => {
    const { commands, setLayer } = setup('pressRoom');
    const pause = vi.fn();
    commands.register('app', { 'drill.pause': pause });
    expect(commands.run('drill.pause')).toBe(true);
    setLayer('paused');
    expect(commands.run('drill.pause')).toBe(false);
    expect(pause).toHaveBeenCalledTimes(1);
  });

  it('treats a handler that returns false as "not now": the key is not used', () => {
    const { commands } = setup('pressRoom');
    commands.register('app', { 'drill.pause': () => false });
    expect(commands.handleKey({ key: ' ', typing: false })).toBeNull();
  });

  it('nothing is left planned: skipping a question is built, its Delete runs it in the press room and while paused, never while typing', () => {
    expect(COMMAND_IDS.filter(isPlanned)).toEqual([]);
    const { commands, setLayer } = setup('pressRoom');
    const skip = vi.fn();
    commands.register('app', { 'live.skip': skip });
    // A typed question takes the first printable key as the answer's start; Delete is not one.
    commands.setTextEntry('pressRoom', { accepts: () => true, start: () => {} });
    expect(commands.handleKey({ key: 'Delete', typing: false })).toBe('command');
    expect(commands.handleKey({ key: 'Delete', typing: true })).toBeNull();
    expect(commands.keyHint('live.skip')).toBe('Del');
    setLayer('paused');
    expect(commands.run('live.skip', { source: 'console' })).toBe(true);
    setLayer('menu');
    expect(commands.run('live.skip', { source: 'console' })).toBe(false);
    expect(skip).toHaveBeenCalledTimes(2);
    // Built ones take a handler: the clicker's PageDown runs live.next.
    const next = vi.fn();
    commands.register('app', { 'live.next': next });
    expect(commands.handleKey({ key: 'PageDown', typing: false })).toBe('command');
    expect(next).toHaveBeenCalledTimes(1);
  });

  it('shows the first key of a command on its button', () => {
    const { commands } = setup();
    expect(commands.keyHint('app.settings')).toBe('S');
    expect(commands.keyHint('debrief.menu')).toBe('Esc');
    expect(commands.keyHint('drill.pause')).toBe('Space');
    expect(commands.keyHint('briefing.start')).toBe('');
  });
});

describe('the overlay stack', () => {
  it('puts the settings over the pause dialog over the reports, and pauses the screen unless only the replay is open', () => {
    const stack = createOverlayStack();
    const changes = vi.fn();
    stack.subscribe(changes);
    expect(stack.top()).toBeNull();
    expect(stack.screenRuns()).toBe(true);
    stack.setOpen('replay', true);
    expect(stack.top()).toBe('replay');
    expect(stack.screenRuns()).toBe(true);
    stack.setOpen('paused', true);
    stack.setOpen('settings', true);
    expect(stack.top()).toBe('settings');
    expect(stack.screenRuns()).toBe(false);
    stack.setOpen('settings', false);
    expect(stack.top()).toBe('paused');
    stack.setOpen('settings', false);
    expect(changes).toHaveBeenCalledTimes(4);
  });

  it('maps the screens to their layers', () => {
    expect(screenLayer('Menu')).toBe('menu');
    expect(screenLayer('PressRoom')).toBe('pressRoom');
    expect(screenLayer('Boot')).toBeNull();
  });
});
