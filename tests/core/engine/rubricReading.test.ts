// Typed answers read as sentences: negation in both languages, `unless`, English inflections and
// word order, and lists of rubric phrases that are not answers (src/core/engine/rubric.ts).
import { describe, expect, it } from 'vitest';
import { matchRubric } from '../../../src/core/engine/rubric.ts';
import type { RubricLine } from '../../../src/core/scenario/schema.ts';

const good = (any: string[], unless?: string[]): RubricLine => ({ skill: 'accuracy', points: 2, any, ...(unless ? { unless } : {}) });
const bad = (any: string[], unless?: string[]): RubricLine => ({ skill: 'accuracy', points: -3, any, ...(unless ? { unless } : {}) });
const counts = (text: string, line: RubricLine) => matchRubric(text, [line]).lines.length === 1;
const reasonOf = (text: string, line: RubricLine) => matchRubric(text, [line]).notCounted[0]?.reason;

describe('negation', () => {
  it('a denied good phrase earns nothing, and says why (vi and en)', () => {
    expect(counts('Biên giới ổn định', good(['ổn định']))).toBe(true);
    expect(counts('Biên giới không ổn định', good(['ổn định']))).toBe(false);
    expect(reasonOf('Biên giới không ổn định', good(['ổn định']))).toBe('negated');
    expect(counts('Tình hình chưa ổn định', good(['ổn định']))).toBe(false);
    expect(counts('Tình hình chẳng ổn định gì', good(['ổn định']))).toBe(false);
    expect(counts('Bà con đừng gọi đường dây nóng', good(['đường dây nóng']))).toBe(false);
    expect(counts('We will NOT be transparent about the casualties', good(['transparent']))).toBe(false);
    expect(counts("We won't be transparent", good(['transparent']))).toBe(false);
    expect(counts('We will never be transparent', good(['transparent']))).toBe(false);
    expect(counts('There is no evidence that the dam is safe', good(['safe']))).toBe(false);
  });

  it('a denied bad phrase costs nothing', () => {
    expect(counts('Hiện có 4 ca, không phải 6 ca như trên mạng.', bad(['6 ca']))).toBe(false);
    expect(counts('Chưa có cơ sở để khẳng định có 6 ca.', bad(['6 ca']))).toBe(false);
    expect(counts('Thông tin 6 ca là sai sự thật.', bad(['6 ca']))).toBe(false);
    expect(counts('The report of 6 cases is false.', bad(['6 cases']))).toBe(false);
    expect(counts('Có 6 ca rồi.', bad(['6 ca']))).toBe(true);
  });

  it('a phrase with its own negation is matched as written', () => {
    expect(counts('Thông tin này chưa xác nhận.', good(['chưa xác nhận']))).toBe(true);
    expect(counts('Thông tin này chưa được xác nhận.', good(['chưa xác nhận']))).toBe(true);
    expect(counts('This report is not yet confirmed.', good(['not confirmed']))).toBe(true);
    expect(counts('Tôi xin miễn bình luận, không bình luận gì thêm.', bad(['không bình luận']))).toBe(true);
    // …and still denied by a negation of its own.
    expect(counts('Chúng tôi không nói là chưa xác nhận', good(['chưa xác nhận']))).toBe(false);
  });

  it('two negations cancel', () => {
    expect(counts('Đập không phải là không an toàn.', good(['an toàn']))).toBe(true);
  });

  it('stops at the end of the clause, at a comma, and at a new statement', () => {
    expect(counts('Không, đập an toàn.', good(['an toàn']))).toBe(true);
    expect(counts('Không có ai bị thương. Đập an toàn.', good(['an toàn']))).toBe(true);
    expect(counts('Không phải 6 ca mà là 4 ca đã xác nhận.', good(['4 ca']))).toBe(true);
    expect(counts('Bà con không phải lo vì đập an toàn.', good(['an toàn']))).toBe(true);
    expect(counts('There were no deaths and the dam is safe.', good(['safe']))).toBe(true);
    expect(counts('We have not found any damage but we are monitoring the dam.', good(['monitor']))).toBe(true);
  });

  it('only reaches a few words', () => {
    expect(counts('Không một ai trong số các hộ dân ở đây phải lo vì đập an toàn', good(['an toàn']))).toBe(true);
    expect(counts('Chưa ai trong đoàn công tác thấy vết nứt nào trên đập, nó vẫn an toàn', good(['an toàn']))).toBe(true);
  });

  it('knows words that look like negations and are not', () => {
    expect(counts('Chất lượng không khí ổn định', good(['ổn định']))).toBe(true);
    expect(counts('Không chỉ an toàn mà còn được theo dõi 24/24', good(['an toàn']))).toBe(true);
    expect(counts('Not only is the dam safe, it is monitored', good(['safe']))).toBe(true);
    expect(counts('Ngành hàng không ổn định trở lại', good(['ổn định']))).toBe(true);
    expect(counts('Cha mẹ các cháu yên tâm, sức khỏe ổn định', good(['ổn định']))).toBe(true);
  });

  it('feedback never praises a denied phrase', () => {
    const line: RubricLine = {
      skill: 'key-messages',
      points: 2,
      any: ['ổn định'],
      feedback: { vi: 'Khẳng định tình hình ổn định.', en: 'You said the situation is stable.' },
    };
    expect(matchRubric('Biên giới không ổn định', [line]).lines).toEqual([]);
  });
});

