// Reading scenario files for the CLI: a file that cannot be read (missing, a folder, not UTF-8,
// too large to even read) becomes a diagnostic, never an exception.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { diagnostic, type Diagnostic } from '../core/scenario/diagnostics.ts';
import { LIMITS } from '../core/scenario/limits.ts';
import { fileTooLarge } from '../core/scenario/parse.ts';

export type ReadResult = { file: string; text: string } | { file: string; problem: Diagnostic };

const START = { line: 1, column: 1 };

export function readScenarioFile(file: string): ReadResult {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) {
      return { file, problem: diagnostic('cannot-read', file, START, { pattern: join(file, '*.yaml') }, { variant: 'folder' }) };
    }
    size = stat.size;
  } catch {
    return { file, problem: diagnostic('cannot-read', file, START, {}, { variant: 'missing' }) };
  }
  // Not read at all: the limit protects memory too.
  if (size > LIMITS.maxBytes) return { file, problem: fileTooLarge(file, size) };
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'EACCES'
        ? { en: 'permission denied', vi: 'không có quyền đọc' }
        : { en: 'the system refused', vi: 'hệ thống từ chối' };
    return { file, problem: diagnostic('cannot-read', file, START, { reason }, { variant: 'refused' }) };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { file, text };
  } catch {
    return {
      file,
      problem: diagnostic('cannot-read', file, START, {}, { variant: 'not-utf8' }),
    };
  }
}

/** Expands `*` in the last part of a path, for shells that do not (the result is sorted). */
export function expandPattern(pattern: string): string[] {
  const name = basename(pattern);
  if (!name.includes('*')) return [pattern];
  const folder = dirname(pattern);
  const regex = new RegExp(
    `^${name
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  try {
    const matches = readdirSync(folder)
      .filter((entry) => regex.test(entry))
      .sort()
      .map((entry) => (folder === '.' && !pattern.startsWith('.') ? entry : join(folder, entry)));
    return matches.length > 0 ? matches : [pattern];
  } catch {
    return [pattern];
  }
}
