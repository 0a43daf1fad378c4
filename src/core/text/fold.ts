// Folding text so that what a trainee types compares with what an author wrote: Unicode NFD,
// combining marks removed, "đ"/"Đ" (and the look-alike "Ð"/"ð") → "d", lower case. NFC and NFD
// input fold the same. One rule for the whole game: rubric phrases (engine/rubric.ts), the word
// count under the answer box and the trainee names that records are grouped by.
const MARKS = /\p{M}+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** "Chưa XÁC nhận" → "chua xac nhan" (punctuation and spacing kept). */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[đĐÐð]/g, 'd')
    .toLowerCase();
}

/** Words are runs of letters and digits after folding; everything else separates them. */
export function foldWords(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}

/** "  Nguyễn  Văn A " and "nguyen van a" are the same person. */
export function foldName(name: string): string {
  return foldText(name).replace(/\s+/g, ' ').trim();
}

/** Whether a text carries Vietnamese marks (diacritics or đ): a phrase written in Vietnamese. */
export function hasVietnameseMarks(text: string): boolean {
  return /[\u0300-\u036f]|[đĐ]/u.test(text.normalize('NFD'));
}
