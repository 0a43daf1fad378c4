import { describe, expect, it } from 'vitest';
import { bestRoute, mapModel } from '../../src/studio/mapModel.ts';
import { unreachableBeats } from '../../src/studio/unreachable.ts';
import { loadFixture } from '../fixtures/engine/checked.ts';

const flood = loadFixture('flood.yaml').scenario;

describe('the branch map model', () => {
  it('has one edge per distinct target, labelled with the answers that take it and coloured by their net effect', () => {
    const model = mapModel(flood, unreachableBeats(flood));
    const open = model.edges.filter((e) => e.from === 'q-open');
    // Both answers and silence go to q-missing: one edge.
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ to: 'q-missing', tone: 'mixed' });
    expect(open[0]!.labels.map((l) => (l.kind === 'answer' ? l.number : l.kind))).toEqual([1, 2, 'silence']);
    const missing = model.edges.filter((e) => e.from === 'q-missing');
    expect(missing.map((e) => e.to).sort()).toEqual(['end', 'q-dam']);
    expect(missing.find((e) => e.to === 'q-dam')!.labels[0]).toMatchObject({ kind: 'typed', conditional: true });
    const dam = model.edges.filter((e) => e.from === 'q-dam');
    expect(dam).toEqual([expect.objectContaining({ to: 'end', tone: 'mixed' })]);
    expect(model.edges.some((e) => e.from === 'rumour:dam-collapse' && e.to === 'q-dam')).toBe(true);
  });

  it('colours an edge taken only by answers that lose points as bad, and one taken only by gaining answers as good', () => {
    const edited = structuredClone(flood);
    edited.beats['q-open']!.answers![1]!.next = 'q-dam';
    const open = mapModel(edited, unreachableBeats(edited)).edges.filter((e) => e.from === 'q-open');
    expect(open.find((e) => e.to === 'q-dam')!.tone).toBe('bad');
    expect(open.find((e) => e.to === 'q-missing')!.tone).toBe('good');
  });

  it('follows the best answer from the start along default branches, and marks unreachable beats', () => {
    expect([...bestRoute(flood).beats]).toEqual(['q-open', 'q-missing']);
    const model = mapModel(flood, unreachableBeats(flood));
    expect(model.edges.find((e) => e.from === 'q-missing' && e.to === 'end')!.best).toBe(true);
    expect(model.nodes.every((n) => n.reachable)).toBe(true);
    const edited = structuredClone(flood);
    edited.rumours = [];
    edited.beats['q-missing']!.free_text!.next = 'end';
    expect(mapModel(edited, unreachableBeats(edited)).nodes.find((n) => n.id === 'q-dam')!.reachable).toBe(false);
  });
});
