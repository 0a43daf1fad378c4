// Every answer kind (core/answers/registry.ts) has all its pieces: its part of the beat schema,
// its log entry's schema, its checks, and its views in the debrief and on the console. A kind
// added to the registry without one of them fails here, not in a trainee's drill.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONSOLE_ANSWER_DATA } from '../src/app/live/answers/registry.ts';
import { CONSOLE_ANSWER_VIEWS } from '../src/console/answers/registry.ts';
import { ANSWER_CHECKS } from '../src/core/answers/checks.ts';
import { ANSWER_FIELDS } from '../src/core/answers/fields.ts';
import { ANSWER_ENTRY_SCHEMAS, ANSWER_KINDS } from '../src/core/answers/registry.ts';
import { BeatSchema } from '../src/core/scenario/schema.ts';
import { DEBRIEF_ANSWER_VIEWS } from '../src/ui/debrief/answers/registry.ts';

const ids = ANSWER_KINDS.map((k) => k.id);
const distinct = (values: readonly string[]) => new Set(values).size === values.length;

describe('answer kinds', () => {
  it('each writes its own beat key, in the schema of a beat', () => {
    expect(ANSWER_KINDS.map((k) => k.key)).toEqual(Object.keys(ANSWER_FIELDS));
    for (const kind of ANSWER_KINDS) expect(Object.keys(BeatSchema.shape), kind.id).toContain(kind.key);
  });

  it('each has its log entry schema, and names of its own in the machine, the log and the turn', () => {
    const entryTypes = ANSWER_ENTRY_SCHEMAS.map((s) => String(s.def.shape.type.def.values[0]));
    expect(entryTypes).toEqual(ANSWER_KINDS.map((k) => k.entry));
    for (const names of [ids, entryTypes, ANSWER_KINDS.map((k) => k.event), ANSWER_KINDS.map((k) => k.turn)]) expect(distinct(names), names.join()).toBe(true);
    const machineNames = ANSWER_KINDS.flatMap((k) => [k.machine.guard, k.machine.action]);
    expect(distinct(machineNames), machineNames.join()).toBe(true);
  });

  it('each has its own checks', () => {
    expect(ANSWER_CHECKS.map((c) => c.kind)).toEqual(ids);
  });

  it('each has its label worded in both languages where the console and the studio name it', () => {
    expect(distinct(ANSWER_KINDS.map((k) => k.label))).toBe(true);
    for (const lang of ['en', 'vi']) {
      const locale = (ns: string) => JSON.parse(readFileSync(new URL(`../locales/${lang}/${ns}.json`, import.meta.url), 'utf8'));
      const timeline = locale('console').timeline;
      const map = locale('studio').map;
      for (const kind of ANSWER_KINDS) {
        expect(timeline[kind.label], `${lang} console:timeline.${kind.label}`).toBeTruthy();
        // Numbered kinds are listed as "answers 1, 3" (studio:map.answers).
        expect(map[kind.numbered ? 'answers' : kind.label], `${lang} studio:map.${kind.label}`).toBeTruthy();
      }
    }
  });

  it('each is shown in the debrief and on the console', () => {
    expect(DEBRIEF_ANSWER_VIEWS.map((v) => v.kind)).toEqual(ids);
    expect(CONSOLE_ANSWER_DATA.map((v) => v.kind)).toEqual(ids);
    expect(CONSOLE_ANSWER_VIEWS.map((v) => v.kind)).toEqual(ids);
  });
});
