// A skill's name as the interface writes it; an id the game does not know is shown as it is.
import { isSkillId, SKILL_NAMES } from '../core/skills.ts';
import { interfaceLanguage } from './languages.ts';

export function skillName(skill: string, lang: string): string {
  return isSkillId(skill) ? SKILL_NAMES[skill][interfaceLanguage(lang)] : skill;
}
