// The limits of scenario-format.md, "Limits": a file past any of them is refused before the work
// that the limit protects (parsing, alias expansion, checking), so a hostile or broken file costs
// little and never takes the application down.
export const LIMITS = {
  /** Bytes of UTF-8. */
  maxBytes: 1024 * 1024,
  /** Nested maps and lists, counted by a pre-scan of the text before the parser recurses. */
  maxDepth: 64,
  maxBeats: 2000,
  /** YAML alias expansions (the `yaml` package's maxAliasCount). */
  maxAliases: 100,
  /** Characters in any one string. */
  maxTextLength: 2000,
  /** Values (keys, list items, flow items), counted by the same pre-scan. The YAML parser needs
   *  up to 2.5 kB per value on a file full of YAML errors, so this keeps any file within the
   *  checker's 300 MB; the bundled scenarios hold about 1,000 each, the engine bench's 1,500-beat
   *  scenario (1 MiB) about 55,000. */
  maxValues: 60_000,
  /** Problems shown per file (the CLI, the menu); the CLI counts the rest. */
  diagnosticsShown: 50,
} as const;

/** UTF-8 length without allocating an encoded copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
