import { describe, expect, it } from 'vitest';
import { consoleDrill } from '../../../src/app/live/consoleView.ts';
import { consoleRoster } from '../../../src/app/live/consoleRoster.ts';
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

  it('lists the whole roster in order with who is at the podium and who is next, not only who has been up', () => {
    const roster = ['An', 'Bình', 'Chi', 'Dũng'];
    const rows = (drill: Parameters<typeof consoleRoster>[1]) => consoleRoster(roster, drill).map((r) => [r.trainee, r.at, r.questions, r.overall]);
    // Before anyone has answered (no drill yet, or no seat taken): the first goes up, the second is next.
    expect(rows(null)).toEqual([
      ['An', 'podium', 0, null],
      ['Bình', 'next', 0, null],
      ['Chi', null, 0, null],
      ['Dũng', null, 0, null],
    ]);
    const s = Session.create(flood);
    s.start(0);
    s.annotate({ type: 'seat', at: 0, trainee: 'An' });
    s.choose(0, 4);
    s.annotate({ type: 'seat', at: 5, trainee: 'Bình' });
    const drill = consoleDrill(flood, s.view(), s.log, 'en', '');
    const an = drill.cards.find((c) => c.trainee === 'An')!;
    expect(rows(drill)).toEqual([
      ['An', null, 1, an.overall],
      ['Bình', 'podium', 0, null],
      ['Chi', 'next', 0, null],
      ['Dũng', null, 0, null],
    ]);
    // The last on the roster hands over to the first again.
    s.annotate({ type: 'seat', at: 6, trainee: 'Dũng' });
    const last = consoleRoster(roster, consoleDrill(flood, s.view(), s.log, 'en', ''));
    expect(last.map((r) => r.at)).toEqual(['next', null, null, 'podium']);
    // One trainee: no one is next.
    expect(consoleRoster(['An'], null).map((r) => r.at)).toEqual(['podium']);
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
