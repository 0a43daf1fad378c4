// Ids and what refers to them: duplicates, references to beats, reporters, rumours, facts and
// skills that do not exist, skills that are not assessed, and texts missing a language.
import { ANSWER_KINDS } from '../answers/registry.ts';
import { isSkillId, SKILL_IDS } from '../skills.ts';
import type { CheckContext } from './checkContext.ts';
import { nounOf } from './describe.ts';
import { mapWords, NOTHING, verbatim, type Words } from './diagnostics.ts';
import type { Path } from './positions.ts';
import { END, idsOf, type Beat } from './schema.ts';
import { didYouMean } from './suggest.ts';
import { forEachCondition, forEachNext, forEachText } from './walk.ts';

/** The part of a beat at `path` (an answer, the free text), as written: its `rebuts` is one id or a list. */
function writtenAt(beat: Beat, path: Path): { rebuts?: string | string[] } | undefined {
  let value: unknown = beat;
  for (const key of path) value = (value as Record<string | number, unknown> | undefined)?.[key];
  return value as { rebuts?: string | string[] } | undefined;
}

function duplicates(ctx: CheckContext, items: readonly { id?: string | undefined }[], path: Path, what: Words): void {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    if (item.id === undefined) return;
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, i);
    else ctx.say('duplicate-id', [...path, i, 'id'], { what, id: item.id, earlier: earlier + 1 });
  });
}

function duplicateValues(ctx: CheckContext, values: readonly string[], path: Path, what: Words): void {
  const seen = new Set<string>();
  values.forEach((value, i) => {
    if (seen.has(value)) ctx.say('duplicate-id', [...path, i], { what, value }, { variant: 'listed' });
    seen.add(value);
  });
}

function checkIds(ctx: CheckContext): void {
  const s = ctx.scenario;
  duplicates(ctx, s.briefing.facts, ['briefing', 'facts'], nounOf('fact'));
  duplicates(ctx, s.briefing.key_messages, ['briefing', 'key_messages'], nounOf('key-message'));
  duplicates(ctx, s.reporters, ['reporters'], nounOf('reporter'));
  duplicates(ctx, s.rumours, ['rumours'], nounOf('rumour'));
  duplicates(ctx, s.events, ['events'], nounOf('event'));
  duplicates(ctx, s.endings, ['endings'], nounOf('ending'));
  duplicateValues(ctx, s.languages, ['languages'], { en: 'the language', vi: 'ngôn ngữ' });
  duplicateValues(ctx, s.skills, ['skills'], { en: 'the skill', vi: 'kỹ năng' });
  if (Object.hasOwn(s.beats, END)) {
    ctx.say('reserved-id', ['beats', END], { id: END }, { anchor: 'key' });
  }
}

function checkBeatReferences(ctx: CheckContext): void {
  const s = ctx.scenario;
  const beats = Object.keys(s.beats);
  const isBeat = (id: string) => Object.hasOwn(s.beats, id) && id !== END;
  const unknown = (path: Path, who: Words, id: string, endAllowed: boolean) => {
    const endNote =
      !endAllowed && id === END
        ? { en: ` ("${END}" ends the conference; here a beat is needed)`, vi: ` ("${END}" là kết thúc buổi họp báo; ở đây cần một lượt hỏi)` }
        : NOTHING;
    ctx.say('unknown-beat', path, { place: who, id, endNote, suggestion: didYouMean(id, beats) });
  };
  if (!isBeat(s.start)) {
    ctx.say('unknown-beat', ['start'], { id: s.start, suggestion: didYouMean(s.start, beats) }, { variant: 'start' });
  }
  forEachNext(s, ({ gotos }) => {
    for (const { goto, path } of gotos) if (goto !== END && !isBeat(goto)) unknown(path, ctx.name(path.slice(0, -1)), goto, true);
  });
  s.rumours.forEach((rumour, i) => {
    const goto = rumour.escalate?.goto;
    if (goto !== undefined && !isBeat(goto)) unknown(['rumours', i, 'escalate', 'goto'], ctx.name(['rumours', i, 'escalate']), goto, false);
  });
  s.events.forEach((event, i) => {
    if (event.goto !== undefined && !isBeat(event.goto)) unknown(['events', i, 'goto'], ctx.name(['events', i]), event.goto, false);
  });
  forEachCondition(s, (atom, path) => {
    if ('visited' in atom && !isBeat(atom.visited)) {
      ctx.say(
        'unknown-beat',
        [...path, 'visited'],
        { place: ctx.name(path), id: atom.visited, suggestion: didYouMean(atom.visited, beats) },
        { variant: 'visited' },
      );
    }
  });
}