describe('unless', () => {
  const sixCases = bad(['6 ca', '6 cases'], ['trên mạng', 'tin đồn', 'online', 'rumour']);
  it('drops a match when an unless phrase is in the same clause', () => {
    expect(counts('Con số 6 ca trên mạng chưa chính xác', sixCases)).toBe(false);
    expect(reasonOf('Con số 6 ca lan truyền trên mạng', sixCases)).toBe('unless');
    expect(counts('The 6 cases quoted online are wrong', sixCases)).toBe(false);
  });
  it('keeps apart the two senses of a word', () => {
    const empathy: RubricLine = { skill: 'composure', points: 1, any: ['chia sẻ'], unless: ['chia sẻ thông tin', 'chia sẻ video', 'chia sẻ lại'] };
    expect(counts('Tôi rất chia sẻ với các gia đình.', empathy)).toBe(true);
    expect(counts('Bà con chia sẻ thông tin chính thức.', empathy)).toBe(false);
    expect(counts('Xin bà con đừng chia sẻ tin đồn.', empathy)).toBe(false);
  });

  it('keeps a match when the unless phrase is in another clause', () => {
    expect(counts('Đã có 6 ca. Tin trên mạng thì nhiều.', sixCases)).toBe(true);
    expect(counts('We have 6 cases; ignore the rumour.', sixCases)).toBe(true);
  });
});

describe('word forms and order', () => {
  it('matches English inflections', () => {
    expect(counts('We are monitoring the dam.', good(['monitor']))).toBe(true);
    expect(counts('The dam is monitored around the clock.', good(['monitor']))).toBe(true);
    expect(counts('We visited the families yesterday.', good(['family']))).toBe(true);
    expect(counts('We are vaccinating the drivers.', good(['vaccinate']))).toBe(true);
    expect(counts('Two people were released this morning.', good(['release']))).toBe(true);
  });

  it('matches an English phrase in another order, close together, within a clause', () => {
    expect(counts('We are waiting for the results of the tests.', good(['test results']))).toBe(true);
    expect(counts('The test gave results. We will publish them.', good(['test results']))).toBe(true);
    expect(counts('The test is done. The results come tomorrow.', good(['test results']))).toBe(false);
    expect(counts('Tests on samples from the river and the beach and the plant gave results', good(['test results']))).toBe(false);
  });

  it('keeps Vietnamese syllables in order, with words inserted only in longer phrases', () => {
    expect(counts('Toàn bộ lực lượng an ninh đã có mặt', good(['an toàn']))).toBe(false);
    expect(counts('Chúng tôi đang tiến hành xác minh thông tin này', good(['đang xác minh']))).toBe(true);
    expect(counts('Đập an ninh toàn vẹn', good(['an toàn']))).toBe(false);
  });

  it('still matches whole words only', () => {
    expect(counts('bảo toàn tài sản của bà con', good(['an']))).toBe(false);
    expect(counts('The verifier said so', good(['verify']))).toBe(false);
  });
});

