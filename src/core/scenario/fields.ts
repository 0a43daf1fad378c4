// What each key of the format means, in an instructor's words. One table serves the checker's
// messages ("beat "q-open" has no "time_limit": every beat needs one (seconds, 5 to 600)") and the
// descriptions of the JSON Schema that editors show while typing, so the two never disagree.
import type { z } from 'zod';
import { SKILL_IDS } from '../skills.ts';
import {
  AnswerSchema,
  BeatSchema,
  BranchSchema,
  BriefingSchema,
  EndingSchema,
  EventSchema,
  FactSchema,
  FreeTextSchema,
  KeyMessageSchema,
  ReachSchema,
  ReporterSchema,
  RumourSchema,
  ScenarioSchema,
  TimeoutSchema,
} from './schema.ts';

export type Kind =
  | 'scenario'
  | 'briefing'
  | 'fact'
  | 'key-message'
  | 'reporter'
  | 'rumour'
  | 'reach'
  | 'escalation'
  | 'event'
  | 'beat'
  | 'answer'
  | 'free-text'
  | 'rubric-line'
  | 'timeout'
  | 'branch'
  | 'ending'
  | 'condition'
  | 'score'
  | 'rumour-state'
  | 'time';

interface KindInfo {
  /** "every beat needs one" */
  noun: string;
  title: string;
  description: string;
  fields: Record<string, string>;
}

const TEXT = 'a text: one entry per language, like { vi: "…", en: "…" }';
const NEXT = 'where the drill goes next: a beat id, the word end, or a list of branches { if: condition, goto: beat id } whose last branch has no "if"';
const EFFECTS = `points per skill, each a whole number from -10 to 10, like { accuracy: 2, composure: -1 }; only skills listed in "skills"`;
const FLAGS = 'flag names (words) that conditions can test with { flag: NAME }';
const REBUTS = 'the id of a rumour this answer counters, or a list of ids';
const SKILL = `a skill id: ${SKILL_IDS.join(', ')}`;
const PHRASES = 'phrases to look for (case, accents and extra spaces are ignored; whole words)';

