// The README tells a newcomer how a trainee answers: only the ways the app has (choosing an
// answer, typing one). Spoken answers have no input yet, so the README must not promise them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('says trainees answer by choosing or typing, and that there is no spoken input', () => {
    const answers = readme.match(/The trainee answers by[^.]*\./s)?.[0].replace(/\s+/g, ' ');
    expect(answers).toBeDefined();
    expect(answers).toMatch(/choosing/);
    expect(answers).toMatch(/typing/);
    expect(answers).not.toMatch(/\bspeaking\b|\bvoice\b|aloud/i);
    expect(answers).toMatch(/no spoken input/);
  });
});
