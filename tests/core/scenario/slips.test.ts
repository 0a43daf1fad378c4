// One slip, one message: YAML slips (tabs, indentation, brackets, quotes), aliases, loops and parts
// repeated by aliases each give a single problem at the line of the slip, in plain words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/core/scenario/diagnostics.ts';
import { loadScenario } from '../../../src/core/scenario/load.ts';

const BASE = readFileSync(join(import.meta.dirname, '../../fixtures/mistakes/base.yaml'), 'utf8');

function check(find: string, replace: string) {
  expect(BASE).toContain(find);
  return loadScenario(BASE.replace(find, replace), 'slip.yaml');
}

const ANSWER_NEXT = '        next: q-overclaim\n';

describe('a YAML slip gives one message at its line', () => {
  const cases: { name: string; find: string; replace: string; line: number; column: number; says: RegExp }[] = [
    { name: 'a tab', find: '    time_limit: 50\n', replace: '\ttime_limit: 50\n', line: 144, column: 1, says: /spaces, not tabs/ },
    { name: 'two tabs in a deep line', find: ANSWER_NEXT, replace: '\t\tnext: q-overclaim\n', line: 154, column: 1, says: /spaces, not tabs/ },
    {
      name: 'one space too few',
      find: ANSWER_NEXT,
      replace: '       next: q-overclaim\n',
      line: 154,
      column: 8,
      says: /indented by 7 spaces.*"feedback" \(8 spaces\)/,
    },
    {
      name: 'lined up with the "-" of the item',
      find: ANSWER_NEXT,
      replace: '      next: q-overclaim\n',
      line: 154,
      column: 7,
      says: /"-" of the list item.*8 spaces/,
    },
    { name: 'one space too many', find: ANSWER_NEXT, replace: '         next: q-overclaim\n', line: 154, column: 10, says: /indented by 9 spaces/ },
    {
      name: 'a beat one space in, after a comment',
      find: '  q-overclaim:\n',
      replace: '   q-overclaim:\n',
      line: 187,
      column: 4,
      says: /indented by 3 spaces/,
    },
    { name: 'a beat one space out', find: '  q-overclaim:\n', replace: ' q-overclaim:\n', line: 187, column: 2, says: /"q-festival" \(2 spaces\)/ },
    {
      name: 'a list item one space in',
      find: '      - text:\n          vi: "Lễ hội khai mạc ngày 28/4, kéo',
      replace: '     - text:\n          vi: "Lễ hội khai mạc ngày 28/4, kéo',
      line: 155,
      column: 6,
      says: /indented by 5 spaces/,
    },
    { name: 'an unclosed [', find: 'timeliness]\n', replace: 'timeliness\n', line: 15, column: 9, says: /"\[" is never closed/ },
    {
      name: 'an unclosed {',
      find: 'effects: { timeliness: -2, transparency: -2, key-messages: -2 }',
      replace: 'effects: { timeliness: -2, transparency: -2, key-messages: -2',
      line: 180,
      column: 16,
      says: /"\{" is never closed/,
    },
    {
      name: 'a text with ": " unquoted',
      find: '      en: "Good morning, Director.',
      replace: '      en: Good morning: Director.',
      line: 143,
      column: 7,
      says: /double quotes/,
    },
    { name: 'an unclosed quote', find: `Sea Festival?"\n`, replace: 'Sea Festival?\n', line: 143, column: 11, says: /never closed/ },
    { name: 'a missing colon', find: '    time_limit: 50\n', replace: '    time_limit 50\n', line: 144, column: 5, says: /key: value/ },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { diagnostics } = check(c.find, c.replace);
      expect(diagnostics.map(formatDiagnostic)).toHaveLength(1);
      const [d] = diagnostics;
      expect({ code: d!.code, line: d!.line, column: d!.column }).toEqual({ code: 'yaml-syntax', line: c.line, column: c.column });
      expect(d!.message).toMatch(c.says);
      expect(d!.message).not.toMatch(/mapping|implicit|indicator|scalar|flow/i);
    });
  }

  it('a key indented into the map above it is named as such', () => {
    const { diagnostics } = check(ANSWER_NEXT, '          next: q-overclaim\n');
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'slip.yaml:154:11 error [missing-key] answer 1 of beat "q-festival" has no "next" of its own: this "next" is indented too far, so it went inside "feedback". Indent it like "feedback" (8 spaces)',
    ]);
  });
});

describe('aliases', () => {
  it('an alias before its anchor is reported as such, at the alias', () => {
    const diagnostics = loadScenario(BASE.replace('        next: q-wrap\n', '        next: *after-wrap\n'), 'alias.yaml').diagnostics;
    expect(diagnostics.map((d) => `${d.code}@${d.line}`)).toEqual(['undefined-alias@521']);
    expect(diagnostics[0]!.message).toMatch(/comes before its anchor &after-wrap \(line 617\)/);
  });

  it('a problem inside a part repeated by an alias is reported once, at the part', () => {
    const { diagnostics } = check('          goto: q-viral\n', '          goto: q-viarl\n');
    expect(diagnostics.map((d) => `${d.code}@${d.line}`)).toEqual(['unknown-beat@619']);
  });

  it('two problems at one place outside repeated parts are both kept', () => {
    const three = BASE.replace('languages: [vi, en]', 'languages: [vi, en, fr]');
    const { diagnostics } = loadScenario(
      three.replace(`      en: "Good morning, Director. For Viet Travel Magazine's readers: what's the highlight of this year's My Sa Sea Festival?"\n`, ''),
      'three.yaml',
    );
    expect(diagnostics.filter((d) => d.line === 142 && d.code === 'missing-language')).toHaveLength(2);
  });
});

describe('a loop with no way out', () => {
  const loop = BASE.split('        next: q-wrap\n').join('        next: q-festival-plan\n').split('      next: q-wrap\n').join('      next: q-festival-plan\n');
  const result = loadScenario(loop, 'loop.yaml');

  it('is the only error: the beats before it are not reported', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code}@${d.line}`)).toEqual(['closed-loop@461']);
  });

  it('gives no lowest and highest points in the summary', () => {
    expect(result.summary).not.toBeNull();
    expect(result.summary!.bounds).toEqual({});
  });
});
