// Problems found in a scenario file are data, not exceptions: the CLI prints them, the game shows
// them, the tests assert on them. Every code has an entry in docs/diagnostics.md.
import type { Lang, Words } from './diagnosticText.ts';

// How a problem reads (the line, the message and hint in a language) lives in diagnosticText.ts,
// apart from the templates below, so the menu can list problems without loading the templates.
export { formatDiagnostic, formatDiagnosticIn, hintIn, LANGS, messageIn, type Lang, type Words } from './diagnosticText.ts';

export type Severity = 'error' | 'warning';

/** Every code the checker can emit, with its severity. The list is the contract with the docs. */
export const DIAGNOSTIC_CODES = {
  // reading and limits
  'cannot-read': 'error',
  'file-too-large': 'error',
  'too-deep': 'error',
  'too-many-beats': 'error',
  'too-many-aliases': 'error',
  'unsupported-tag': 'error',
  'text-too-long': 'error',
  'too-many-values': 'error',
  'control-character': 'error',
  // YAML
  'yaml-syntax': 'error',
  'duplicate-key': 'error',
  'undefined-alias': 'error',
  // structure
  'not-a-scenario': 'error',
  'unsupported-format': 'error',
  'unknown-key': 'error',
  'missing-key': 'error',
  'wrong-type': 'error',
  'out-of-range': 'error',
  'bad-value': 'error',
  'bad-id': 'error',
  'conflicting-keys': 'error',
  'unquoted-comma': 'error',
  // references and texts
  'duplicate-id': 'error',
  'reserved-id': 'error',
  'unknown-beat': 'error',
  'unknown-reporter': 'error',
  'unknown-rumour': 'error',
  'unknown-fact': 'error',
  'unknown-skill': 'error',
  'skill-not-assessed': 'error',
  'missing-language': 'error',
  'extra-language': 'warning',
  // beats and the graph
  'no-answers': 'error',
  'last-branch-has-if': 'error',
  'branch-without-if': 'error',
  'closed-loop': 'error',
  'last-ending-has-when': 'error',
  'ending-never-shown': 'warning',
  'time-limit-over-duration': 'error',
  'unreachable-beat': 'warning',
  'loop-repeats-points': 'warning',
  // flags, rumours, time
  'flag-never-read': 'warning',
  'flag-never-set': 'warning',
  'unrebuttable-rumour': 'warning',
  'after-duration': 'warning',
  'escalation-never-happens': 'warning',
  // choice questions that have to be read, scores that can be earned (checkChoices.ts)
  'best-answer-longest': 'warning',
  'best-answer-much-longer': 'warning',
  'one-sided-answers': 'warning',
  'full-marks-unreachable': 'warning',
  'silence-milder-than-answers': 'warning',
  'critical-answer-rewarded': 'warning',
  'answer-without-effects': 'warning',
  'answer-without-feedback': 'warning',
  // typed answers
  'model-answer-misses-rubric': 'warning',
  'rubric-line-missing-language': 'warning',
  // the screen (checkFit.ts)
  'text-will-not-fit': 'warning',
  // across files
  'duplicate-scenario-id': 'error',
  'plan-unknown-scenario': 'error',
} as const satisfies Record<string, Severity>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** The English message (the same as `texts.en`): what the CLI prints, the docs quote and the tests assert. */
  message: string;
  /** The whole message per language, from the code's template in DIAGNOSTIC_MESSAGES. */
  texts: Words;
  /** A further hint (known keys, how to fix), in English; the suggestion itself is part of the message. */
  hint?: string;
  /** The hint per language. */
  hints?: Words;
}

export interface Position {
  line: number;
  column: number;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** File order: by line, then column; errors before warnings at the same place. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1),
  );
}

export function isDiagnosticCode(value: string): value is DiagnosticCode {
  return Object.hasOwn(DIAGNOSTIC_CODES, value);
}

/** A message in each language; `{name}` is filled from the diagnostic's values (the same names in both). */
export interface MessageTemplate {
  en: string;
  vi: string;
}

/**
 * Every message the checker says, per code and variant (a code that words several situations has
 * one variant per situation; a code with one has `default`), in English and Vietnamese. Typed so
 * that a code without its templates does not compile. The English is what the docs quote
 * (docs/diagnostics.md); the Vietnamese is what the studio, the menu and `scenario check --lang vi`
 * show. Values are filled in per language: a value given as Words (a place's name, a suggestion)
 * fills each language with its own wording.
 */