describe('a list of phrases is not an answer', () => {
  const rubric: RubricLine[] = [
    good(['an toàn', 'safe']),
    good(['điểm sơ tán', 'ở lại', 'shelter', 'stay']),
    good(['đường dây nóng', 'hotline']),
    good(['thông tin chính thức', 'official information']),
    good(['kiểm tra', 'inspected']),
    bad(['sắp vỡ', 'about to burst']),
  ];
  const score = (text: string) => matchRubric(text, rubric);

  it('a bare list earns nothing and is marked', () => {
    for (const text of ['an toàn, đường dây nóng, điểm sơ tán, thông tin chính thức, kiểm tra', 'safe shelter hotline official information inspected']) {
      const r = score(text);
      expect(r.lines).toEqual([]);
      expect(r.stuffing).not.toBeNull();
    }
  });

  it('a sentence followed by a list keeps the sentence and marks the list', () => {
    const r = score('The dam is safe, shelter, hotline, official information');
    expect(r.stuffing).toBe('keyword-list');
    expect(r.notCounted.map((n) => n.reason)).toContain('fragment');
  });

  it('short real sentences are answers', () => {
    const r = score('Đập an toàn. Bà con ở lại điểm sơ tán.');
    expect(r.lines.map((l) => l.lineIndex)).toEqual([0, 1]);
    expect(r.stuffing).toBeNull();
    expect(score('Công an tỉnh đang xác minh.').stuffing).toBeNull();
    expect(matchRubric('Công an tỉnh đang xác minh.', [good(['Công an tỉnh']), good(['đang xác minh'])]).lines).toHaveLength(2);
  });

  it('an enumeration inside a sentence is not a list', () => {
    const care = good(['trông coi', 'tài sản', 'nương rẫy', 'vật nuôi']);
    expect(counts('Dân quân trông coi nhà cửa, tài sản, bà con vẫn về chăm nương rẫy, vật nuôi.', care)).toBe(true);
    const lines = [good(['bãi chờ', 'nước sạch']), good(['tiêm', 'vắc xin']), good(['miễn phí'])];
    const r = matchRubric('Có bãi chờ, nước sạch và tiêm vắc xin miễn phí.', lines);
    expect(r.lines).toHaveLength(3);
    expect(r.stuffing).toBeNull();
    // Without the verb it is three items.
    expect(matchRubric('Bãi chờ, nước sạch, tiêm vắc xin, miễn phí.', lines).lines).toHaveLength(0);
  });

  it('a bad phrase costs even in a list', () => {
    expect(score('sắp vỡ, an toàn').lines.map((l) => l.line.points)).toEqual([-3]);
  });
});

describe('clauses', () => {
  it('cut the answer into the same words the answer box counts', async () => {
    const fc = (await import('fast-check')).default;
    const { tokenize } = await import('../../../src/core/engine/clauses.ts');
    const { foldWords } = await import('../../../src/core/text/fold.ts');
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aăâeêioôơuưyđ áàảãạ ếềểễệ,.;:!?-—\n3'.split('')) }), (s) => {
        expect(tokenize(s).map((t) => t.word)).toEqual(foldWords(s));
      }),
      { numRuns: 300 },
    );
  });

  it('end at sentence marks and turning words, not inside "8 a.m." or "3,5"', async () => {
    const { tokenize } = await import('../../../src/core/engine/clauses.ts');
    const clauses = (text: string) => [...new Set(tokenize(text).map((t) => t.clause))].length;
    expect(clauses('At 8 a.m and 4 p.m daily')).toBe(1);
    expect(clauses('Mực nước 3,5 mét')).toBe(1);
    expect(clauses('Đập an toàn. Bà con ở lại; gọi đường dây nóng!')).toBe(3);
    expect(clauses('Đập an toàn nhưng mưa còn lớn')).toBe(2);
    expect(clauses('Những người dân ở lại')).toBe(1);
    expect(clauses('The dam is safe but the rain goes on')).toBe(2);
    expect(clauses('Đập an toàn, tuy nhiên mưa còn lớn')).toBe(2);
  });
});
