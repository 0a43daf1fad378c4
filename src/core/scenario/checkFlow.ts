// Flags and the clock: flags set but never tested (or tested but never set), rumours and events
// that would come after the conference is over, escalations that cannot happen, rumours that
// nothing can rebut.
import { ANSWER_KINDS } from '../answers/registry.ts';
import type { CheckContext } from './checkContext.ts';
import type { GraphFacts } from './checkGraph.ts';
import type { Path } from './positions.ts';
import { didYouMean } from './suggest.ts';
import { forEachCondition } from './walk.ts';

function checkFlags(ctx: CheckContext): void {
  const s = ctx.scenario;
  const setAt = new Map<string, Path>();
  const note = (flags: readonly string[] | undefined, path: Path) =>
    flags?.forEach((flag, i) => {
      if (!setAt.has(flag)) setAt.set(flag, [...path, i]);
    });
  for (const [id, beat] of Object.entries(s.beats)) {
    for (const kind of ANSWER_KINDS) for (const r of kind.responses(beat)) note(r.set, ['beats', id, ...r.path, 'set']);
    note(beat.on_timeout?.set, ['beats', id, 'on_timeout', 'set']);
  }
  const read = new Set<string>();
  forEachCondition(s, (atom, path) => {
    if (!('flag' in atom)) return;
    if (!setAt.has(atom.flag) && !read.has(atom.flag)) {
      ctx.say('flag-never-set', [...path, 'flag'], { place: ctx.name(path), flag: atom.flag, suggestion: didYouMean(atom.flag, setAt.keys()) });
    }
    read.add(atom.flag);
  });
  for (const [flag, path] of setAt) {
    if (!read.has(flag)) {
      ctx.say('flag-never-read', path, { flag });
    }
  }
}

function checkTimes(ctx: CheckContext): void {
  const s = ctx.scenario;
  s.rumours.forEach((rumour, i) => {
    if (rumour.appears_at >= s.duration) {
      ctx.say('after-duration', ['rumours', i, 'appears_at'], { rumour: rumour.id, at: rumour.appears_at, duration: s.duration }, { variant: 'rumour' });
    }
    if (rumour.reach.start > rumour.reach.peak) {
      ctx.say(
        'out-of-range',
        ['rumours', i, 'reach', 'start'],
        { rumour: rumour.id, start: rumour.reach.start, peak: rumour.reach.peak },
        { variant: 'reach-start' },
      );
    }
    if (rumour.escalate && rumour.escalate.at_reach > rumour.reach.peak) {
      ctx.say('escalation-never-happens', ['rumours', i, 'escalate', 'at_reach'], {
        rumour: rumour.id,
        atReach: rumour.escalate.at_reach,
        peak: rumour.reach.peak,
      });
    }
  });
  s.events.forEach((event, i) => {
    if (event.at >= s.duration) {
      ctx.say('after-duration', ['events', i, 'at'], { place: ctx.name(['events', i]), at: event.at, duration: s.duration }, { variant: 'event' });
    }
  });
}

/** Rumours that some answer or free text the trainee can reach rebuts. */
export function rebuttableRumours(facts: GraphFacts): Set<string> {
  const rebuttable = new Set<string>();
  facts.graph.responses.forEach((list, v) => {
    if (facts.reachable[v]) for (const r of list) for (const id of r.rebuts) rebuttable.add(id);
  });
  return rebuttable;
}

export function checkFlow(ctx: CheckContext, rebuttable: ReadonlySet<string>): void {
  checkFlags(ctx);
  checkTimes(ctx);
  ctx.scenario.rumours.forEach((rumour, i) => {
    if (!rebuttable.has(rumour.id)) {
      ctx.say('unrebuttable-rumour', ['rumours', i, 'id'], { rumour: rumour.id });
    }
  });
}