export const DIAGNOSTIC_MESSAGES = {
  // ---- reading and limits
  'cannot-read': {
    folder: {
      en: 'this is a folder, not a file: give the files inside it, like {pattern}',
      vi: 'đây là một thư mục, không phải một tệp: hãy chỉ ra các tệp bên trong nó, ví dụ {pattern}',
    },
    missing: {
      en: 'cannot read this file: it does not exist (check the name and the folder)',
      vi: 'không đọc được tệp này: tệp không tồn tại (hãy kiểm tra tên tệp và thư mục)',
    },
    refused: { en: 'cannot read this file: {reason}', vi: 'không đọc được tệp này: {reason}' },
    'not-utf8': {
      en: 'this file is not UTF-8 text: save it as UTF-8 (every editor has the option) and check again',
      vi: 'tệp này không phải văn bản UTF-8: hãy lưu lại dưới dạng UTF-8 (trình soạn thảo nào cũng có tuỳ chọn này) rồi kiểm tra lại',
    },
  },
  'file-too-large': {
    default: {
      en: 'the file is {bytes} bytes; a scenario file may be at most 1 MiB ({max} bytes). Split it into smaller scenarios.',
      vi: 'tệp có {bytes} byte; một tệp kịch bản chỉ được tối đa 1 MiB ({max} byte). Hãy chia nó thành các kịch bản nhỏ hơn.',
    },
  },
  'too-deep': {
    here: {
      en: 'maps and lists are nested more than {max} levels deep here; a scenario never needs that many: check the indentation and the brackets',
      vi: 'các bảng khoá và danh sách ở đây lồng nhau sâu hơn {max} tầng; không kịch bản nào cần nhiều như vậy: hãy kiểm tra thụt lề và các dấu ngoặc',
    },
    default: {
      en: 'maps and lists are nested too deeply; a scenario may nest at most {max} levels',
      vi: 'các bảng khoá và danh sách lồng nhau quá sâu; một kịch bản chỉ được lồng tối đa {max} tầng',
    },
  },
  'too-many-beats': {
    default: {
      en: 'this scenario has {beats} beats; a scenario may have at most {max}. Split it into several scenarios',
      vi: 'kịch bản này có {beats} lượt hỏi; một kịch bản chỉ được có tối đa {max}. Hãy chia nó thành nhiều kịch bản',
    },
  },
  'too-many-aliases': {
    default: {
      en: 'the anchors (&) and aliases (*) in this file expand to more than {max} copies; write the repeated parts out or use fewer aliases',
      vi: 'các neo (&) và bí danh (*) trong tệp này bung ra thành hơn {max} bản sao; hãy viết hẳn các phần lặp lại ra, hoặc dùng ít bí danh hơn',
    },
  },
  'unsupported-tag': {
    default: {
      en: 'the tag {tag} is not allowed: a scenario is plain data (texts, numbers, true/false, lists and maps), so remove the tag',
      vi: 'không được dùng thẻ {tag}: kịch bản chỉ là dữ liệu thuần (văn bản, số, true/false, danh sách và bảng khoá), nên hãy bỏ thẻ này đi',
    },
  },
  'text-too-long': {
    default: {
      en: 'this text has {length} characters; a text may have at most {max}. Shorten it or split it',
      vi: 'đoạn văn bản này có {length} ký tự; mỗi đoạn chỉ được tối đa {max}. Hãy rút ngắn hoặc tách nó ra',
    },
  },
  'too-many-values': {
    default: {
      en: 'this file holds more than {max} values (keys, list items, items in brackets) by here; a scenario never needs that many (the bundled ones hold about 1,000 each): split it, or check that this is a scenario file',
      vi: 'tính đến đây tệp này đã có hơn {max} giá trị (khoá, mục danh sách, mục trong ngoặc); không kịch bản nào cần nhiều như vậy (mỗi kịch bản có sẵn chỉ khoảng 1.000): hãy chia nhỏ nó, hoặc kiểm tra xem đây có đúng là tệp kịch bản không',
    },
  },
  'control-character': {
    raw: {
      en: 'this line holds the invisible character {character}, which can make a text read differently from what it is or disturb the screen it is shown on; delete it (retype the text around it if your editor does not show it)',
      vi: 'dòng này chứa ký tự vô hình {character}, ký tự này có thể làm văn bản đọc ra khác với nội dung thật hoặc làm rối màn hình hiển thị nó; hãy xoá nó đi (gõ lại đoạn văn bản quanh nó nếu trình soạn thảo của bạn không hiện ra)',
    },
    rest: {
      en: 'from here on the file holds {count} more invisible control or direction characters; this is probably not a scenario file, or it was damaged',
      vi: 'từ đây trở đi tệp còn chứa thêm {count} ký tự điều khiển hoặc ký tự đổi chiều vô hình; có lẽ đây không phải tệp kịch bản, hoặc tệp đã bị hỏng',
    },
    escape: {
      en: 'this text writes the invisible character {character} as an escape; it can make the text read differently from what it is or disturb the screen it is shown on: remove the escape',
      vi: 'đoạn văn bản này viết ký tự vô hình {character} dưới dạng mã thoát; nó có thể làm văn bản đọc ra khác với nội dung thật hoặc làm rối màn hình hiển thị nó: hãy bỏ mã thoát này đi',
    },
  },
  // ---- YAML
  'yaml-syntax': {
    tab: {
      en: 'this line is indented with a tab: indent with spaces, not tabs (as many spaces as the lines it lines up with)',
      vi: 'dòng này được thụt lề bằng phím tab: hãy thụt lề bằng dấu cách, không dùng tab (dùng đúng số dấu cách như các dòng mà nó cần thẳng hàng)',
    },
    'never-closed': {
      en: 'this "{bracket}" is never closed: add "{close}" at the end of the {what}',
      vi: 'dấu "{bracket}" này không bao giờ được đóng: hãy thêm "{close}" vào cuối {what}',
    },
    'never-closed-where': {
      en: 'this "{bracket}" is never closed: add "{close}" where it ends',
      vi: 'dấu "{bracket}" này không bao giờ được đóng: hãy thêm "{close}" ở chỗ nó kết thúc',
    },
    'list-item': {
      en: 'this line lines up with the "-" of the list item "{key}" above it; a key of that item goes under its first key, indented {spaces}. Indent it by {spaces}',
      vi: 'dòng này thẳng hàng với dấu "-" của mục danh sách "{key}" ở trên; một khoá của mục đó phải nằm thẳng dưới khoá đầu tiên của nó, thụt vào {spaces}. Hãy thụt dòng này vào {spaces}',
    },
    indent: {
      en: 'this line is indented by {spaces}, which lines it up with no key above it: keys of the same map start in the same column. Indent it like the key it goes with{options}',
      vi: 'dòng này thụt vào {spaces}, không thẳng hàng với khoá nào ở trên: các khoá của cùng một bảng khoá phải bắt đầu ở cùng một cột. Hãy thụt lề như khoá mà nó thuộc về{options}',
    },
    'colon-in-text': {
      en: 'the text on this line contains ": " or " #", which YAML reads as the start of another key or a comment: put the whole text in double quotes',
      vi: 'văn bản trên dòng này có ": " hoặc " #", mà YAML đọc là chỗ bắt đầu một khoá khác hoặc một ghi chú: hãy đặt cả đoạn văn bản trong dấu ngoặc kép',
    },
    'no-key': {
      en: 'this line has no "key:" before its text: write it as key: value (with a space after the colon), or, if it continues the text above, put that text in double quotes',
      vi: 'dòng này không có "khoá:" trước văn bản: hãy viết theo dạng khoá: giá trị (có dấu cách sau dấu hai chấm), hoặc nếu nó viết tiếp văn bản ở trên thì hãy đặt cả đoạn đó trong dấu ngoặc kép',
    },
    'special-start': {
      en: 'a text that starts with @, `, % or another special character must be put in double quotes',
      vi: 'văn bản bắt đầu bằng @, `, % hoặc một ký tự đặc biệt khác phải được đặt trong dấu ngoặc kép',
    },
    'unclosed-quote': {
      en: 'the quoted text that starts here is never closed: add the closing quote at its end',
      vi: 'đoạn văn bản trong ngoặc kép bắt đầu ở đây không bao giờ được đóng: hãy thêm dấu ngoặc đóng ở cuối đoạn',
    },
    'several-documents': {
      en: 'a scenario file holds one document: remove the extra "---"',
      vi: 'một tệp kịch bản chỉ chứa một tài liệu: hãy bỏ dấu "---" thừa',
    },
    unreadable: {
      en: 'the YAML reader cannot read this line (it says: {reader}); compare it with the lines just above it: the indentation, the colons, the quotes and brackets',
      vi: 'trình đọc YAML không đọc được dòng này (nó báo: {reader}); hãy so với các dòng ngay phía trên: thụt lề, dấu hai chấm, dấu ngoặc kép và các dấu ngoặc',
    },
    invalid: { en: 'this is not valid YAML: {reader}', vi: 'đây không phải YAML hợp lệ: {reader}' },
  },
  'duplicate-key': {
    default: {
      en: 'the key {key} appears twice in the same map; keep one (the second would silently replace the first)',
      vi: 'khoá {key} xuất hiện hai lần trong cùng một bảng khoá; hãy giữ một (cái thứ hai sẽ lặng lẽ thay thế cái thứ nhất)',
    },
  },
  'undefined-alias': {
    'before-anchor': {
      en: 'the alias *{name} comes before its anchor &{name} (line {line}): an alias can only repeat a part written above it. Move the part marked &{name} above this line, or write it out here',
      vi: 'bí danh *{name} đứng trước neo &{name} của nó (dòng {line}): bí danh chỉ lặp lại được phần đã viết ở trên nó. Hãy chuyển phần được đánh dấu &{name} lên trên dòng này, hoặc viết hẳn nó ra ở đây',
    },
    near: {
      en: 'the alias *{name} repeats nothing: no part of the file above it is marked &{name}. Did you mean *{near}?{below}',
      vi: 'bí danh *{name} không lặp lại gì cả: không phần nào của tệp ở trên nó được đánh dấu &{name}. Có phải bạn muốn viết *{near}?{below}',
    },
    default: {
      en: 'the alias *{name} repeats nothing: no part of the file above it is marked &{name}. Mark the part to repeat with &{name} where it is first written, or write the part out here',
      vi: 'bí danh *{name} không lặp lại gì cả: không phần nào của tệp ở trên nó được đánh dấu &{name}. Hãy đánh dấu phần cần lặp lại bằng &{name} ở chỗ nó được viết lần đầu, hoặc viết hẳn phần đó ra ở đây',
    },
  },
  // ---- structure
  'not-a-scenario': {
    empty: {
      en: 'the file is empty, not a scenario: a scenario is a map of keys that starts with "format: 1"',
      vi: 'tệp trống, không phải một kịch bản: kịch bản là một bảng các khoá, bắt đầu bằng "format: 1"',
    },
    default: {
      en: 'the file holds {value}, not a scenario: a scenario is a map of keys that starts with "format: 1"',
      vi: 'tệp chứa {value}, không phải một kịch bản: kịch bản là một bảng các khoá, bắt đầu bằng "format: 1"',
    },
  },
  'unsupported-format': {
    default: {
      en: 'this file says format {found}, but Podium reads format {format}: write "format: {format}"',
      vi: 'tệp này ghi định dạng (format) {found}, nhưng Podium chỉ đọc định dạng {format}: hãy viết "format: {format}"',
    },
  },
  'unknown-key': {
    default: {
      en: '{place} has a key "{key}" that the format does not know.{suggestion}',
      vi: '{place} có khoá "{key}" mà định dạng không biết.{suggestion}',
    },
  },
  'missing-key': {
    default: { en: '{place} has no "{key}": every {noun} needs one{help}', vi: '{place} không có "{key}": {noun} nào cũng cần có khoá này{help}' },
    'indented-too-far': {
      en: '{place} has no "{key}" of its own: this "{key}" is indented too far, so it went inside "{under}". Indent it like "{under}" ({spaces} spaces)',
      vi: '{place} không có "{key}" của riêng nó: "{key}" này bị thụt vào quá sâu nên đã nằm bên trong "{under}". Hãy thụt lề nó giống "{under}" ({spaces} dấu cách)',
    },
    'none-of': {
      en: '{place} has none of {keys}: every {noun} needs one of them',
      vi: '{place} không có khoá nào trong số {keys}: {noun} nào cũng cần có một trong các khoá đó',
    },
  },
  'wrong-type': {
    default: { en: '{place} should be {expected}, not {value}', vi: '{place} phải là {expected}, không phải {value}' },
    'key-is-collection': {
      en: 'a key here is itself a list or a map (an explicit "? " key); a key must be a name, like "ask" or a beat id',
      vi: 'một khoá ở đây lại là một danh sách hoặc một bảng khoá (khoá tường minh "? "); khoá phải là một cái tên, như "ask" hoặc mã của một lượt hỏi',
    },
  },
  'out-of-range': {
    'reach-start': {
      en: 'the reach of rumour "{rumour}" starts at {start}, above its peak of {peak}: the start must not be above the peak',
      vi: 'lượt tiếp cận của tin đồn "{rumour}" bắt đầu ở {start}, cao hơn đỉnh {peak}: điểm bắt đầu không được cao hơn đỉnh',
    },
    'too-few-items': {
      en: '{place} has {items}; it must have at least {limit}{help}',
      vi: '{place} có {items}; phải có ít nhất {limit}{help}',
    },
    'too-many-items': {
      en: '{place} has {items}; it must have at most {limit}{help}',
      vi: '{place} có {items}; chỉ được có nhiều nhất {limit}{help}',
    },
    empty: { en: '{place} is empty{help}', vi: '{place} đang để trống{help}' },
    'too-small': { en: '{place} is {value}; it must be at least {limit}{help}', vi: '{place} là {value}; phải ít nhất là {limit}{help}' },
    'too-large': { en: '{place} is {value}; it must be at most {limit}{help}', vi: '{place} là {value}; chỉ được nhiều nhất là {limit}{help}' },
  },
  'bad-value': {
    default: { en: '{place} is {value}, but {rule}', vi: '{place} là {value}, nhưng {rule}' },
    'one-of': {
      en: '{place} is {value}; it must be one of {options}.{suggestion}',
      vi: '{place} là {value}; phải là một trong các giá trị {options}.{suggestion}',
    },
    invalid: { en: '{place} is not valid: {reason}{help}', vi: '{place} không hợp lệ: {reason}{help}' },
  },
  'bad-id': {
    default: { en: '{place} is {value}, but {rule}', vi: '{place} là {value}, nhưng {rule}' },
    key: { en: '{place} has the key {key}, but {rule}', vi: '{place} có khoá {key}, nhưng {rule}' },
  },
  'conflicting-keys': {
    default: {
      en: '{place} has both {keys}: use only one of them{combine}',
      vi: '{place} có cùng lúc {keys}: chỉ được dùng một trong số đó{combine}',
    },
  },
  'unquoted-comma': {
    default: {
      en: '{place} is cut at a comma: inside { … } a comma separates entries, so {entry} became an entry of its own. Put the text in quotes, like vi: "…, …"',
      vi: '{place} bị cắt ở một dấu phẩy: bên trong { … } dấu phẩy ngăn cách các mục, nên {entry} đã thành một mục riêng. Hãy đặt văn bản trong ngoặc kép, ví dụ vi: "…, …"',
    },
  },
  // ---- references and texts
  'duplicate-id': {
    default: {
      en: '{what} id "{id}" is used twice (also by {what} {earlier}); give each {what} its own id',
      vi: 'mã "{id}" của {what} được dùng hai lần (cả {what} {earlier} cũng dùng); hãy cho mỗi {what} một mã riêng',
    },
    listed: { en: '{what} "{value}" is listed twice; list it once', vi: '{what} "{value}" được liệt kê hai lần; chỉ liệt kê một lần thôi' },
  },
  'reserved-id': {
    default: {
      en: 'a beat cannot be called "{id}": that word means the conference ends. Rename the beat',
      vi: 'không được đặt tên lượt hỏi là "{id}": từ này có nghĩa là buổi họp báo kết thúc. Hãy đổi tên lượt hỏi',
    },
  },
  'unknown-beat': {
    default: {
      en: '{place} goes to "{id}", which is no beat.{endNote}{suggestion}',
      vi: '{place} dẫn tới "{id}", nhưng không có lượt hỏi nào như vậy.{endNote}{suggestion}',
    },
    start: {
      en: '"start" is "{id}", which is no beat: it must name the first beat.{suggestion}',
      vi: '"start" là "{id}", nhưng không có lượt hỏi nào như vậy: nó phải là tên của lượt hỏi đầu tiên.{suggestion}',
    },
    visited: {
      en: '{place} asks whether "{id}" was visited, but there is no such beat.{suggestion}',
      vi: '{place} hỏi xem "{id}" đã được đi qua chưa, nhưng không có lượt hỏi nào như vậy.{suggestion}',
    },
  },
  'unknown-reporter': {
    default: {
      en: 'beat "{beat}" is asked by "{reporter}", who is not among the reporters.{suggestion}',
      vi: 'lượt hỏi "{beat}" do "{reporter}" hỏi, nhưng người này không có trong danh sách phóng viên.{suggestion}',
    },
  },
  'unknown-rumour': {
    default: {
      en: '{place} rebuts "{rumour}", which is no rumour.{suggestion}',
      vi: '{place} phản bác "{rumour}", nhưng không có tin đồn nào như vậy.{suggestion}',
    },
    tested: {
      en: '{place} tests the rumour "{rumour}", which is no rumour.{suggestion}',
      vi: '{place} kiểm tra tin đồn "{rumour}", nhưng không có tin đồn nào như vậy.{suggestion}',
    },
  },
  'unknown-fact': {
    default: {
      en: 'rumour "{rumour}" is countered by "{fact}", which is not a fact of the briefing.{suggestion}',
      vi: 'tin đồn "{rumour}" được phản bác bằng "{fact}", nhưng đó không phải một dữ kiện trong phần chuẩn bị.{suggestion}',
    },
  },
  'unknown-skill': {
    default: { en: '{what} "{skill}", which is not a skill.{suggestion}', vi: '{what} "{skill}", nhưng đó không phải một kỹ năng.{suggestion}' },
  },
  'skill-not-assessed': {
    default: {
      en: '{what} "{skill}", which this scenario does not assess: add it to "skills" or remove it',
      vi: '{what} "{skill}", nhưng kịch bản này không đánh giá kỹ năng đó: hãy thêm nó vào "skills" hoặc bỏ nó đi',
    },
  },
  'missing-language': {
    single: {
      en: '{place} is a single text, but the scenario has {count} languages ({list}): write one text per language, like {example}',
      vi: '{place} chỉ là một văn bản, nhưng kịch bản có {count} ngôn ngữ ({list}): hãy viết mỗi ngôn ngữ một văn bản, ví dụ {example}',
    },
    empty: {
      en: '{place} has an empty "{language}" text: every text needs {list}.',
      vi: '{place} có văn bản "{language}" để trống: văn bản nào cũng cần có {list}.',
    },
    default: {
      en: '{place} has no "{language}" text: every text needs {list}.{suggestion}',
      vi: '{place} không có văn bản "{language}": văn bản nào cũng cần có {list}.{suggestion}',
    },
  },
  'extra-language': {
    default: {
      en: '{place} has a "{language}" text, but "languages" lists only {list}: it will never be shown',
      vi: '{place} có văn bản "{language}", nhưng "languages" chỉ liệt kê {list}: văn bản đó sẽ không bao giờ được hiển thị',
    },
  },
  // ---- beats and the graph
  'no-answers': {
    default: {
      en: 'beat "{beat}" has neither "answers" nor "free_text", so the trainee has no way to respond: add 2 to 5 answers, a free_text, or both',
      vi: 'lượt hỏi "{beat}" không có cả "answers" lẫn "free_text", nên học viên không có cách nào để trả lời: hãy thêm 2 đến 5 câu trả lời, một free_text, hoặc cả hai',
    },
  },
  'last-branch-has-if': {
    default: {
      en: 'the last branch of the "next" of {place} has an "if": when no condition holds, the drill would not know where to go. Remove this "if" or add a last branch without one',
      vi: 'nhánh cuối cùng trong "next" của {place} có "if": khi không điều kiện nào đúng, buổi tập sẽ không biết đi tiếp đến đâu. Hãy bỏ "if" này hoặc thêm một nhánh cuối không có "if"',
    },
  },
  'branch-without-if': {
    default: {
      en: '{place} has no "if", so the branches after it can never be taken: give it an "if" or make it the last branch',
      vi: '{place} không có "if", nên các nhánh sau nó không bao giờ được đi tới: hãy cho nó một "if" hoặc đặt nó làm nhánh cuối cùng',
    },
  },
  'closed-loop': {
    default: {
      en: 'beats {beats} form a loop with no way out: every answer and the timeout lead back into it, so only the clock can end the conference. Send one answer or the timeout elsewhere (or to end)',
      vi: 'các lượt hỏi {beats} tạo thành một vòng lặp không lối ra: mọi câu trả lời và cả khi hết giờ đều dẫn quay lại vòng đó, nên chỉ đồng hồ mới kết thúc được buổi họp báo. Hãy cho một câu trả lời hoặc phần hết giờ dẫn đi chỗ khác (hoặc tới end)',
    },
    itself: {
      en: 'beat "{beat}" leads only back to itself with no way out: every answer and the timeout lead back into it, so only the clock can end the conference. Send one answer or the timeout elsewhere (or to end)',
      vi: 'lượt hỏi "{beat}" chỉ dẫn quay lại chính nó, không lối ra: mọi câu trả lời và cả khi hết giờ đều dẫn quay lại đó, nên chỉ đồng hồ mới kết thúc được buổi họp báo. Hãy cho một câu trả lời hoặc phần hết giờ dẫn đi chỗ khác (hoặc tới end)',
    },
  },
  'last-ending-has-when': {
    default: {
      en: 'the last ending ("{ending}") has a "when": when no condition holds the drill would have no ending. Remove this "when" or add a last ending without one',
      vi: 'kết cục cuối cùng ("{ending}") có "when": khi không điều kiện nào đúng, buổi tập sẽ không có kết cục. Hãy bỏ "when" này hoặc thêm một kết cục cuối không có "when"',
    },
  },
  'ending-never-shown': {
    default: {
      en: 'ending "{ending}" can never be shown: ending "{first}" before it has no "when" and is always chosen first',
      vi: 'kết cục "{ending}" không bao giờ được hiển thị: kết cục "{first}" đứng trước nó không có "when" nên luôn được chọn trước',
    },
  },
  'time-limit-over-duration': {
    default: {
      en: 'beat "{beat}" allows {limit} seconds to answer, longer than the whole conference (duration {duration}): shorten the time limit or lengthen the duration',
      vi: 'lượt hỏi "{beat}" cho {limit} giây để trả lời, lâu hơn cả buổi họp báo (duration {duration}): hãy rút ngắn thời gian trả lời hoặc kéo dài buổi họp báo',
    },
  },
  'unreachable-beat': {
    default: {
      en: 'beat "{beat}" can never be asked: no answer, timeout, escalation or event leads to it from the start ("{start}")',
      vi: 'lượt hỏi "{beat}" không bao giờ được hỏi: không câu trả lời, lần hết giờ, diễn biến leo thang hay sự kiện nào dẫn tới nó từ điểm bắt đầu ("{start}")',
    },
  },
  'loop-repeats-points': {
    default: {
      en: 'the loop through beats {beats} gives or takes {skills} points each time round, so the lowest and highest scores assume it may be gone round up to {visits} times and the 0-100 scores get squeezed. Give the points on the answers that leave the loop instead',
      vi: 'vòng lặp qua các lượt hỏi {beats} cộng hoặc trừ điểm {skills} mỗi lần đi qua, nên điểm thấp nhất và cao nhất phải tính cả khả năng đi vòng tới {visits} lần, và thang điểm 0-100 bị nén lại. Hãy cho điểm ở các câu trả lời dẫn ra khỏi vòng lặp thay vì trong vòng',
    },
  },
  // ---- flags, rumours, time
  'flag-never-read': {
    default: {
      en: 'the flag "{flag}" is set here but no condition tests it: test it with { flag: {flag} } in an "if" or a "when", or remove it',
      vi: 'cờ "{flag}" được đặt ở đây nhưng không điều kiện nào kiểm tra nó: kiểm tra bằng { flag: {flag} } trong một "if" hoặc "when", hoặc bỏ nó đi',
    },
  },
  'flag-never-set': {
    default: {
      en: '{place} tests the flag "{flag}", but no answer or timeout sets it, so it is never true.{suggestion}',
      vi: '{place} kiểm tra cờ "{flag}", nhưng không câu trả lời hay lần hết giờ nào đặt cờ này, nên nó không bao giờ đúng.{suggestion}',
    },
  },
  'unrebuttable-rumour': {
    default: {
      en: 'nothing can rebut rumour "{rumour}": no answer or free text that the trainee can reach has "rebuts: {rumour}", so it can only cost points',
      vi: 'không gì phản bác được tin đồn "{rumour}": không câu trả lời hay câu tự soạn nào học viên có thể tới có "rebuts: {rumour}", nên nó chỉ có thể làm mất điểm',
    },
  },
  'after-duration': {
    rumour: {
      en: 'rumour "{rumour}" appears at {at} s, but the conference lasts {duration} s: it never appears unless the facilitator injects it',
      vi: 'tin đồn "{rumour}" xuất hiện ở giây {at}, nhưng buổi họp báo chỉ kéo dài {duration} giây: nó không bao giờ xuất hiện, trừ khi người điều phối tung ra',
    },
    event: {
      en: '{place} comes at {at} s, but the conference lasts {duration} s: it never happens unless the facilitator injects it',
      vi: '{place} đến ở giây {at}, nhưng buổi họp báo chỉ kéo dài {duration} giây: nó không bao giờ xảy ra, trừ khi người điều phối tung ra',
    },
  },
  'escalation-never-happens': {
    default: {
      en: 'rumour "{rumour}" escalates at a reach of {atReach}, but its reach stops at {peak}: the escalation never happens. Lower at_reach or raise the peak',
      vi: 'tin đồn "{rumour}" leo thang khi đạt {atReach} lượt tiếp cận, nhưng lượt tiếp cận chỉ lên tới {peak}: sự leo thang không bao giờ xảy ra. Hạ at_reach hoặc nâng đỉnh',
    },
  },
  // ---- choice questions and scores (checkChoices.ts, checkAnswers.ts)
  'best-answer-longest': {
    default: {
      en: 'the best answer is also the longest in more than {share} % of the questions with {min} or more answers ({shares}): a trainee who always picks the longest answer does well without reading. Make a wrong answer the longest in more of them',
      vi: 'câu trả lời tốt nhất cũng là câu dài nhất ở hơn {share} % số câu hỏi có từ {min} câu trả lời trở lên ({shares}): học viên cứ chọn câu dài nhất là được điểm cao mà không cần đọc. Hãy để một câu trả lời sai là câu dài nhất ở nhiều câu hỏi hơn',
    },
  },
  'best-answer-much-longer': {
    default: {
      en: 'the best answer of beat "{beat}" is much longer than the others ({lengths}): a trainee can pick it by its length without reading. Keep every answer within {margin} × the others\' median length: shorten it, or give the others the same detail',
      vi: 'câu trả lời tốt nhất của lượt hỏi "{beat}" dài hơn hẳn các câu khác ({lengths}): học viên có thể chọn nó nhờ độ dài mà không cần đọc. Hãy giữ mọi câu trả lời không dài quá {margin} × độ dài trung vị của các câu còn lại: rút ngắn nó, hoặc viết các câu kia chi tiết như vậy',
    },
  },
  'one-sided-answers': {
    'all-gain': {
      en: 'every answer of beat "{beat}" gains points overall: a trainee cannot go wrong here, so the question measures nothing. Give the weaker answers the specific flaw they have (a cost on the skill they fail)',
      vi: 'mọi câu trả lời của lượt hỏi "{beat}" đều được cộng điểm: học viên không thể sai ở đây, nên câu hỏi không đo được gì. Hãy cho các câu trả lời yếu hơn cái lỗi cụ thể của chúng (trừ điểm ở kỹ năng chúng không đạt)',
    },
    'none-gain': {
      en: 'no answer of beat "{beat}" gains points overall: a trainee cannot answer well here. Reward the answer a good spokesperson would give',
      vi: 'không câu trả lời nào của lượt hỏi "{beat}" được cộng điểm: học viên không thể trả lời tốt ở đây. Hãy thưởng điểm cho câu mà một người phát ngôn giỏi sẽ nói',
    },
  },
  'full-marks-unreachable': {
    default: {
      en: 'a trainee who gives the best answer at every beat cannot reach the highest score on {gaps}: those points are only reachable after a weaker answer, so even a perfect conference scores under 100. Give the points to the best answers, or make the answer that earns them the best one',
      vi: 'học viên chọn câu trả lời tốt nhất ở mọi lượt hỏi vẫn không đạt được điểm cao nhất ở {gaps}: số điểm đó chỉ đạt được sau một câu trả lời kém hơn, nên kể cả một buổi họp báo hoàn hảo cũng dưới 100 điểm. Hãy cho điểm ở các câu trả lời tốt nhất, hoặc biến câu trả lời mang lại số điểm đó thành câu tốt nhất',
    },
  },
  'silence-milder-than-answers': {
    default: {
      en: 'the timeout of beat "{beat}" gives {skill} {authored}, but its worst answer already gives {worst}: silence must cost more than a careless answer, so the game counts {scored}. Write {skill}: {scored} (or lower) here so the file says what the game does',
      vi: 'phần hết giờ của lượt hỏi "{beat}" cho {skill} {authored}, nhưng câu trả lời tệ nhất của nó đã cho {worst}: im lặng phải bị trừ nhiều hơn một câu trả lời cẩu thả, nên trò chơi tính {scored}. Hãy viết {skill}: {scored} (hoặc thấp hơn) ở đây để tệp ghi đúng điều trò chơi làm',
    },
  },
  'critical-answer-rewarded': {
    default: {
      en: 'answer {answer} of beat "{beat}" is marked critical but gains points overall (+{sum}): a critical error should cost points on the skills it fails, as well as capping the overall score',
      vi: 'câu trả lời {answer} của lượt hỏi "{beat}" được đánh dấu là lỗi nghiêm trọng nhưng vẫn được cộng điểm (+{sum}): một lỗi nghiêm trọng phải bị trừ điểm ở các kỹ năng nó không đạt, ngoài việc giới hạn điểm tổng',
    },
  },
  'answer-without-effects': {
    default: {
      en: '{place} changes no score: the results would not show whether it was a good or a bad choice. Give it "effects" (−1 or +1 on a skill is enough); if it is meant to be neutral, say so with a 0, like effects: { composure: 0 }',
      vi: '{place} không thay đổi điểm nào: kết quả sẽ không cho thấy đó là lựa chọn tốt hay dở. Hãy cho nó "effects" (−1 hoặc +1 ở một kỹ năng là đủ); nếu muốn nó trung lập thì ghi rõ bằng số 0, ví dụ effects: { composure: 0 }',
    },
  },
  'answer-without-feedback': {
    default: {
      en: '{place} has no "feedback", unlike the other answers: the debrief would show its points without saying why. Add a feedback text, in every language, that says what was good or bad about it',
      vi: '{place} không có "feedback", khác với các câu trả lời còn lại: phần tổng kết sẽ hiện điểm của nó mà không nói lý do. Hãy thêm một nhận xét (feedback), bằng mọi ngôn ngữ, nói rõ nó tốt hay dở ở chỗ nào',
    },
  },
  // ---- typed answers (checkRubric.ts)
  'model-answer-misses-rubric': {
    default: {
      en: '{which} of beat "{beat}" does not meet its own rubric: {problems}. The model answer is the standard the trainee is held to: reword it, or the rubric',
      vi: '{which} của lượt hỏi "{beat}" không đạt chính thang chấm của nó: {problems}. Câu trả lời mẫu là chuẩn để chấm học viên: hãy viết lại nó, hoặc sửa thang chấm',
    },
  },
  'rubric-line-missing-language': {
    earn: {
      en: '{place} has no {language} phrase: a trainee who answers in {language} can never earn its points. Add the words an answer in {language} would use',
      vi: '{place} không có cụm từ {language} nào: học viên trả lời bằng {language} sẽ không bao giờ được cộng điểm của tiêu chí này. Hãy thêm những từ mà một câu trả lời bằng {language} sẽ dùng',
    },
    lose: {
      en: '{place} has no {language} phrase: a trainee who answers in {language} can never lose its points. Add the words an answer in {language} would use',
      vi: '{place} không có cụm từ {language} nào: học viên trả lời bằng {language} sẽ không bao giờ bị trừ điểm của tiêu chí này. Hãy thêm những từ mà một câu trả lời bằng {language} sẽ dùng',
    },
  },
  // ---- the screen (checkFit.ts)
  'text-will-not-fit': {
    default: {
      en: 'the question of beat "{beat}"{where} and its answers need about {lines} more than the press room shows at 1280×720: the trainee has to scroll to read them while the answer clock runs. Shorten the question or the answers',
      vi: 'câu hỏi của lượt hỏi "{beat}"{where} cùng các câu trả lời cần thêm khoảng {lines} so với những gì phòng họp báo hiển thị ở 1280×720: học viên phải cuộn màn hình để đọc trong khi đồng hồ trả lời vẫn chạy. Hãy rút ngắn câu hỏi hoặc các câu trả lời',
    },
  },
  // ---- across files
  'duplicate-scenario-id': {
    default: {
      en: 'the scenario id "{id}" is already used by {first}: each scenario needs its own id',
      vi: 'mã kịch bản "{id}" đã được dùng bởi {first}: mỗi kịch bản cần một mã riêng',
    },
  },
  'plan-unknown-scenario': {
    'no-scenario': {
      en: 'this play-through file does not say which scenario it plays: add "scenario: ID" at the top',
      vi: 'tệp lượt chơi thử này không nói nó chơi kịch bản nào: hãy thêm "scenario: MÃ" ở đầu tệp',
    },
    default: {
      en: 'these play-throughs are for the scenario "{scenario}", but no scenario here has that id',
      vi: 'các lượt chơi thử này dành cho kịch bản "{scenario}", nhưng không kịch bản nào ở đây có mã đó',
    },
  },
} as const satisfies { readonly [C in DiagnosticCode]: Readonly<Record<string, MessageTemplate>> };

