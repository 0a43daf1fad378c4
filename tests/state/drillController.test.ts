import { describe, expect, it } from 'vitest';
import { rig } from './drillHarness.ts';

const view = (r: ReturnType<typeof rig>) => r.store.getState().drill!.view;

describe('drill controller', () => {
  it('starts a bundled scenario in the press room, and refuses an unknown one', () => {
    const r = rig();
    expect(r.controller.startDrill('no-such-scenario')).toBe(false);
    expect(r.store.getState().drill).toBeNull();
    expect(r.controller.startDrill('mini-drill')).toBe(true);
    expect(r.store.getState().screen).toBe('PressRoom');
    expect(view(r).status).toBe('running');
    expect(view(r).beat?.id).toBe('q-open');
  });

  it('feeds the clock into the session every frame and writes the view into the store', () => {
    const r = rig();
    r.controller.startDrill('mini-drill');
    let updates = 0;
    r.store.subscribe((s, p) => {
      if (s.drill?.view !== p.drill?.view) updates++;
    });
    r.advance(5000);
    expect(view(r).now).toBeCloseTo(5, 1);
    expect(updates).toBeGreaterThan(100);
  });

  it('runs the drill clock faster with a time scale', () => {
    const r = rig({ timescale: 10 });
    r.controller.startDrill('mini-drill');
    r.advance(1500);
    // 15 drill seconds: the rumour (10 s) is out, the breaking news (20 s) not yet.
    expect(view(r).now).toBeCloseTo(15, 0);
    expect(view(r).feed.map((f) => f.key)).toEqual(['rumour:collapse']);
  });

  it('sends a choice (0-based) and shows the next beat with the turn for feedback', () => {
    const r = rig();
    r.controller.startDrill('mini-drill');
    r.advance(12_000);
    r.controller.choose(0);
    const v = view(r);
    expect(v.beat?.id).toBe('q-text');
    expect(v.lastTurn?.response).toEqual({ kind: 'choice', answerIndex: 0 });
    expect(v.rumours.find((x) => x.id === 'collapse')?.state).toBe('rebutted');
  });

  it('stops the drill clock while paused and goes on from the same second', () => {
    const r = rig();
    r.controller.startDrill('mini-drill');
    r.advance(4000);
    r.controller.pause();
    const at = view(r).now;
    expect(view(r).status).toBe('paused');
    r.advance(60_000);
    expect(view(r).now).toBe(at);
    expect(view(r).beat?.id).toBe('q-open'); // no timeout while paused
    r.controller.resume();
    r.advance(2000);
    expect(view(r).now).toBeCloseTo(at + 2, 1);
  });

  it('pauses when the tab is hidden and says so, until the trainee resumes', () => {
    const r = rig();
    r.controller.startDrill('mini-drill');
    r.advance(1000);
    r.controller.setHidden(true);
    expect(view(r).status).toBe('paused');
    expect(r.store.getState().drill?.autoPaused).toBe(true);
    r.controller.setHidden(false);
    expect(view(r).status).toBe('paused');
    r.controller.togglePause();
    expect(view(r).status).toBe('running');
    expect(r.store.getState().drill?.autoPaused).toBe(false);
  });

  it('times a silent beat out at its limit and moves on', () => {
    const r = rig();
    r.controller.startDrill('mini-drill');
    r.advance(29_500);
    expect(view(r).beat?.id).toBe('q-open');
    r.advance(1000);
    expect(view(r).beat?.id).toBe('q-text');
    expect(view(r).lastTurn?.response.kind).toBe('timeout');
  });

  it('ends on the last answer, then shows the debrief after a moment', () => {
    const r = rig({ endDelayMs: 1500 });
    r.controller.startDrill('mini-drill');
    r.controller.choose(0);
    r.controller.answerText('Chúng tôi chưa xác nhận thông tin này');
    expect(view(r).status).toBe('ended');
    expect(view(r).ending?.id).toBe('good');
    expect(r.store.getState().screen).toBe('PressRoom');
    r.advance(1600);
    expect(r.store.getState().screen).toBe('Debrief');
  });

  it('lets the facilitator inject a rumour and end the conference', () => {
    const r = rig();
    r.controller.startDrill('mini-drill');
    r.advance(2000);
    r.controller.inject({ rumour: 'collapse' });
    expect(view(r).feed.some((f) => f.rumourId === 'collapse')).toBe(true);
    r.controller.end();
    expect(view(r).ending?.reason).toBe('facilitator');
  });

  it('saves a drill that another controller restores at the same beat, scores and second', () => {
    const a = rig({ timescale: 2 });
    a.controller.startDrill('mini-drill');
    a.advance(3000);
    a.controller.choose(0);
    a.advance(2000);
    const saved = a.controller.save()!;
    const before = view(a);
    const b = rig({ timescale: 2 });
    expect(b.controller.restoreDrill(saved)).toBe(true);
    const after = view(b);
    expect(b.store.getState().screen).toBe('PressRoom');
    expect(after.beat?.id).toBe(before.beat?.id);
    expect(after.score).toEqual(before.score);
    expect(after.now).toBeCloseTo(before.now, 5);
    b.advance(1000);
    expect(view(b).now).toBeCloseTo(before.now + 2, 1);
  });

  it('leaves a drill for the menu', () => {
    const r = rig();
    r.controller.startDrill('mini-drill');
    r.controller.leave();
    expect(r.store.getState().drill).toBeNull();
    expect(r.store.getState().screen).toBe('Menu');
    expect(r.controller.session).toBeNull();
  });

  it('ignores input that makes no sense (no drill, paused, ended)', () => {
    const r = rig();
    expect(() => r.controller.choose(0)).not.toThrow();
    r.controller.startDrill('mini-drill');
    r.controller.pause();
    r.controller.choose(0);
    expect(view(r).turns).toHaveLength(0);
    r.controller.resume();
    r.controller.end();
    const ended = view(r);
    r.controller.choose(0);
    expect(view(r)).toBe(ended);
  });
});
