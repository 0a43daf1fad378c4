// Walks over the places of a scenario that several checks visit: texts, `next`s and conditions,
// each with its path. The places follow schema.ts; a text field added there must be added here, or
// for an answer kind's part, to the kind's `texts` (a test compares the text walk with the schema).
import { ANSWER_KINDS } from '../answers/registry.ts';
import type { Path } from './positions.ts';
import { branchesOf, type Condition, type Next, type Scenario, type Text } from './schema.ts';

export function forEachText(scenario: Scenario, visit: (text: Text, path: Path) => void): void {
  const maybe = (text: Text | undefined, path: Path) => {
    if (text !== undefined) visit(text, path);
  };
  visit(scenario.title, ['title']);
  visit(scenario.summary, ['summary']);
  const { briefing } = scenario;
  visit(briefing.situation, ['briefing', 'situation']);
  briefing.facts.forEach((fact, i) => visit(fact.text, ['briefing', 'facts', i, 'text']));
  briefing.key_messages.forEach((message, i) => visit(message.text, ['briefing', 'key_messages', i, 'text']));
  briefing.sensitive?.forEach((text, i) => visit(text, ['briefing', 'sensitive', i]));
  scenario.reporters.forEach((reporter, i) => visit(reporter.outlet, ['reporters', i, 'outlet']));
  scenario.rumours.forEach((rumour, i) => visit(rumour.text, ['rumours', i, 'text']));
  scenario.events.forEach((event, i) => {
    visit(event.text, ['events', i, 'text']);
    // A plain-string sender is a name, the same in every language; a map must have them all.
    if (event.from !== undefined && typeof event.from !== 'string') visit(event.from, ['events', i, 'from']);
  });
  scenario.endings.forEach((ending, i) => visit(ending.text, ['endings', i, 'text']));
  for (const [id, beat] of Object.entries(scenario.beats)) {
    visit(beat.ask, ['beats', id, 'ask']);
    for (const kind of ANSWER_KINDS) for (const { text, path } of kind.texts(beat)) visit(text, ['beats', id, ...path]);
    maybe(beat.on_timeout?.feedback, ['beats', id, 'on_timeout', 'feedback']);
  }
}

export interface NextPlace {
  beat: string;
  /** Path of the `next` key. */
  path: Path;
  next: Next;
  /** Each destination with the path of the node that names it. */
  gotos: { goto: string; path: Path }[];
}

/** Every `next` of a scenario: of each answer kind's responses (core/answers) and the timeout. */
export function forEachNext(scenario: Scenario, visit: (place: NextPlace) => void): void {
  for (const [id, beat] of Object.entries(scenario.beats)) {
    const one = (next: Next, path: Path) =>
      visit({
        beat: id,
        path,
        next,
        gotos: branchesOf(next).map((branch, i) => ({ goto: branch.goto, path: typeof next === 'string' ? path : [...path, i, 'goto'] })),
      });
    for (const kind of ANSWER_KINDS) for (const r of kind.responses(beat)) one(r.next, ['beats', id, ...r.path, 'next']);
    if (beat.on_timeout) one(beat.on_timeout.next, ['beats', id, 'on_timeout', 'next']);
  }
}

/** Every condition atom (flag, score, rumour, visited, time) with its path, inside all / any / not too. */
export function forEachCondition(scenario: Scenario, visit: (atom: Condition, path: Path) => void): void {
  const walk = (condition: Condition, path: Path): void => {
    if ('all' in condition) condition.all.forEach((c, i) => walk(c, [...path, 'all', i]));
    else if ('any' in condition) condition.any.forEach((c, i) => walk(c, [...path, 'any', i]));
    else if ('not' in condition) walk(condition.not, [...path, 'not']);
    else visit(condition, path);
  };
  forEachNext(scenario, ({ path, next }) => {
    if (typeof next !== 'string') next.forEach((branch, i) => branch.if && walk(branch.if, [...path, i, 'if']));
  });
  scenario.endings.forEach((ending, i) => ending.when && walk(ending.when, ['endings', i, 'when']));
}
