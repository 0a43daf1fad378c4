// The help of fields.ts in Vietnamese, for the checker's Vietnamese messages ("lượt hỏi "q1" không có
// "time_limit": lượt hỏi nào cũng cần có khoá này (số giây để trả lời, từ 5 đến 600)"). The English in
// fields.ts also feeds the JSON Schema that editors show; this table follows it key for key (a test
// keeps the two in step).
import { SKILL_IDS } from '../skills.ts';
import type { Kind } from './fields.ts';

const TEXT = 'một văn bản: mỗi ngôn ngữ một mục, ví dụ { vi: "…", en: "…" }';
const NEXT = 'buổi tập đi tiếp tới đâu: mã của một lượt hỏi, từ end, hoặc một danh sách nhánh { if: điều kiện, goto: mã lượt hỏi } mà nhánh cuối không có "if"';
const EFFECTS = `điểm cho từng kỹ năng, mỗi điểm là số nguyên từ -10 đến 10, ví dụ { accuracy: 2, composure: -1 }; chỉ dùng các kỹ năng có trong "skills"`;
const FLAGS = 'tên các cờ (từ đơn) mà điều kiện có thể kiểm tra bằng { flag: TÊN }';
const REBUTS = 'mã của một tin đồn mà câu trả lời này phản bác, hoặc một danh sách mã';
const SKILL = `mã một kỹ năng: ${SKILL_IDS.join(', ')}`;
const PHRASES = 'các cụm từ cần tìm (không phân biệt chữ hoa, dấu và khoảng trắng thừa; khớp nguyên từ)';