function checkOtherReferences(ctx: CheckContext): void {
  const s = ctx.scenario;
  const reporters = s.reporters.map((r) => r.id);
  const rumours = s.rumours.map((r) => r.id);
  const facts = s.briefing.facts.map((f) => f.id);
  for (const [id, beat] of Object.entries(s.beats)) {
    if (!reporters.includes(beat.reporter)) {
      ctx.say('unknown-reporter', ['beats', id, 'reporter'], { beat: id, reporter: beat.reporter, suggestion: didYouMean(beat.reporter, reporters) });
    }
    const rebuts = (value: string | string[] | undefined, path: Path) =>
      idsOf(value).forEach((rumour, i) => {
        if (rumours.includes(rumour)) return;
        const at = typeof value === 'string' ? path : [...path, i];
        ctx.say('unknown-rumour', at, { place: ctx.name(path.slice(0, -1)), rumour, suggestion: didYouMean(rumour, rumours) });
      });
    // Each answer kind's responses, with `rebuts` as written (one id, or a list).
    for (const kind of ANSWER_KINDS) for (const r of kind.responses(beat)) rebuts(writtenAt(beat, r.path)?.rebuts, ['beats', id, ...r.path, 'rebuts']);
  }
  forEachCondition(s, (atom, path) => {
    if ('rumour' in atom && !rumours.includes(atom.rumour.id)) {
      ctx.say(
        'unknown-rumour',
        [...path, 'rumour', 'id'],
        { place: ctx.name(path), rumour: atom.rumour.id, suggestion: didYouMean(atom.rumour.id, rumours) },
        { variant: 'tested' },
      );
    }
  });
  s.rumours.forEach((rumour, r) =>
    rumour.countered_by?.forEach((fact, i) => {
      if (!facts.includes(fact)) {
        ctx.say('unknown-fact', ['rumours', r, 'countered_by', i], { rumour: rumour.id, fact, suggestion: didYouMean(fact, facts) });
      }
    }),
  );
}

function checkSkills(ctx: CheckContext): void {
  const s = ctx.scenario;
  const assessed = new Set(s.skills);
  const skills = verbatim(SKILL_IDS.join(', '));
  const known = (skill: string, path: Path, what: Words, anchor: 'key' | 'value' = 'value'): boolean => {
    if (isSkillId(skill)) return true;
    ctx.say(
      'unknown-skill',
      path,
      { what, skill, suggestion: didYouMean(skill, SKILL_IDS) },
      { anchor, hint: mapWords(skills, (list, lang) => (lang === 'vi' ? `các kỹ năng là ${list}` : `the skills are ${list}`)) },
    );
    return false;
  };
  const use = (skill: string, path: Path, what: Words, anchor: 'key' | 'value' = 'value') => {
    if (!known(skill, path, what, anchor)) return;
    if (!assessed.has(skill)) ctx.say('skill-not-assessed', path, { what, skill }, { anchor });
  };
  /** "answer 2 of beat "x" gives points on" */
  const givesPoints = (place: Words): Words => ({ en: `${place.en} gives points on`, vi: `${place.vi} cho điểm ở kỹ năng` });
  s.skills.forEach((skill, i) => known(skill, ['skills', i], { en: '"skills" lists', vi: '"skills" liệt kê' }));
  for (const skill of Object.keys(s.weights ?? {}))
    use(skill, ['weights', skill], { en: '"weights" gives a weight to', vi: '"weights" cho trọng số với' }, 'key');
  for (const [id, beat] of Object.entries(s.beats)) {
    for (const kind of ANSWER_KINDS) {
      for (const p of kind.skillPlaces(beat)) use(p.skill, ['beats', id, ...p.path], givesPoints(ctx.name(['beats', id, ...p.place])), p.anchor);
    }
    for (const skill of Object.keys(beat.on_timeout?.effects ?? {}))
      use(skill, ['beats', id, 'on_timeout', 'effects', skill], givesPoints(ctx.name(['beats', id, 'on_timeout'])), 'key');
  }
  forEachCondition(s, (atom, path) => {
    if ('score' in atom && 'skill' in atom.score) {
      const place = ctx.name(path);
      use(atom.score.skill, [...path, 'score', 'skill'], { en: `${place.en} tests the score on`, vi: `${place.vi} kiểm tra điểm ở kỹ năng` });
    }
  });
}

function checkLanguages(ctx: CheckContext): void {
  const languages = ctx.scenario.languages;
  const list = languages.join(', ');
  forEachText(ctx.scenario, (text, path) => {
    if (typeof text === 'string') {
      if (languages.length > 1) {
        const example = `{ ${languages.map((l) => `${l}: "…"`).join(', ')} }`;
        ctx.say('missing-language', path, { place: ctx.name(path), count: languages.length, list, example }, { variant: 'single' });
      }
      return;
    }
    const written = Object.keys(text);
    const extra = written.filter((l) => !languages.includes(l));
    for (const language of languages) {
      const value = text[language];
      if (value !== undefined && value.trim() !== '') continue;
      const empty = value !== undefined;
      const values = { place: ctx.name(path), language, list, suggestion: didYouMean(language, extra) };
      if (empty) ctx.say('missing-language', [...path, language], values, { variant: 'empty' });
      else ctx.say('missing-language', path, values);
    }
    for (const language of extra) {
      ctx.say('extra-language', [...path, language], { place: ctx.name(path), language, list }, { anchor: 'key' });
    }
  });
}

export function checkReferences(ctx: CheckContext): void {
  checkIds(ctx);
  checkBeatReferences(ctx);
  checkOtherReferences(ctx);
  checkSkills(ctx);
  checkLanguages(ctx);
}