/** The situations a code words (its template variants). */
export type MessageVariant<C extends DiagnosticCode> = keyof (typeof DIAGNOSTIC_MESSAGES)[C] & string;

export type DiagnosticValue = string | number | Words;
export type DiagnosticValues = Readonly<Record<string, DiagnosticValue>>;

function valueIn(value: DiagnosticValue, lang: Lang): string {
  return typeof value === 'object' ? value[lang] : String(value);
}

/** Fills `{name}` from `values` in `lang`; a name without a value stays as written (e.g. "{ flag: x }"). */
export function fillTemplate(template: string, values: DiagnosticValues, lang: Lang = 'en'): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? valueIn(values[name]!, lang) : whole));
}

export interface DiagnosticOptions<C extends DiagnosticCode> {
  /** The situation, when the code words more than one; `default` otherwise. */
  variant?: MessageVariant<C>;
  hint?: Words;
}

/** A problem worded from its code's template: `message` in English, `texts` in every language. */
export function diagnostic<C extends DiagnosticCode>(
  code: C,
  file: string,
  at: Position,
  values: DiagnosticValues = {},
  options: DiagnosticOptions<C> = {},
): Diagnostic {
  const variant = options.variant ?? 'default';
  const template = (DIAGNOSTIC_MESSAGES[code] as Readonly<Record<string, MessageTemplate>>)[variant];
  if (!template) throw new Error(`no message template "${variant}" for diagnostic code ${code}`);
  const texts: Words = { en: fillTemplate(template.en, values, 'en'), vi: fillTemplate(template.vi, values, 'vi') };
  const d: Diagnostic = { code, severity: DIAGNOSTIC_CODES[code], file, line: at.line, column: at.column, message: texts.en, texts };
  if (options.hint !== undefined) {
    d.hint = options.hint.en;
    d.hints = options.hint;
  }
  return d;
}