export const KINDS_VI: Record<Kind, { description: string; fields: Record<string, string> }> = {
  scenario: {
    description: 'Một buổi họp báo: phần chuẩn bị, phóng viên, tin đồn, sự kiện hẹn giờ, các lượt hỏi (beats) và kết cục.',
    fields: {
      format: 'phiên bản định dạng: 1',
      id: 'mã kịch bản: các từ viết thường nối bằng dấu gạch ngang, không trùng với kịch bản nào khác, ví dụ flood-dam-rumour',
      languages: 'các mã ngôn ngữ; mọi văn bản trong tệp có một mục cho mỗi mã, ví dụ [vi, en]',
      title: `tên kịch bản; ${TEXT}`,
      summary: `một hai câu hiện trong menu; ${TEXT}`,
      difficulty: '1 dễ, 2 trung bình, 3 khó (mặc định 2)',
      duration: 'số giây, từ 60 đến 7200: đồng hồ của buổi họp báo; hết giờ thì buổi họp báo kết thúc',
      skills: `các kỹ năng kịch bản này đánh giá, chọn trong: ${SKILL_IDS.join(', ')}`,
      weights: '{ kỹ năng: số } cho điểm tổng; kỹ năng không ghi có trọng số 1',
      briefing: 'những gì người phát ngôn đọc trước buổi họp báo: situation, facts, key_messages, sensitive',
      reporters: 'các phóng viên đặt câu hỏi (một danh sách)',
      rumours: 'các tin đồn lan trên mạng xã hội mô phỏng (một danh sách)',
      events: 'các sự kiện hẹn giờ: tin nóng, bài đăng, cuộc gọi, ghi chú riêng (một danh sách)',
      start: 'mã của lượt hỏi đầu tiên',
      beats: 'các câu hỏi: một bảng khoá từ mã lượt hỏi tới lượt hỏi',
      endings: 'danh sách kết cục theo thứ tự; kết cục đầu tiên có "when" đúng sẽ được hiển thị; kết cục cuối không có "when"',
    },
  },
  briefing: {
    description: 'Những gì người phát ngôn đọc trước khi buổi họp báo bắt đầu.',
    fields: {
      situation: `chuyện gì đã xảy ra; ${TEXT}`,
      facts: 'những dữ kiện người phát ngôn nắm được: một danh sách { id, status, text }',
      key_messages: 'các thông điệp cần truyền tải: một danh sách { id, text }',
      sensitive: 'các chủ đề cần trả lời theo lập trường chính thức: một danh sách văn bản',
    },
  },
  fact: {
    description: 'Một dữ kiện người phát ngôn nắm được, kèm mức độ chắc chắn.',
    fields: {
      id: 'mã dữ kiện (chữ cái, chữ số, "-" hoặc "_"), được countered_by của tin đồn dùng',
      status: 'confirmed, unconfirmed hoặc confidential',
      text: `nội dung dữ kiện; ${TEXT}`,
    },
  },
  'key-message': {
    description: 'Một thông điệp người phát ngôn cần truyền tải.',
    fields: { id: 'mã thông điệp (chữ cái, chữ số, "-" hoặc "_")', text: `nội dung thông điệp; ${TEXT}` },
  },
  reporter: {
    description: 'Một phóng viên đặt câu hỏi.',
    fields: {
      id: 'mã phóng viên (chữ cái, chữ số, "-" hoặc "_"), được khoá reporter của lượt hỏi dùng',
      name: 'tên hiện trên màn hình',
      outlet: `tờ báo, kênh hoặc trang; ${TEXT}`,
      stance: 'friendly, neutral hoặc hostile',
      kind: 'domestic, foreign hoặc social',
      portrait: 'khoá ảnh chân dung (không bắt buộc)',
    },
  },
  rumour: {
    description: 'Một thông tin sai hoặc chưa kiểm chứng lan trên mạng xã hội cho tới khi bị phản bác.',
    fields: {
      id: 'mã tin đồn (chữ cái, chữ số, "-" hoặc "_"), được rebuts của câu trả lời và các điều kiện dùng',
      text: `bài đăng như nó hiện trên mạng; ${TEXT}`,
      author: 'ai đăng nó, ví dụ "@tinnong24h"',
      appears_at: 'số giây sau khi bắt đầu thì nó xuất hiện',
      reach: 'cách nó lan: { start, doubling, peak }',
      countered_by: 'mã các dữ kiện trong phần chuẩn bị mà lời phản bác nên dựa vào (chỉ trình kiểm tra đọc)',
      escalate: 'khi lượt tiếp cận vượt at_reach, lượt hỏi ghi ở goto sẽ đến tiếp theo: { at_reach, goto }',
    },
  },
  reach: {
    description: 'Lượt tiếp cận bắt đầu từ start, tăng gấp đôi sau mỗi doubling giây và dừng ở peak.',
    fields: {
      start: 'số người tiếp cận khi nó xuất hiện (số nguyên, ít nhất 1)',
      doubling: 'số giây để lượt tiếp cận tăng gấp đôi (ít nhất 1)',
      peak: 'số người tối đa nó có thể tiếp cận (số nguyên, ít nhất 1)',
    },
  },
  escalation: {
    description: 'Khi tin đồn tiếp cận tới at_reach người, lượt hỏi ghi ở goto sẽ đến tiếp theo (một lần).',
    fields: { at_reach: 'lượt tiếp cận làm nó xảy ra (số nguyên)', goto: 'mã của lượt hỏi đến tiếp theo' },
  },
  event: {
    description: 'Một việc xảy ra vào thời điểm định sẵn: trên mạng hoặc dòng tin chạy, một cuộc gọi, hoặc một ghi chú riêng.',
    fields: {
      id: 'mã sự kiện (chữ cái, chữ số, "-" hoặc "_"), không bắt buộc, để người điều phối có thể tung ra',
      at: 'số giây sau khi bắt đầu',
      kind: 'breaking, post, call hoặc note',
      text: `nội dung; ${TEXT}`,
      from: 'không bắt buộc: ai đăng hoặc gọi: một cái tên (giống nhau ở mọi ngôn ngữ) hoặc mỗi ngôn ngữ một văn bản, ví dụ { vi: Sở Y tế, en: Health Department }',
      goto: 'không bắt buộc: mã của lượt hỏi đến tiếp theo sau lượt hỏi đang diễn ra',
    },
  },
  beat: {
    description: 'Một câu hỏi (hoặc một phát biểu cần phản hồi) cùng các câu trả lời.',
    fields: {
      reporter: 'mã của phóng viên đặt câu hỏi',
      ask: `câu hỏi; ${TEXT}`,
      time_limit: 'số giây để trả lời, từ 5 đến 600',
      answers: '2 đến 5 lựa chọn: { text, effects, rebuts, set, unset, feedback, critical, critical_reason, next }',
      free_text: 'học viên gõ hoặc nói câu trả lời, được chấm theo thang chấm: { rubric, max_words, rebuts, set, next }',
      on_timeout: 'im lặng thì sao: { effects, set, feedback, next }; nếu không có, im lặng đi theo next của câu trả lời đầu tiên và bị trừ 1 điểm timeliness',
    },
  },
  answer: {
    description: 'Một lựa chọn học viên có thể chọn.',
    fields: {
      text: `điều người phát ngôn nói; ${TEXT}`,
      effects: EFFECTS,
      rebuts: REBUTS,
      set: FLAGS,
      unset: FLAGS,
      feedback: `vì sao câu trả lời này có lợi hay có hại, hiện trong phần tổng kết; ${TEXT}`,
      critical:
        'true khi câu trả lời này là lỗi nghiêm trọng (lộ bí mật, nói trái lập trường của Nhà nước, bịa số liệu): điểm tổng bị giới hạn ở 50 và phần tổng kết nêu nó trước tiên',
      critical_reason: `lỗi nghiêm trọng đó là gì, được nêu đầu tiên trong phần tổng kết (nếu không có thì hiện feedback); ${TEXT}`,
      next: NEXT,
    },
  },
  'free-text': {
    description: 'Học viên gõ (hoặc nói) câu trả lời; các tiêu chí chấm cho điểm theo cụm từ.',
    fields: {
      rubric: 'các tiêu chí { skill, points, any: [cụm từ] } hoặc { skill, points, all: [cụm từ] }, mỗi tiêu chí có thể có unless: [cụm từ] và feedback',
      max_words: 'số từ tối đa của câu trả lời (1 đến 1000)',
      rebuts: REBUTS,
      set: FLAGS,
      model_answer: `một câu trả lời tốt hiện trong phần tổng kết; ${TEXT}`,
      feedback: `hiện trong phần tổng kết; ${TEXT}`,
      next: NEXT,
    },
  },
  'rubric-line': {
    description: 'Điểm cho một kỹ năng khi câu trả lời có một (hoặc tất cả) các cụm từ.',
    fields: {
      skill: SKILL,
      points: 'một số nguyên từ -10 đến 10',
      any: `${PHRASES}: tiêu chí khớp khi có một trong số đó`,
      all: `${PHRASES}: tiêu chí khớp khi có tất cả`,
      unless: `${PHRASES}: lần khớp không được tính khi một trong số đó nằm trong cùng vế câu`,
      feedback: `tiêu chí này thưởng hay phạt điều gì, hiện trong phần tổng kết; ${TEXT}`,
    },
  },
  timeout: {
    description: 'Điều gì xảy ra khi hết thời gian mà chưa có câu trả lời.',
    fields: { effects: EFFECTS, set: FLAGS, feedback: `hiện trong phần tổng kết; ${TEXT}`, next: NEXT },
  },
  branch: {
    description: 'Đi tới goto khi điều kiện if đúng; nhánh cuối không có if.',
    fields: { if: 'một điều kiện, ví dụ { flag: evasive }', goto: 'mã một lượt hỏi hoặc từ end' },
  },
  ending: {
    description: 'Buổi họp báo kết thúc ra sao; kết cục đầu tiên có when đúng sẽ được hiển thị.',
    fields: {
      id: 'mã kết cục (chữ cái, chữ số, "-" hoặc "_")',
      when: 'một điều kiện; kết cục cuối không có',
      text: `chuyện gì xảy ra sau đó; ${TEXT}`,
    },
  },
  condition: {
    description: 'Một trong: flag, score, rumour, visited, time, hoặc all / any / not bao quanh các điều kiện khác.',
    fields: {
      flag: 'đúng khi cờ này đã được đặt',
      score: '{ skill, at_least } hoặc { skill, below } theo điểm thô, hoặc { total_at_least } theo điểm tổng 0-100',
      rumour: '{ id, is } với is là dormant, spreading, rebutted hoặc peaked',
      visited: 'đúng khi lượt hỏi này đã được hỏi',
      time: '{ after: số giây } hoặc { before: số giây }',
      all: 'một danh sách điều kiện phải đúng tất cả',
      any: 'một danh sách điều kiện chỉ cần một cái đúng',
      not: 'một điều kiện phải không đúng',
    },
  },
  score: {
    description: '{ skill, at_least } hoặc { skill, below } theo điểm thô, hoặc { total_at_least } theo điểm tổng 0-100.',
    fields: {
      skill: SKILL,
      at_least: 'đúng khi điểm thô ít nhất bằng số này',
      below: 'đúng khi điểm thô thấp hơn số này',
      total_at_least: 'đúng khi điểm tổng (0 đến 100) ít nhất bằng số này',
    },
  },
  'rumour-state': {
    description: 'Đúng khi tin đồn đang ở trạng thái đã cho.',
    fields: { id: 'mã một tin đồn', is: 'dormant, spreading, rebutted hoặc peaked' },
  },
  time: {
    description: 'Số giây kể từ khi bắt đầu.',
    fields: { after: 'đúng sau chừng này giây', before: 'đúng trước chừng này giây' },
  },
};
