import { describe, expect, it } from 'vitest';
import type { SessionView } from '../../src/core/session/types.ts';
import { answerFractionLeft, answerSecondsLeft, conferenceSecondsLeft, formatClock, formatReach } from '../../src/state/selectors.ts';
import { parseUrlOptions } from '../../src/state/urlOptions.ts';

const view = (now: number, beat: Partial<SessionView['beat']> | null): SessionView =>
  ({
    now,
    duration: 600,
    beat: beat ? { id: 'b', reporterId: 'r', ask: 'q', askedAt: 10, deadline: 40, answers: [], freeText: null, ...beat } : null,
  }) as unknown as SessionView;

describe('selectors', () => {
  it('counts the answer time down and reports no limit as null', () => {
    expect(answerSecondsLeft(view(25, {}))).toBe(15);
    expect(answerFractionLeft(view(25, {}))).toBeCloseTo(0.5);
    expect(answerSecondsLeft(view(50, {}))).toBe(0);
    expect(answerSecondsLeft(view(25, { deadline: null }))).toBeNull();
    expect(answerFractionLeft(view(25, null))).toBeNull();
    expect(conferenceSecondsLeft(view(590.5, null))).toBeCloseTo(9.5);
  });

  it('formats the clock rounding up, and reach compactly per language', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(0.2)).toBe('0:01');
    expect(formatClock(61)).toBe('1:01');
    expect(formatClock(599.01)).toBe('10:00');
    expect(formatReach(950, 'en')).toBe('950');
    // The same English locale as every other number (numberFormat.ts, en-GB): its compact thousands may be 'k' or 'K' by ICU version.
    expect(formatReach(12_400, 'en')).toMatch(/^12\.4[kK]$/);
    expect(formatReach(12_400, 'en')).toBe(new Intl.NumberFormat('en-GB', { notation: 'compact', maximumFractionDigits: 1 }).format(12_400));
    expect(formatReach(1_200_000, 'vi')).toMatch(/1,2/);
  });
});

describe('URL options', () => {
  it('reads timescale, renderer, language and answer order, ignoring nonsense', () => {
    expect(parseUrlOptions('?timescale=20&renderer=canvas&lang=en&shuffle=off')).toEqual({ timescale: 20, renderer: 'canvas', lang: 'en', shuffle: 'off' });
    expect(parseUrlOptions('')).toEqual({ timescale: 1, renderer: 'auto', lang: null, shuffle: null });
    expect(parseUrlOptions('?timescale=-3&renderer=metal&lang=fr&shuffle=-1')).toEqual({ timescale: 1, renderer: 'auto', lang: null, shuffle: null });
    expect(parseUrlOptions('?timescale=1e9').timescale).toBe(1000);
    expect(parseUrlOptions('?shuffle=42').shuffle).toBe(42);
    expect(parseUrlOptions('?shuffle=1.5').shuffle).toBeNull();
  });
});
