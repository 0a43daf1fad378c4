import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildForms, deliver, formFor, itemsFromScenario } from '../../../src/core/room/discernment.ts';
import { loadBundledScenarios } from '../../../src/room/bundledScenarios.ts';

const scenarios = loadBundledScenarios(resolve(import.meta.dirname, '../../../scenarios'));

const length = (t: unknown) => (typeof t === 'string' ? t.length : Math.max(...Object.values(t as Record<string, string>).map((s) => s.length)));

describe('discernment check', () => {
  it('pairs a good answer with a flawed one of similar length, from the scenarios themselves', () => {
    const items = scenarios.flatMap(itemsFromScenario);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const [a, b] = [length(item.good), length(item.flawed)];
      expect(Math.max(a, b)).toBeLessThanOrEqual(1.3 * Math.min(a, b));
      expect(item.flawChoices).toContain(item.skill);
    }
  });

  it('builds two parallel forms with no item in both, and none from the scenario being played', () => {
    const played = scenarios[0]!.scenario.id;
    const forms = buildForms(scenarios, [played]);
    const ids = (f: 'A' | 'B') => forms[f].map((i) => i.id);
    expect(ids('A').filter((id) => ids('B').includes(id))).toEqual([]);
    expect([...ids('A'), ...ids('B')].some((id) => id.startsWith(`${played}/`))).toBe(false);
    const skills = (f: 'A' | 'B') => forms[f].map((i) => i.skill).sort();
    expect(skills('A')).toEqual(skills('B'));
  });

  it('gives each participant the other form after, in an order and answer order of their own', () => {
    const forms = buildForms(scenarios, []);
    for (const pid of ['p1', 'p2', 'p3', 'p4']) expect(formFor(pid, 'before')).not.toBe(formFor(pid, 'after'));
    const orders = new Set(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((pid) =>
        deliver(forms, pid, 'before')
          .items.map((i) => `${i.id}:${i.goodIndex}`)
          .join(),
      ),
    );
    expect(orders.size).toBeGreaterThan(1);
    const d = deliver(forms, 'p1', 'before');
    for (const item of d.items) {
      const source = forms[d.form].find((i) => i.id === item.id)!;
      expect(item.answers[item.goodIndex]).toEqual(source.good);
    }
  });
});
