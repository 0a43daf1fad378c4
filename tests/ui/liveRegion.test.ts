import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/i18n.ts';
import { announcements } from '../../src/ui/liveRegion.ts';
import { countWords } from '../../src/ui/wordCount.ts';
import { miniEntry, rig } from '../state/drillHarness.ts';

describe('aria-live announcements', () => {
  it('reads out the question with its choices, the feedback and new feed items', () => {
    const i18n = createI18n('en');
    const t = (k: string, o?: Record<string, unknown>) => i18n.t(k, o);
    const checked = miniEntry().checked!;
    const r = rig();
    r.controller.startDrill('mini-drill');
    const first = r.store.getState().drill!.view;
    const asked = announcements(null, first, checked, 'en', t);
    expect(asked.urgent[0]).toContain('Nguyễn Thị Lan, Tin Nhanh Daily');
    expect(asked.urgent[0]).toContain('Will the dam burst?');
    expect(asked.urgent[0]).toContain('1. No, the dam is safe. 2. No comment.');
    r.advance(11_000);
    const withRumour = r.store.getState().drill!.view;
    expect(announcements(first, withRumour, checked, 'en', t).polite).toEqual(['A rumour is spreading, posted by @tinnong: The dam is about to burst!']);
    r.controller.choose(0);
    const answered = r.store.getState().drill!.view;
    const said = announcements(withRumour, answered, checked, 'vi', (k, o) => createI18n('vi').t(k, o));
    expect(said.polite.join(' ')).toContain('+2 Chính xác, khách quan');
    expect(said.polite.join(' ')).toContain('Đúng sự thật.');
    expect(said.urgent[0]).toContain('Có ai chết không?');
  });
});

describe('countWords', () => {
  it('counts words as the rubric does (Vietnamese syllables, punctuation separates)', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  Chúng tôi   chưa xác nhận.  ')).toBe(5);
    expect(countWords("We haven't confirmed it, yet.")).toBe(6); // as the rubric splits it
    expect(countWords('Đập an toàn\nngười dân yên tâm')).toBe(7);
  });
});
