// The checker on the mistakes instructors make, beyond the one fixture per code: the message
// names the place in an instructor's words, suggests the fix, and points at the right node.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/core/scenario/diagnostics.ts';
import { checkScenarioSet, loadScenario } from '../../../src/core/scenario/load.ts';

const ROOT = join(import.meta.dirname, '../../..');
const minimal = readFileSync(join(ROOT, 'tests/fixtures/scenarios/minimal.yaml'), 'utf8');

/** minimal.yaml with some lines replaced; the problems as printed. */
function problems(...edits: [string, string][]): string[] {
  let text = minimal;
  for (const [from, to] of edits) {
    expect(text, `fixture text to replace: ${from}`).toContain(from);
    text = text.replace(from, to);
  }
  return loadScenario(text, 's.yaml').diagnostics.map(formatDiagnostic);
}

const Q_OPEN_NEXT = '        effects: { accuracy: 2 }\n        next: q-next';
const ENDINGS = 'endings:\n  - { id: default, text: The conference ends. }';
const withEnding = (when: string) =>
  [ENDINGS, `endings:\n  - { id: calm, when: ${when}, text: Calm. }\n  - { id: default, text: The conference ends. }`] as [string, string];

describe('the example scenarios', () => {
  for (const name of ['example-flood.yaml', 'example-school-meal.yaml']) {
    it(`${name} checks clean`, () => {
      const result = loadScenario(readFileSync(join(ROOT, 'tests/fixtures/examples', name), 'utf8'), name);
      expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
      expect(result.checked).not.toBeNull();
    });
  }

  it('a byte-order mark at the start, or Windows line ends, change nothing', () => {
    expect(loadScenario(`\uFEFF${minimal}`, 'bom.yaml').diagnostics).toEqual([]);
    const crlf = minimal.replace(/\n/g, '\r\n');
    expect(loadScenario(crlf, 'crlf.yaml').diagnostics).toEqual([]);
    expect(loadScenario(crlf.replace('next: q-next', 'next: q-nxet'), 'crlf.yaml').diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['unknown-beat', 26, 15],
    ]);
  });
});

