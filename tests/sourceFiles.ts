// Reading the sources as text for the boundary tests: the files of a folder, their code without
// comments and strings, and what they import (static, dynamic and side-effect imports).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const SRC = resolve(import.meta.dirname, '../src');

export function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [join(dir, entry.name)] : [],
  );
}

/** The code without comments and string contents, so that prose mentioning "window" is fine. */
export function codeOnly(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/(['"`])(?:\\.|(?!\1)[^\\\n])*\1/g, '""');
}

export function importsOf(source: string): string[] {
  return importsWithKind(source).map((i) => i.spec);
}

/** Each import with whether it is erased from the build (`import type`, `export type`). */
export function importsWithKind(source: string): { spec: string; typeOnly: boolean }[] {
  return [...source.matchAll(/(import|export)(\s+type)?\s[^'";]*?from\s+['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g)].map(
    (m) => ({
      spec: m[3] ?? m[4] ?? m[5]!,
      typeOnly: m[2] !== undefined,
    }),
  );
}

/** The file a relative import names (null for a package or a virtual module). */
export function resolveImport(fromFile: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const target = resolve(dirname(fromFile), spec);
  for (const candidate of [target, `${target}.ts`, join(target, 'index.ts')]) if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return target;
}
