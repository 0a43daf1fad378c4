import { describe, expect, it } from 'vitest';
import { interfaceLanguage, otherLanguage } from '../../src/i18n/languages.ts';
import { formatNumber, localeTag } from '../../src/i18n/numberFormat.ts';
import { skillName } from '../../src/i18n/skillName.ts';

describe('one source for languages, locales and skill names', () => {
  it('maps a setting or i18next code to an interface language and its other one', () => {
    expect(interfaceLanguage('en')).toBe('en');
    expect(interfaceLanguage('vi')).toBe('vi');
    expect(interfaceLanguage('cimode')).toBe('vi');
    expect(otherLanguage('vi')).toBe('en');
    expect(otherLanguage('en')).toBe('vi');
  });

  it('has one locale per interface language (English is en-GB everywhere)', () => {
    expect(localeTag('vi')).toBe('vi-VN');
    expect(localeTag('en')).toBe('en-GB');
    expect(formatNumber(3200, 'vi')).toBe('3.200');
    expect(formatNumber(1.5, 'vi')).toBe('1,5');
    expect(formatNumber(3200, 'en')).toBe('3,200');
  });

  it('names a skill in the interface language, and leaves an unknown id as it is', () => {
    expect(skillName('accuracy', 'en')).toBe('Accuracy');
    expect(skillName('accuracy', 'vi')).not.toBe('Accuracy');
    expect(skillName('made-up', 'vi')).toBe('made-up');
  });
});
