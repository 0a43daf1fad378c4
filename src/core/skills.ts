// The eight skills of shared/design/skills.md: the whole taxonomy. The scenario format names them,
// the engine scores them, the debrief explains them.
export const SKILL_IDS = ['timeliness', 'transparency', 'accuracy', 'official-position', 'rumour-rebuttal', 'composure', 'key-messages', 'authority'] as const;

export type SkillId = (typeof SKILL_IDS)[number];

export function isSkillId(value: unknown): value is SkillId {
  return typeof value === 'string' && (SKILL_IDS as readonly string[]).includes(value);
}

/** Both names are shown to players (skills.md). Kept here so the CLI and the debrief agree. */
export const SKILL_NAMES: Record<SkillId, { vi: string; en: string }> = {
  timeliness: { vi: 'Kịp thời', en: 'Timeliness' },
  transparency: { vi: 'Chủ động, minh bạch', en: 'Openness' },
  accuracy: { vi: 'Chính xác, khách quan', en: 'Accuracy' },
  'official-position': { vi: 'Đúng lập trường', en: 'Official position' },
  'rumour-rebuttal': { vi: 'Phản bác thông tin sai', en: 'Countering false information' },
  composure: { vi: 'Bản lĩnh, ứng xử', en: 'Composure' },
  'key-messages': { vi: 'Thông điệp chủ đạo', en: 'Key messages' },
  authority: { vi: 'Đúng thẩm quyền', en: 'Authority and law' },
};