export const KINDS: Record<Kind, KindInfo> = {
  scenario: {
    noun: 'scenario',
    title: 'Podium scenario (format 1)',
    description: 'One press conference: briefing, reporters, rumours, timed events, beats (questions) and endings.',
    fields: {
      format: 'the format version: 1',
      id: 'the scenario id: lower-case words joined by hyphens, unique among the loaded scenarios, like flood-dam-rumour',
      languages: 'language codes; every text in the file has one entry per code, like [vi, en]',
      title: `the scenario's title; ${TEXT}`,
      summary: `one or two sentences shown in the menu; ${TEXT}`,
      difficulty: '1 easy, 2 medium, 3 hard (default 2)',
      duration: 'seconds, 60 to 7200: the conference clock; when it runs out the conference ends',
      skills: `the skills this scenario assesses, from: ${SKILL_IDS.join(', ')}`,
      weights: '{ skill: number } for the overall score; a skill not named weighs 1',
      briefing: 'what the spokesperson reads before the conference: situation, facts, key_messages, sensitive',
      reporters: 'the reporters who ask the questions (a list)',
      rumours: 'rumours that spread on the simulated social feed (a list)',
      events: 'timed injects: breaking news, posts, calls, private notes (a list)',
      start: 'the id of the first beat',
      beats: 'the questions: a map from beat id to beat',
      endings: 'ordered list of endings; the first whose "when" holds is shown; the last has no "when"',
    },
  },
  briefing: {
    noun: 'briefing',
    title: 'Briefing',
    description: 'What the spokesperson reads before the conference starts.',
    fields: {
      situation: `what has happened; ${TEXT}`,
      facts: 'the facts the spokesperson knows: a list of { id, status, text }',
      key_messages: 'the messages to get across: a list of { id, text }',
      sensitive: 'topics on which to refer to the official position: a list of texts',
    },
  },
  fact: {
    noun: 'fact',
    title: 'Fact',
    description: 'A fact the spokesperson knows, with how sure it is.',
    fields: {
      id: 'the fact id (letters, digits, "-" or "_"), used by a rumour\'s countered_by',
      status: 'confirmed, unconfirmed or confidential',
      text: `the fact; ${TEXT}`,
    },
  },
  'key-message': {
    noun: 'key message',
    title: 'Key message',
    description: 'A message the spokesperson should get across.',
    fields: { id: 'the key message id (letters, digits, "-" or "_")', text: `the message; ${TEXT}` },
  },
  reporter: {
    noun: 'reporter',
    title: 'Reporter',
    description: 'A reporter who asks questions.',
    fields: {
      id: 'the reporter id (letters, digits, "-" or "_"), used by a beat\'s reporter',
      name: 'the name shown on screen',
      outlet: `the newspaper, channel or page; ${TEXT}`,
      stance: 'friendly, neutral or hostile',
      kind: 'domestic, foreign or social',
      portrait: 'optional picture key',
    },
  },
  rumour: {
    noun: 'rumour',
    title: 'Rumour',
    description: 'A false or unverified claim that spreads on the social feed until it is countered.',
    fields: {
      id: 'the rumour id (letters, digits, "-" or "_"), used by answers\' rebuts and by conditions',
      text: `the post as it appears on the feed; ${TEXT}`,
      author: 'who posts it, like "@tinnong24h"',
      appears_at: 'seconds after the start when it appears',
      reach: 'how it spreads: { start, doubling, peak }',
      countered_by: 'ids of the briefing facts a rebuttal should rest on (only the checker reads them)',
      escalate: 'when its reach passes at_reach, the beat goto comes next: { at_reach, goto }',
    },
  },
  reach: {
    noun: 'reach',
    title: 'Rumour reach',
    description: 'The reach starts at start, doubles every doubling seconds and stops at peak.',
    fields: {
      start: 'people reached when it appears (a whole number, at least 1)',
      doubling: 'seconds for the reach to double (at least 1)',
      peak: 'the most people it can reach (a whole number, at least 1)',
    },
  },
  escalation: {
    noun: 'escalation',
    title: 'Escalation',
    description: 'When the rumour reaches at_reach people, the beat goto comes next (once).',
    fields: { at_reach: 'the reach that triggers it (a whole number)', goto: 'the id of the beat that comes next' },
  },
  event: {
    noun: 'event',
    title: 'Timed event',
    description: 'Something that happens at a set time: on the feed or ticker, as a call, or as a private note.',
    fields: {
      id: 'optional event id (letters, digits, "-" or "_"), so that the facilitator can inject it',
      at: 'seconds after the start',
      kind: 'breaking, post, call or note',
      text: `what it says; ${TEXT}`,
      from: 'optional: who posts or calls: a name (the same in every language) or a text per language, like { vi: Sở Y tế, en: Health Department }',
      goto: 'optional: the id of the beat that comes next after the current one',
    },
  },
  beat: {
    noun: 'beat',
    title: 'Beat',
    description: 'One question (or statement to react to) with its answers.',
    fields: {
      reporter: 'the id of the reporter who asks',
      ask: `the question; ${TEXT}`,
      time_limit: 'seconds to respond, 5 to 600',
      answers: '2 to 5 choices: { text, effects, rebuts, set, unset, feedback, critical, critical_reason, next }',
      free_text: 'the trainee types or speaks an answer, scored by a rubric: { rubric, max_words, rebuts, set, next }',
      on_timeout: "what silence does: { effects, set, feedback, next }; if absent, silence follows the first answer's next and costs 1 timeliness point",
    },
  },
  answer: {
    noun: 'answer',
    title: 'Answer',
    description: 'A choice the trainee can pick.',
    fields: {
      text: `what the spokesperson says; ${TEXT}`,
      effects: EFFECTS,
      rebuts: REBUTS,
      set: FLAGS,
      unset: FLAGS,
      feedback: `why this answer helps or hurts, shown in the debrief; ${TEXT}`,
      critical:
        "true when this answer is a critical error (a secret disclosed, the state's position contradicted, figures invented): the overall score is capped at 50 and the debrief names it first",
      critical_reason: `what the critical error is, named first in the debrief (else the feedback is shown); ${TEXT}`,
      next: NEXT,
    },
  },
  'free-text': {
    noun: 'free-text answer',
    title: 'Free-text answer',
    description: 'The trainee types (or speaks) an answer; rubric lines give points for phrases.',
    fields: {
      rubric: 'lines { skill, points, any: [phrases] } or { skill, points, all: [phrases] }, each with optional unless: [phrases] and feedback',
      max_words: 'the most words the answer may have (1 to 1000)',
      rebuts: REBUTS,
      set: FLAGS,
      model_answer: `a good answer shown in the debrief; ${TEXT}`,
      feedback: `shown in the debrief; ${TEXT}`,
      next: NEXT,
    },
  },
  'rubric-line': {
    noun: 'rubric line',
    title: 'Rubric line',
    description: 'Points on a skill when the typed answer contains any (or all) of the phrases.',
    fields: {
      skill: SKILL,
      points: 'a whole number from -10 to 10',
      any: `${PHRASES}: the line matches when one of them is there`,
      all: `${PHRASES}: the line matches when all of them are there`,
      unless: `${PHRASES}: a match does not count when one of them is in the same clause (sentence part)`,
      feedback: `what this line rewards or penalises, shown in the debrief; ${TEXT}`,
    },
  },
  timeout: {
    noun: 'timeout',
    title: 'Timeout',
    description: 'What happens when the time limit runs out without an answer.',
    fields: { effects: EFFECTS, set: FLAGS, feedback: `shown in the debrief; ${TEXT}`, next: NEXT },
  },
  branch: {
    noun: 'branch',
    title: 'Branch',
    description: 'Go to goto when the condition if holds; the last branch has no if.',
    fields: { if: 'a condition, like { flag: evasive }', goto: 'a beat id or the word end' },
  },
  ending: {
    noun: 'ending',
    title: 'Ending',
    description: 'How the conference ends; the first ending whose when holds is shown.',
    fields: {
      id: 'the ending id (letters, digits, "-" or "_")',
      when: 'a condition; the last ending has none',
      text: `what happens afterwards; ${TEXT}`,
    },
  },
  condition: {
    noun: 'condition',
    title: 'Condition',
    description: 'One of: flag, score, rumour, visited, time, or all / any / not around other conditions.',
    fields: {
      flag: 'true when this flag is set',
      score: '{ skill, at_least } or { skill, below } on raw points, or { total_at_least } on the 0-100 overall score',
      rumour: '{ id, is } where is is dormant, spreading, rebutted or peaked',
      visited: 'true when this beat was already asked',
      time: '{ after: seconds } or { before: seconds }',
      all: 'a list of conditions that must all hold',
      any: 'a list of conditions of which one must hold',
      not: 'a condition that must not hold',
    },
  },
  score: {
    noun: 'score condition',
    title: 'Score condition',
    description: '{ skill, at_least } or { skill, below } on raw points, or { total_at_least } on the 0-100 overall score.',
    fields: {
      skill: SKILL,
      at_least: 'true when the raw points are at least this',
      below: 'true when the raw points are below this',
      total_at_least: 'true when the overall score (0 to 100) is at least this',
    },
  },
  'rumour-state': {
    noun: 'rumour condition',
    title: 'Rumour condition',
    description: 'True when the rumour is in the given state.',
    fields: { id: 'a rumour id', is: 'dormant, spreading, rebutted or peaked' },
  },
  time: {
    noun: 'time condition',
    title: 'Time condition',
    description: 'Seconds since the start.',
    fields: { after: 'true after this many seconds', before: 'true before this many seconds' },
  },
};

/** The zod object behind each kind that has one (for known keys and the JSON Schema). */
export const KIND_SCHEMAS: Partial<Record<Kind, z.ZodObject>> = {
  scenario: ScenarioSchema,
  briefing: BriefingSchema,
  fact: FactSchema,
  'key-message': KeyMessageSchema,
  reporter: ReporterSchema,
  rumour: RumourSchema,
  reach: ReachSchema,
  event: EventSchema,
  beat: BeatSchema,
  answer: AnswerSchema,
  'free-text': FreeTextSchema,
  timeout: TimeoutSchema,
  branch: BranchSchema,
  ending: EndingSchema,
};

/** The keys a kind accepts (from the schema where there is one). */
export function knownKeys(kind: Kind): string[] {
  const schema = KIND_SCHEMAS[kind];
  return schema ? Object.keys(schema.shape) : Object.keys(KINDS[kind].fields);
}

export function fieldHelp(kind: Kind, key: string): string | undefined {
  return KINDS[kind].fields[key];
}
