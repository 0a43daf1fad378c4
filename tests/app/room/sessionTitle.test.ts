import { describe, expect, it } from 'vitest';
import { sessionTitles } from '../../../src/app/room/sessionTitle.ts';
import { createI18n } from '../../../src/i18n/i18n.ts';

describe('the title the laptop gives a room session', () => {
  it('is in both languages, each with its own date format, whatever the interface language', () => {
    const date = new Date(2026, 11, 3, 10, 0);
    for (const lang of ['vi', 'en'] as const) {
      const titles = sessionTitles(createI18n(lang), date);
      expect(titles).toEqual({ vi: 'Diễn tập ngày 3/12/26', en: 'Drill of 03/12/2026' });
    }
  });
});
