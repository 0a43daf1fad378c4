// The check leaves out what the room heard in a scenario the server did not bundle (a studio
// library's, sent by the facilitator's browser): a library copy of a bundled scenario keeps its
// questions under another id, and none of them may come back in the check.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildForms } from '../../../src/core/room/discernment.ts';
import type { CheckedScenario } from '../../../src/core/scenario/checked.ts';
import { loadBundledScenarios } from '../../../src/room/bundledScenarios.ts';

const scenarios = loadBundledScenarios(resolve(import.meta.dirname, '../../../scenarios'));
const itemIds = (forms: ReturnType<typeof buildForms>) => [...forms.A, ...forms.B].map((i) => i.id);

describe('a check after a studio library scenario', () => {
  it('has no item asking a question of the copy the room played, whatever its id', () => {
    const all = buildForms(scenarios, []);
    // A bundled scenario that supplies items when nothing is left out.
    const source = scenarios.find((c) => itemIds(all).some((id) => id.startsWith(`${c.scenario.id}/`)))!;
    expect(source, 'some bundled scenario supplies the check').toBeDefined();
    const copy: CheckedScenario = { ...source, scenario: { ...source.scenario, id: `${source.scenario.id}-copy` } };

    // By id alone the copy hides nothing: its id is not bundled.
    expect(itemIds(buildForms(scenarios, [copy.scenario.id])).some((id) => id.startsWith(`${source.scenario.id}/`))).toBe(true);
    // Seen, its questions are left out, and the forms are still two parallel halves.
    const forms = buildForms(scenarios, [copy.scenario.id], [copy]);
    expect(itemIds(forms).some((id) => id.startsWith(`${source.scenario.id}/`))).toBe(false);
    expect(forms.A.length).toBe(forms.B.length);
    expect(forms.A.map((i) => i.skill).sort()).toEqual(forms.B.map((i) => i.skill).sort());
    // A library scenario of its own (no shared question) changes nothing.
    const own: CheckedScenario = {
      ...source,
      scenario: {
        ...source.scenario,
        id: 'own',
        beats: { q: { ...Object.values(source.scenario.beats)[0]!, ask: { vi: 'Câu hỏi mới?', en: 'A new question?' } } },
      },
    };
    expect(itemIds(buildForms(scenarios, ['own'], [own]))).toEqual(itemIds(all));
  });
});
