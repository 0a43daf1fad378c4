// The engine's notes are worded from locales/*/engine.json, in the terminal as in the browser.
import { describe, expect, it } from 'vitest';
import en from '../../locales/en/engine.json' with { type: 'json' };
import vi from '../../locales/vi/engine.json' with { type: 'json' };
import { ENGINE_NOTE_CODES } from '../../src/core/engine/notes.ts';
import { saidInTerminal } from '../../src/cli/engineNotes.ts';

describe('engine notes', () => {
  it('every code has its words in English and Vietnamese, and nothing else is there', () => {
    expect(Object.keys(en).sort()).toEqual([...ENGINE_NOTE_CODES].sort());
    expect(Object.keys(vi).sort()).toEqual([...ENGINE_NOTE_CODES].sort());
  });

  it('fills the values, numbers as each language writes them', () => {
    expect(saidInTerminal({ note: { code: 'rumour-countered', seconds: 12, points: 1 } }, 'en')).toBe('Countered 12 s after it appeared (+1).');
    expect(saidInTerminal({ note: { code: 'rumour-reach', reach: 3200, peak: 12000 } }, 'en')).toBe('Reach when countered: 3,200 of at most 12,000.');
    expect(saidInTerminal({ note: { code: 'rumour-reach', reach: 3200, peak: 12000 } }, 'vi')).toBe('Lượt tiếp cận khi phản bác: 3.200 trên tối đa 12.000.');
    expect(saidInTerminal({ note: { code: 'silence' } }, 'vi')).toBe('Không trả lời trong thời gian cho phép.');
  });

  it("the author's feedback wins, and a save from before notes shows its engine words as they are", () => {
    expect(saidInTerminal({ feedback: { en: 'Good.', vi: 'Tốt.' }, note: { code: 'silence' } }, 'en')).toBe('Good.');
    expect(saidInTerminal({ feedback: { en: 'Countered before it spread.', vi: 'Phản bác trước khi tin đồn lan ra.' } }, 'vi')).toBe(
      'Phản bác trước khi tin đồn lan ra.',
    );
    expect(saidInTerminal({}, 'en')).toBe('');
  });
});
