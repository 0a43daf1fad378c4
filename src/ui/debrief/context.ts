// What every part of the report overlay needs to speak the reader's language.
import type { TFunction } from 'i18next';
import type { Text } from '../../core/scenario/schema.ts';
import { SKILL_NAMES, isSkillId } from '../../core/skills.ts';
import type { I18n } from '../../i18n/i18n.ts';
import { resolveText } from '../../i18n/resolveText.ts';
import { interfaceLanguage, otherLanguage } from '../../i18n/languages.ts';
import { skillName } from '../../i18n/skillName.ts';

export interface ReportContext {
  lang: string;
  /** Strings of the "debrief" namespace. */
  t: TFunction;
  text(value: Text | null | undefined): string;
  skillName(skill: string): string;
  /** The skill's name in the other interface language (skills.md: both names are shown). */
  skillOtherName(skill: string): string;
}

export function reportContext(i18n: I18n, namespace = 'debrief'): ReportContext {
  const lang = interfaceLanguage(i18n.language);
  const other = otherLanguage(lang);
  return {
    lang,
    t: i18n.getFixedT(lang, namespace),
    text: (value) => resolveText(value, lang),
    skillName: (skill) => skillName(skill, lang),
    skillOtherName: (skill) => (isSkillId(skill) ? SKILL_NAMES[skill][other] : ''),
  };
}
