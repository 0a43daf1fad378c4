import { describe, expect, it } from 'vitest';
import { unsentMessageKey, unsentReason } from '../../src/app/unsentAnswer.ts';
import { Session } from '../../src/core/session/session.ts';
import { loadFixture } from '../fixtures/engine/checked.ts';
import en from '../../locales/en/pressRoom.json' with { type: 'json' };
import vi from '../../locales/vi/pressRoom.json' with { type: 'json' };

const flood = loadFixture('flood.yaml');

function asked(): { s: Session; beatId: string } {
  const s = Session.create(flood, { shuffleSeed: 7 });
  s.start(0);
  return { s, beatId: s.view().beat!.id };
}

describe('why a typed answer was left unsent', () => {
  it('says the facilitator ended the conference in a live drill, not that time ran out', () => {
    const { s, beatId } = asked();
    s.end(3);
    expect(unsentReason(s.view(), beatId, true)).toBe('facilitatorEnded');
    // Outside a live drill the trainee ended it.
    expect(unsentReason(s.view(), beatId, false)).toBe('ended');
  });

  it('says the facilitator skipped the question', () => {
    const { s, beatId } = asked();
    s.skip(2);
    expect(unsentReason(s.view(), beatId, true)).toBe('skipped');
  });

  it('says time ran out when the question went unanswered', () => {
    const { s, beatId } = asked();
    s.tick(10_000);
    const turn = s.view().turns.find((t) => t.beatId === beatId);
    expect(turn).toBeDefined();
    expect(turn!.response.kind).not.toBe('ended');
    expect(unsentReason(s.view(), beatId, true)).toBe('timeUp');
  });

  it('says the conference’s time was up when the drill ran out of time', () => {
    const { s, beatId } = asked();
    s.end(3);
    const view = s.view();
    expect(unsentReason({ turns: view.turns, ending: { ...view.ending!, reason: 'duration' } }, beatId, true)).toBe('durationEnded');
  });

  it('has every reason worded in both languages, with the typed words', () => {
    for (const reason of ['timeUp', 'skipped', 'facilitatorEnded', 'ended', 'durationEnded'] as const) {
      const path = unsentMessageKey(reason).replace('pressRoom:', '').split('.');
      for (const locale of [en, vi]) {
        const text = path.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], locale);
        expect(text, `${reason}`).toContain('{{text}}');
      }
    }
  });
});
