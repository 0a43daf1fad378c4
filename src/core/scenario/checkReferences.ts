// Ids and what refers to them: duplicates, references to beats, reporters, rumours, facts and
// skills that do not exist, skills that are not assessed, and texts missing a language.
import { isSkillId, SKILL_IDS } from '../skills.ts';
import type { CheckContext } from './checkContext.ts';
import type { Path } from './positions.ts';
import { END, idsOf } from './schema.ts';
import { didYouMean } from './suggest.ts';
import { forEachCondition, forEachNext, forEachText } from './walk.ts';

function duplicates(ctx: CheckContext, items: readonly { id?: string | undefined }[], path: Path, what: string): void {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    if (item.id === undefined) return;
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, i);
    else ctx.report('duplicate-id', [...path, i, 'id'], `${what} id "${item.id}" is used twice (also by ${what} ${earlier + 1}); give each ${what} its own id`);
  });
}

function duplicateValues(ctx: CheckContext, values: readonly string[], path: Path, what: string): void {
  const seen = new Set<string>();
  values.forEach((value, i) => {
    if (seen.has(value)) ctx.report('duplicate-id', [...path, i], `${what} "${value}" is listed twice; list it once`);
    seen.add(value);
  });
}

function checkIds(ctx: CheckContext): void {
  const s = ctx.scenario;
  duplicates(ctx, s.briefing.facts, ['briefing', 'facts'], 'fact');
  duplicates(ctx, s.briefing.key_messages, ['briefing', 'key_messages'], 'key message');
  duplicates(ctx, s.reporters, ['reporters'], 'reporter');
  duplicates(ctx, s.rumours, ['rumours'], 'rumour');
  duplicates(ctx, s.events, ['events'], 'event');
  duplicates(ctx, s.endings, ['endings'], 'ending');
  duplicateValues(ctx, s.languages, ['languages'], 'the language');
  duplicateValues(ctx, s.skills, ['skills'], 'the skill');
  if (Object.hasOwn(s.beats, END)) {
    ctx.report('reserved-id', ['beats', END], `a beat cannot be called "${END}": that word means the conference ends. Rename the beat`, { anchor: 'key' });
  }
}

function checkBeatReferences(ctx: CheckContext): void {
  const s = ctx.scenario;
  const beats = Object.keys(s.beats);
  const isBeat = (id: string) => Object.hasOwn(s.beats, id) && id !== END;
  const unknown = (path: Path, who: string, id: string, endAllowed: boolean) => {
    const endNote = !endAllowed && id === END ? ` ("${END}" ends the conference; here a beat is needed)` : '';
    ctx.report('unknown-beat', path, `${who} goes to "${id}", which is no beat.${endNote}${didYouMean(id, beats)}`);
  };
  if (!isBeat(s.start)) {
    ctx.report('unknown-beat', ['start'], `"start" is "${s.start}", which is no beat: it must name the first beat.${didYouMean(s.start, beats)}`);
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
      ctx.report(
        'unknown-beat',
        [...path, 'visited'],
        `${ctx.name(path)} asks whether "${atom.visited}" was visited, but there is no such beat.${didYouMean(atom.visited, beats)}`,
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
      ctx.report(
        'unknown-reporter',
        ['beats', id, 'reporter'],
        `beat "${id}" is asked by "${beat.reporter}", who is not among the reporters.${didYouMean(beat.reporter, reporters)}`,
      );
    }
    const rebuts = (value: string | string[] | undefined, path: Path) =>
      idsOf(value).forEach((rumour, i) => {
        if (rumours.includes(rumour)) return;
        const at = typeof value === 'string' ? path : [...path, i];
        ctx.report('unknown-rumour', at, `${ctx.name(path.slice(0, -1))} rebuts "${rumour}", which is no rumour.${didYouMean(rumour, rumours)}`);
      });
    beat.answers?.forEach((answer, i) => rebuts(answer.rebuts, ['beats', id, 'answers', i, 'rebuts']));
    if (beat.free_text) rebuts(beat.free_text.rebuts, ['beats', id, 'free_text', 'rebuts']);
  }
  forEachCondition(s, (atom, path) => {
    if ('rumour' in atom && !rumours.includes(atom.rumour.id)) {
      ctx.report(
        'unknown-rumour',
        [...path, 'rumour', 'id'],
        `${ctx.name(path)} tests the rumour "${atom.rumour.id}", which is no rumour.${didYouMean(atom.rumour.id, rumours)}`,
      );
    }
  });
  s.rumours.forEach((rumour, r) =>
    rumour.countered_by?.forEach((fact, i) => {
      if (!facts.includes(fact)) {
        ctx.report(
          'unknown-fact',
          ['rumours', r, 'countered_by', i],
          `rumour "${rumour.id}" is countered by "${fact}", which is not a fact of the briefing.${didYouMean(fact, facts)}`,
        );
      }
    }),
  );
}