// ---- pieces of wording filled into the templates

/** The same text in every language (an id, a file name, a list of keys). */
export function verbatim(text: string): Words {
  return { en: text, vi: text };
}

/** A number as each language writes it: 1,048,576 in English, 1.048.576 in Vietnamese. */
export function count(n: number): Words {
  return { en: n.toLocaleString('en'), vi: n.toLocaleString('vi') };
}

/** A number with a decimal point in English, a decimal comma in Vietnamese (1.3 / 1,3); no grouping. */
export function decimal(n: number): Words {
  return { en: String(n), vi: String(n).replace('.', ',') };
}

/** Applies `f` to the wording of every language (`f` gets the language too). */
export function mapWords(w: Words, f: (text: string, lang: Lang) => string): Words {
  return { en: f(w.en, 'en'), vi: f(w.vi, 'vi') };
}

/** Joins pieces per language. */
export function joinWords(parts: readonly Words[], separator: string | Words): Words {
  const sep = typeof separator === 'string' ? verbatim(separator) : separator;
  return { en: parts.map((p) => p.en).join(sep.en), vi: parts.map((p) => p.vi).join(sep.vi) };
}

/** No words: an optional part of a message that is left out. */
export const NOTHING: Words = verbatim('');

/** The languages a rubric or an answer's length is judged in, named in each language. */
export const LANGUAGE_NAMES: Readonly<Record<string, Words>> = {
  vi: { en: 'Vietnamese', vi: 'tiếng Việt' },
  en: { en: 'English', vi: 'tiếng Anh' },
};
