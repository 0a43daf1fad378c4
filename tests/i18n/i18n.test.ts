import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/i18n.ts';
import { resolveText } from '../../src/i18n/resolveText.ts';

describe('createI18n', () => {
  it('starts in the chosen language with the bundled strings', () => {
    const i18n = createI18n('en');
    expect(i18n.t('settings:title')).toBe('Settings');
    expect(createI18n('vi').t('settings:title')).toBe('Cài đặt');
  });

  it('switches language at once (the scenes redraw in the same frame)', () => {
    const i18n = createI18n('vi');
    void i18n.changeLanguage('en');
    expect(i18n.t('results:again')).toBe('Play again');
  });

  it('uses the plural forms of each language', () => {
    expect(createI18n('en').t('common:minutes', { count: 1 })).toBe('1 minute');
    expect(createI18n('en').t('common:minutes', { count: 10 })).toBe('10 minutes');
    expect(createI18n('vi').t('common:minutes', { count: 10 })).toBe('10 phút');
  });
});

describe('resolveText', () => {
  it('picks the language, falls back to Vietnamese, then to any', () => {
    expect(resolveText({ vi: 'Chào', en: 'Hello' }, 'en')).toBe('Hello');
    expect(resolveText({ vi: 'Chào' }, 'en')).toBe('Chào');
    expect(resolveText({ fr: 'Bonjour' }, 'en')).toBe('Bonjour');
    expect(resolveText('plain', 'en')).toBe('plain');
    expect(resolveText(undefined, 'vi')).toBe('');
  });
});