function checkSkills(ctx: CheckContext): void {
  const s = ctx.scenario;
  const assessed = new Set(s.skills);
  const known = (skill: string, path: Path, what: string, anchor: 'key' | 'value' = 'value'): boolean => {
    if (isSkillId(skill)) return true;
    ctx.report('unknown-skill', path, `${what} "${skill}", which is not a skill.${didYouMean(skill, SKILL_IDS)}`, {
      anchor,
      hint: `the skills are ${SKILL_IDS.join(', ')}`,
    });
    return false;
  };
  const use = (skill: string, path: Path, what: string, anchor: 'key' | 'value' = 'value') => {
    if (!known(skill, path, what, anchor)) return;
    if (!assessed.has(skill)) {
      ctx.report('skill-not-assessed', path, `${what} "${skill}", which this scenario does not assess: add it to "skills" or remove it`, { anchor });
    }
  };
  s.skills.forEach((skill, i) => known(skill, ['skills', i], '"skills" lists'));
  for (const skill of Object.keys(s.weights ?? {})) use(skill, ['weights', skill], '"weights" gives a weight to', 'key');
  for (const [id, beat] of Object.entries(s.beats)) {
    beat.answers?.forEach((answer, i) => {
      for (const skill of Object.keys(answer.effects))
        use(skill, ['beats', id, 'answers', i, 'effects', skill], `answer ${i + 1} of beat "${id}" gives points on`, 'key');
    });
    beat.free_text?.rubric.forEach((line, i) =>
      use(line.skill, ['beats', id, 'free_text', 'rubric', i, 'skill'], `rubric line ${i + 1} of beat "${id}" gives points on`),
    );
    for (const skill of Object.keys(beat.on_timeout?.effects ?? {}))
      use(skill, ['beats', id, 'on_timeout', 'effects', skill], `the timeout of beat "${id}" gives points on`, 'key');
  }
  forEachCondition(s, (atom, path) => {
    if ('score' in atom && 'skill' in atom.score) use(atom.score.skill, [...path, 'score', 'skill'], `${ctx.name(path)} tests the score on`);
  });
}

function checkLanguages(ctx: CheckContext): void {
  const languages = ctx.scenario.languages;
  const list = languages.join(', ');
  forEachText(ctx.scenario, (text, path) => {
    if (typeof text === 'string') {
      if (languages.length > 1) {
        ctx.report(
          'missing-language',
          path,
          `${ctx.name(path)} is a single text, but the scenario has ${languages.length} languages (${list}): write one text per language, like { ${languages.map((l) => `${l}: "…"`).join(', ')} }`,
        );
      }
      return;
    }
    const written = Object.keys(text);
    const extra = written.filter((l) => !languages.includes(l));
    for (const language of languages) {
      const value = text[language];
      if (value !== undefined && value.trim() !== '') continue;
      const empty = value !== undefined;
      ctx.report(
        'missing-language',
        empty ? [...path, language] : path,
        `${ctx.name(path)} has ${empty ? 'an empty' : 'no'} "${language}" text: every text needs ${list}.${empty ? '' : didYouMean(language, extra)}`,
      );
    }
    for (const language of extra) {
      ctx.report(
        'extra-language',
        [...path, language],
        `${ctx.name(path)} has a "${language}" text, but "languages" lists only ${list}: it will never be shown`,
        { anchor: 'key' },
      );
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
