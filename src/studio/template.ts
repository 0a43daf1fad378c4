// A new scenario starts from this: the smallest file that plays (two questions, one rumour, both
// languages), its keys commented so the author sees what to change. The comments are in the
// studio's language (the YAML is the same in both); tests/studio/studioTexts.test.ts checks both clean.
import type { Language } from '../i18n/languages.ts';

export const TEMPLATE_NAME = 'new-scenario.yaml';

interface Comments {
  intro: string;
  guide: string;
  id: string;
  difficulty: string;
  duration: string;
}

const COMMENTS: Record<Language, Comments> = {
  en: {
    intro: 'A new scenario. Change the texts, keep the shape; the studio checks it as you type.',
    guide: 'The full guide: docs/authoring.md.',
    id: 'lower-case words joined by dashes, unique among scenarios',
    difficulty: '1 easy, 2 medium, 3 hard',
    duration: 'the conference clock, in seconds',
  },
  vi: {
    intro: 'Một kịch bản mới. Hãy sửa các đoạn văn bản, giữ nguyên cấu trúc; xưởng kiểm tra ngay khi bạn gõ.',
    guide: 'Hướng dẫn đầy đủ: docs/authoring.md.',
    id: 'chữ thường, các từ nối bằng dấu gạch ngang, không trùng với kịch bản nào khác',
    difficulty: '1 dễ, 2 vừa, 3 khó',
    duration: 'đồng hồ của buổi họp báo, tính bằng giây',
  },
};

const template = (c: Comments) => `# ${c.intro}
# ${c.guide}
format: 1
id: new-scenario            # ${c.id}
languages: [vi, en]
title: { vi: "Họp báo mới", en: "A new press conference" }
summary: { vi: "Một tình huống ngắn để bắt đầu.", en: "A short situation to start from." }
difficulty: 1               # ${c.difficulty}
duration: 300               # ${c.duration}
skills: [accuracy, timeliness, rumour-rebuttal, composure]

briefing:
  situation: { vi: "Một tin đồn về nước sinh hoạt đang lan trên mạng.", en: "A rumour about tap water is spreading online." }
  facts:
    - id: tested
      status: confirmed
      text: { vi: "Nước đã được kiểm nghiệm sáng nay, đạt chuẩn.", en: "The water was tested this morning and meets the standard." }
  key_messages:
    - id: safe
      text: { vi: "Nước an toàn; theo dõi thông tin chính thức.", en: "The water is safe; follow official information." }

reporters:
  - id: minh
    name: Trần Văn Minh
    outlet: { vi: "Báo Thời Sự", en: "Current Affairs Daily" }
    stance: neutral
    kind: domestic

rumours:
  - id: water-poisoned
    text: { vi: "Nước máy bị nhiễm độc, đừng uống!", en: "Tap water is poisoned, do not drink it!" }
    author: "@tinnhanh"
    appears_at: 20
    reach: { start: 300, doubling: 60, peak: 50000 }
    countered_by: [tested]

start: q-open
beats:
  q-open:
    reporter: minh
    ask: { vi: "Nước máy có an toàn không?", en: "Is the tap water safe?" }
    time_limit: 40
    answers:
      - text: { vi: "Có. Nước đã được kiểm nghiệm sáng nay và đạt chuẩn.", en: "Yes. It was tested this morning and meets the standard." }
        effects: { accuracy: 2, rumour-rebuttal: 2 }
        rebuts: water-poisoned
        feedback: { vi: "Nêu sự thật đã xác minh.", en: "You gave the verified fact." }
        next: q-next
      - text: { vi: "Chúng tôi chưa có thông tin.", en: "We have no information yet." }
        effects: { accuracy: -1, rumour-rebuttal: -2 }
        set: [vague]
        feedback: { vi: "Đã có kết quả kiểm nghiệm mà không nói ra.", en: "The test result was there and you did not say it." }
        next: q-next
  q-next:
    reporter: minh
    ask: { vi: "Bao giờ có thông báo tiếp theo?", en: "When is the next update?" }
    time_limit: 40
    answers:
      - text: { vi: "Chiều nay, trên trang của thành phố.", en: "This afternoon, on the city's website." }
        effects: { timeliness: 2, composure: 1 }
        feedback: { vi: "Hẹn giờ và nơi cụ thể.", en: "A time and a place." }
        next: end
      - text: { vi: "Khi nào có thì báo.", en: "When there is something to say." }
        effects: { timeliness: -2, composure: -1 }
        feedback: { vi: "Không hẹn gì cả.", en: "No commitment at all." }
        next: end

endings:
  - id: calm
    when: { not: { flag: vague } }
    text: { vi: "Người dân yên tâm.", en: "People are reassured." }
  - id: default
    text: { vi: "Buổi họp báo kết thúc.", en: "The press conference ends." }
`;

/** The new-scenario template with its comments in `lang`. */
export function templateFor(lang: Language): string {
  return template(COMMENTS[lang]);
}

/** The English template (the tests build their planted files from it). */
export const TEMPLATE = templateFor('en');