describe('structure messages', () => {
  it('an empty file', () => {
    expect(loadScenario('', 'e.yaml').diagnostics.map(formatDiagnostic)).toEqual([
      'e.yaml:1:1 error [not-a-scenario] the file is empty, not a scenario: a scenario is a map of keys that starts with "format: 1"',
    ]);
  });

  it('a typo in a condition suggests the atom', () => {
    expect(problems(withEnding('{ flg: calm }'))).toEqual([
      's.yaml:42:25 error [unknown-key] the condition of ending "calm" has a key "flg" that the format does not know. Did you mean "flag"?',
    ]);
  });

  it('an empty condition says what it can hold', () => {
    expect(problems(withEnding('{}'))[0]).toMatch(/\[missing-key\] the condition of ending "calm" has none of "flag", "score", .* and "not"/);
  });

  it('a problem deep inside all / not is reported where it is', () => {
    expect(problems(withEnding('{ all: [ { flag: calm }, { not: { score: { skill: accuracy, at_least: high } } } ] }'))).toEqual([
      's.yaml:42:93 error [wrong-type] "at_least" of the score in the "not" part of part 2 of the condition of ending "calm" should be a number (true when the raw points are at least this), not the text "high"',
    ]);
  });

  it('a score condition with both at_least and below', () => {
    expect(problems(withEnding('{ score: { skill: accuracy, at_least: 1, below: 3 } }'))[0]).toMatch(
      /\[conflicting-keys\] the score in the condition of ending "calm" has both "at_least" and "below"/,
    );
  });

  it('a rubric line with neither any nor all, and one with both', () => {
    const freeText = (line: string): [string, string] => [
      '    answers:\n      - text: Follow official channels.',
      `    free_text:\n      rubric:\n        - ${line}\n      next: end\n    answers:\n      - text: Follow official channels.`,
    ];
    expect(problems(freeText('{ skill: accuracy, points: 1 }'))[0]).toMatch(/\[missing-key\] rubric line 1 of beat "q-next" has none of "any" and "all"/);
    expect(problems(freeText('{ skill: accuracy, points: 1, any: [a], all: [b] }'))[0]).toMatch(
      /\[conflicting-keys\] rubric line 1 of beat "q-next" has both "any" and "all"/,
    );
  });

  it('a next that is neither a beat id nor branches', () => {
    expect(problems([Q_OPEN_NEXT, '        effects: { accuracy: 2 }\n        next: 5'])).toEqual([
      's.yaml:26:15 error [wrong-type] "next" of answer 1 of beat "q-open" should be a beat id, the word end, or a list of branches { if: …, goto: … }, not the number 5',
    ]);
  });

  it('a branch without goto', () => {
    expect(
      problems([Q_OPEN_NEXT, '        effects: { accuracy: 2 }\n        next:\n          - { if: { visited: q-open } }\n          - goto: q-next']),
    ).toEqual([
      's.yaml:27:13 error [missing-key] branch 1 of the "next" of answer 1 of beat "q-open" has no "goto": every branch needs one (a beat id or the word end)',
    ]);
  });

  it('a text that is a number', () => {
    expect(problems(['title: Storm on the coast', 'title: 42'])).toEqual(['s.yaml:5:8 error [wrong-type] "title" should be a text, not the number 42']);
  });

  it('too many answers', () => {
    const answer = '      - text: Panic.\n        effects: { composure: -2 }\n        next: end\n';
    expect(problems([answer, answer.repeat(5)])[0]).toMatch(/\[out-of-range\] "answers" of beat "q-next" has 6 items; it must have at most 5 \(2 to 5 choices/);
  });

  it('a beat id with a space', () => {
    expect(problems(['  q-next:\n', '  q next:\n'], ['next: q-next', 'next: q next'])).toEqual([
      's.yaml:26:15 error [bad-id] "next" of answer 1 of beat "q-open" is "q next", but an id is letters, digits, "-" or "_"',
      's.yaml:30:3 error [bad-id] "beats" has the key "q next", but an id is letters, digits, "-" or "_"',
    ]);
  });

  it('a typo in a fixed word suggests the word', () => {
    expect(problems(['stance: neutral', 'stance: netural'])[0]).toMatch(/must be one of friendly, neutral, hostile\. Did you mean "neutral"\?$/);
  });
});

describe('reference messages', () => {
  it('an unknown start', () => {
    expect(problems(['start: q-open', 'start: q-opne'])).toContain(
      's.yaml:17:8 error [unknown-beat] "start" is "q-opne", which is no beat: it must name the first beat. Did you mean "q-open"?',
    );
  });

  it('an escalation cannot go to end', () => {
    const rumour =
      'rumours:\n  - { id: r, text: R, author: a, appears_at: 5, reach: { start: 1, doubling: 5, peak: 100 }, escalate: { at_reach: 50, goto: end } }\nstart: q-open';
    expect(problems(['start: q-open', rumour], [Q_OPEN_NEXT, '        effects: { accuracy: 2 }\n        rebuts: r\n        next: q-next'])).toEqual([
      's.yaml:18:126 error [unknown-beat] the escalation of rumour "r" goes to "end", which is no beat. ("end" ends the conference; here a beat is needed)',
    ]);
  });

  it('a visited condition on an unknown beat', () => {
    expect(problems(withEnding('{ visited: q-nxt }'))).toEqual([
      's.yaml:42:34 error [unknown-beat] the condition of ending "calm" asks whether "q-nxt" was visited, but there is no such beat. Did you mean "q-next"?',
    ]);
  });

  it('a plain text where the scenario has two languages', () => {
    expect(problems(['languages: [en]', 'languages: [en, vi]']).length).toBeGreaterThan(5);
    expect(problems(['languages: [en]', 'languages: [en, vi]'])[0]).toBe(
      's.yaml:5:8 error [missing-language] "title" is a single text, but the scenario has 2 languages (en, vi): write one text per language, like { en: "…", vi: "…" }',
    );
  });

  it('skills: unknown, listed twice, weighted but not assessed, scored by a timeout', () => {
    expect(problems(['skills: [accuracy, composure]', 'skills: [accuracy, composure, composure, calmness]\nweights: { authority: 2 }'])).toEqual([
      's.yaml:8:31 error [duplicate-id] the skill "composure" is listed twice; list it once',
      's.yaml:8:42 error [unknown-skill] "skills" lists "calmness", which is not a skill.',
      's.yaml:9:12 error [skill-not-assessed] "weights" gives a weight to "authority", which this scenario does not assess: add it to "skills" or remove it',
    ]);
    expect(
      problems(['    answers:\n      - text: Follow', '    on_timeout: { effects: { timeliness: -1 }, next: end }\n    answers:\n      - text: Follow']),
    ).toEqual([
      's.yaml:34:30 error [skill-not-assessed] the timeout of beat "q-next" gives points on "timeliness", which this scenario does not assess: add it to "skills" or remove it',
    ]);
  });
});

describe('a set of scenarios', () => {
  it('gives a repeated id to the first file only', () => {
    const files = ['a.yaml', 'b.yaml', 'c.yaml'].map((file) => ({ file, text: minimal }));
    const [a, b, c] = checkScenarioSet(files);
    expect(a!.checked).not.toBeNull();
    for (const later of [b!, c!]) {
      expect(later.checked).toBeNull();
      expect(later.diagnostics.map(formatDiagnostic)).toEqual([
        `${later.file}:3:5 error [duplicate-scenario-id] the scenario id "fixture" is already used by a.yaml: each scenario needs its own id`,
      ]);
    }
  });

  it('keeps the good scenarios working next to a broken one', () => {
    const [good, bad] = checkScenarioSet([
      { file: 'good.yaml', text: minimal },
      { file: 'bad.yaml', text: 'format: 1\nid: [' },
    ]);
    expect(good!.checked).not.toBeNull();
    expect(bad!.checked).toBeNull();
    expect(bad!.diagnostics[0]!.code).toBe('yaml-syntax');
  });
});

describe('who an event is from', () => {
  const event = (from: string) => ['start: q-open', `events:\n  - { at: 30, kind: call, text: A call., from: ${from} }\nstart: q-open`] as [string, string];

  it('takes a plain name, the same in every language, even where a scenario has several', () => {
    const found = problems(['languages: [en]', 'languages: [en, vi]'], event('"Trần Văn An"'));
    expect(found.some((p) => p.includes('"text" of event 1'))).toBe(true); // the check did look at the event
    expect(found.filter((p) => p.includes('"from" of event 1'))).toEqual([]);
  });

  it('asks for every language when the sender is written per language', () => {
    const found = problems(event('{ en: Health Department, fr: Santé }'), ['languages: [en]', 'languages: [en, vi]']);
    expect(found).toContainEqual(expect.stringMatching(/^s\.yaml:\d+:\d+ error \[missing-language\] "from" of event 1 has no "vi" text/));
  });
});
