// A new scenario starts from this: the smallest file that plays (two questions, one rumour, both
// languages), every key commented so the author sees what to change.
export const TEMPLATE_NAME = 'new-scenario.yaml';

export const TEMPLATE = `# A new scenario. Change the texts, keep the shape; the studio checks it as you type.
# The full guide: docs/authoring.md.
format: 1
id: new-scenario            # lower-case words joined by dashes, unique among scenarios
languages: [vi, en]
title: { vi: "Họp báo mới", en: "A new press conference" }
summary: { vi: "Một tình huống ngắn để bắt đầu.", en: "A short situation to start from." }
difficulty: 1               # 1 easy, 2 medium, 3 hard
duration: 300               # the conference clock, in seconds
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
