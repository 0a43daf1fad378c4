import { describe, expect, it } from 'vitest';
import { pathLabel, textEdit, textRows } from '../../src/studio/translations.ts';

const source = `# a comment that must stay
id: demo
title: { vi: "Tiêu đề", en: "Title" }
summary:
  vi: Tóm tắt   # kept too
beats:
  q-open:
    ask: { vi: Câu hỏi? }
    answers:
      - text: { vi: "Trả lời", en: Answer }
        effects: { accuracy: 2 }
    note:
      vi: |
        Dòng một
`;

function apply(text: string, edit: { from: number; to: number; insert: string }): string {
  return text.slice(0, edit.from) + edit.insert + text.slice(edit.to);
}

describe('translation rows', () => {
  it('finds every text with its languages, the missing ones as null, and not maps of other things', () => {
    const rows = textRows(source, ['vi', 'en']);
    expect(rows.map((r) => pathLabel(r.path))).toEqual([
      'title',
      'summary',
      'beats › q-open › ask',
      'beats › q-open › answers › 1 › text',
      'beats › q-open › note',
    ]);
    expect(rows[0]!.values.en?.value).toBe('Title');
    expect(rows[1]!.values.en).toBeNull();
    expect(rows[2]!.values.en).toBeNull();
    expect(rows[3]!.values.en?.value).toBe('Answer');
  });

  it('replaces an existing value in place, leaving every other character as it was', () => {
    const row = textRows(source, ['vi', 'en'])[3]!;
    const out = apply(source, textEdit(source, row, 'en', 'A "quoted" answer'));
    expect(out).toBe(source.replace('en: Answer', 'en: "A \\"quoted\\" answer"'));
  });

  it('adds a missing language inside a flow map, and through the Document API in a block map, keeping the comments', () => {
    const rows = textRows(source, ['vi', 'en']);
    const flow = apply(source, textEdit(source, rows[2]!, 'en', 'Question?'));
    expect(flow).toBe(source.replace('ask: { vi: Câu hỏi? }', 'ask: { vi: Câu hỏi?, en: "Question?" }'));
    const block = apply(source, textEdit(source, rows[1]!, 'en', 'Summary'));
    expect(block).toContain('# a comment that must stay');
    expect(block).toContain('# kept too');
    expect(textRows(block, ['vi', 'en'])[1]!.values.en?.value).toBe('Summary');
    const literal = apply(source, textEdit(source, rows[4]!, 'vi', 'Dòng mới'));
    expect(textRows(literal, ['vi', 'en'])[4]!.values.vi?.value).toBe('Dòng mới');
  });
});
