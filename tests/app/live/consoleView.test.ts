import { describe, expect, it } from 'vitest';
import { consoleDrill } from '../../../src/app/live/consoleView.ts';
import { Session } from '../../../src/core/session/session.ts';
import { loadFixture } from '../../fixtures/engine/checked.ts';

const flood = loadFixture('flood.yaml');

describe('the console view', () => {
  it('shows each option with its effects, feedback, the best one and what comes next', () => {
    const s = Session.create(flood, { shuffleSeed: 7 });
    s.start(0);
    const drill = consoleDrill(flood, s.view(), s.log, 'en', '');
    const beat = drill.beat!;
    expect(beat.id).toBe('q-open');
    expect(beat.answers.map((a) => a.position)).toEqual(beat.answers.map((_, i) => i + 1));
    expect(beat.answers.filter((a) => a.best)).toHaveLength(1);
    // Shown in the projector's (shuffled) order, each with its authored effects.
    const shown = s.view().beat!.answers;
    beat.answers.forEach((a, i) => {
      const authored = flood.scenario.beats['q-open']!.answers![shown[i]!.index]!;
      expect(a.effects).toEqual(Object.fromEntries(Object.entries(authored.effects).filter(([, v]) => v !== 0)));
      expect(a.next.length).toBeGreaterThan(0);
    });
    expect(typeof beat.answers[0]!.text).toBe('string');
  });

  it('has the timeline with who answered, live questions and notes, and the trainees’ cards', () => {
    const s = Session.create(flood);
    s.start(0);
    s.annotate({ type: 'seat', at: 0, trainee: 'An' });
    s.choose(0, 4);
    s.annotate({ type: 'seat', at: 5, trainee: 'Bình' });
    s.annotate({ type: 'live', at: 6, kind: 'call', ask: 'Is the dam safe?', effects: { accuracy: 1 }, reason: 'calm' });
    s.annotate({ type: 'note', at: 7, text: 'good eye contact' });
    const drill = consoleDrill(flood, s.view(), s.log, 'vi', 'Chúng tôi');
    expect(drill.draft).toBe('Chúng tôi');
    expect(drill.timeline.map((t) => [t.kind, t.trainee])).toEqual([
      ['answer', 'An'],
      ['live', 'Bình'],
    ]);
    expect(drill.notes).toEqual([{ at: 7, text: 'good eye contact' }]);
    expect(drill.seat).toBe('Bình');
    expect(drill.cards.map((c) => [c.trainee, c.questions])).toEqual([
      ['An', 1],
      ['Bình', 1],
    ]);
  });

  it('names who asks next and what (the facilitator reads no beat ids), and has no score to read before the first scored moment', () => {
    const s = Session.create(flood);
    s.start(0);
    const before = consoleDrill(flood, s.view(), s.log, 'en', '');
    expect(before.scored).toBe(false);
    expect(before.beat!.answers[0]!.next[0]).toMatchObject({ target: 'q-missing', reporter: 'Nguyễn Thị Lan', ask: 'Has anyone died?' });
    expect(before.beat!.silence!.next[0]).toMatchObject({ reporter: 'Nguyễn Thị Lan', ask: 'Has anyone died?' });
    s.choose(0, 4);
    expect(consoleDrill(flood, s.view(), s.log, 'en', '').scored).toBe(true);
  });

  it('is plain data (it crosses the channel by structured clone)', () => {
    const s = Session.create(flood);
    s.start(0);
    const drill = consoleDrill(flood, s.view(), s.log, 'en', '');
    expect(structuredClone(drill)).toEqual(drill);
  });
});
