import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOLD_MS, MESSAGES_EXTENSION, routeFacilitatorMessages } from '../../../src/app/live/facilitatorMessages.ts';
import { defaultSettings } from '../../../src/state/settings.ts';
import { createAppStore } from '../../../src/state/store.ts';

function setUp(live = true, panel = false) {
  const store = createAppStore({ settings: defaultSettings() });
  let changes = 0;
  const state = { live, panel };
  const messages = routeFacilitatorMessages(store, { active: () => state.live, panelOpen: () => state.panel, onChange: () => changes++, now: () => 1000 });
  const shown = () =>
    store
      .getState()
      .toasts.filter((t) => !t.held)
      .map((t) => t.message);
  return { store, messages, state, shown, changes: () => changes };
}

describe("a live drill's messages for the facilitator", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('go to the console and off the projector once the console has them', () => {
    const { store, messages, shown, changes } = setUp();
    const id = store.getState().pushToast('info', 'Scorecards saved to the history: 3 trainees.');
    expect(shown()).toEqual([]);
    expect(messages.list()).toEqual([{ id, kind: 'info', text: 'Scorecards saved to the history: 3 trainees.', at: 1000 }]);
    expect(changes()).toBe(1);
    messages.receive({ seen: [id], embedded: false });
    expect(store.getState().toasts).toEqual([]);
    vi.advanceTimersByTime(HOLD_MS * 2);
    expect(store.getState().toasts).toEqual([]);
    // The console clears it from its list.
    messages.receive({ dismiss: id });
    expect(messages.list()).toEqual([]);
    expect(MESSAGES_EXTENSION).toBe('live.messages');
  });

  it('show on the projector after all when no console takes them, and leave it when one does later', () => {
    const { store, messages, shown } = setUp();
    const id = store.getState().pushToast('error', 'The records could not be saved.');
    vi.advanceTimersByTime(HOLD_MS - 1);
    expect(shown()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(shown()).toEqual(['The records could not be saved.']);
    messages.receive({ seen: [id], embedded: false });
    expect(shown()).toEqual([]);
  });

  it('a hidden one-screen panel has not shown them to anyone; opening it has', () => {
    const { store, messages, shown, state } = setUp();
    const id = store.getState().pushToast('info', 'Ready to work offline.');
    messages.receive({ seen: [id], embedded: true });
    vi.advanceTimersByTime(HOLD_MS);
    expect(shown()).toEqual(['Ready to work offline.']);
    state.panel = true;
    messages.panelOpened();
    expect(shown()).toEqual([]);
  });

  it("stay on the screen outside a live drill, and for the one at the screen (the trainee's unsent answer)", () => {
    const { store, messages, shown, state } = setUp(false);
    store.getState().pushToast('info', 'Settings could not be saved.');
    expect(shown()).toEqual(['Settings could not be saved.']);
    state.live = true;
    store.getState().pushToast('info', 'Your answer was not sent: …', { sticky: true, forScreen: true });
    expect(shown()).toEqual(['Settings could not be saved.', 'Your answer was not sent: …']);
    expect(messages.list()).toEqual([]);
  });

  it('ignores a malformed reply', () => {
    const { store, messages, shown } = setUp();
    store.getState().pushToast('info', 'x');
    for (const bad of [null, 3, { seen: ['1'] }, { dismiss: '1' }]) messages.receive(bad);
    vi.advanceTimersByTime(HOLD_MS);
    expect(shown()).toEqual(['x']);
  });
});
