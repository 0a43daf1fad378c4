// The participant's phone: join a room with its code (and a name, or none), then follow the drill:
// vote on the option the trainee should choose, rate a typed answer, send a question, and take the
// before/after discernment check. Everything arrives over the room server's Socket.IO channel; a
// vote not yet confirmed is sent again after a reconnection (the server counts it once).
import { io, type Socket } from 'socket.io-client';
import type { Text } from '../core/scenario/schema.ts';
import { SKILL_IDS, SKILL_NAMES, type SkillId } from '../core/skills.ts';
import { createI18n } from '../i18n/i18n.ts';
import { addNamespace } from '../i18n/resources.ts';
import { isLanguage, type Language } from '../i18n/languages.ts';
import { resolveText } from '../i18n/resolveText.ts';
import type { Ack, PollForPhone, PublishedForPhone, PublishedPoll, Tally, UnpublishedPoll } from '../room/protocol.ts';
import { h } from '../ui/dom.ts';
import { loadCredentials, saveCredentials, type Credentials } from './credentials.ts';
import '@fontsource/be-vietnam-pro/latin-400.css';
import '@fontsource/be-vietnam-pro/latin-700.css';
import '@fontsource/be-vietnam-pro/vietnamese-400.css';
import '@fontsource/be-vietnam-pro/vietnamese-700.css';
import './phone.css';
import { otherLanguage } from '../i18n/languages.ts';

interface CheckItem {
  id: string;
  skill: SkillId;
  prompt: Text;
  answers: [Text, Text];
  flawChoices: SkillId[];
}

const params = new URLSearchParams(location.search);
const storedLang = localStorage.getItem('podium.phone.lang');
let lang: Language = isLanguage(params.get('lang'))
  ? (params.get('lang') as Language)
  : isLanguage(storedLang)
    ? storedLang
    : navigator.language.startsWith('vi')
      ? 'vi'
      : 'en';
const i18n = createI18n(lang);
addNamespace(i18n, 'phone', import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/phone.json', { eager: true }));
const t = (k: string, o?: Record<string, unknown>) => i18n.t(`phone:${k}`, o);

const root = h('main', { id: 'phone' });
const header = h('header');
document.body.append(header, root);

let socket: Socket | null = null;
let code = (params.get('code') ?? '').toUpperCase();
let creds: Credentials | null = code ? loadCredentials(code) : null;
/** The session's title as the console gave it: one text, or one per language. */
let title: Text = '';
let poll: PollForPhone | null = null;
let myChoice: number | null = null;
let myStars: number | null = null;
let mySkill: SkillId | null = null;
let sent = false;
/** The results the facilitator published (the same as on the projector), if any. */
let published: PublishedPoll | null = null;
/** The published results opened in full above the next vote (they are short there otherwise). */
let expandedResults: string | null = null;
/** The published results the phone last brought on screen (once each, not at every redraw). */
let scrolledTo: string | null = null;
/** This phone's own vote and rating per poll, to mark them in the published results. */
const mine = new Map<string, { choice: number | null; stars: number | null }>();
let checkPhase: 'before' | 'after' | null = null;
let checkItems: CheckItem[] = [];
let answered = new Set<string>();
let pendingCheckChoice: number | null = null;
let status: { text: string; error: boolean } | null = null;
let online = true;

function skillName(s: SkillId): string {
  return SKILL_NAMES[s][lang];
}

function setStatus(text: string | null, error = false): void {
  status = text === null ? null : { text, error };
  render();
}

function refusal(error: string): string {
  return t(`refused.${error}`, { defaultValue: t('refused.server-error') });
}

async function send<T extends object>(event: string, payload: unknown): Promise<Ack<T> | null> {
  if (!socket?.connected) return null;
  try {
    return (await socket.timeout(8000).emitWithAck(event, payload)) as Ack<T>;
  } catch {
    return null;
  }
}

function connect(): void {
  socket?.close();
  const auth: Record<string, unknown> = { role: 'participant', code };
  if (creds) Object.assign(auth, { participantId: creds.participantId, token: creds.token });
  socket = io({ auth, transports: ['websocket', 'polling'] });
  socket.on('connect', () => {
    online = true;
    void refresh();
  });
  socket.on('disconnect', () => {
    online = false;
    render();
  });
  socket.on('connect_error', (e: Error) => {
    if (e.message === 'unknown-session') {
      socket?.close();
      socket = null;
      creds = null;
      setStatus(t('refused.unknown-session'), true);
      return;
    }
    online = false;
    render();
  });
  socket.on('poll', (p: PollForPhone) => {
    poll = p;
    myChoice = null;
    myStars = null;
    mySkill = null;
    sent = false;
    status = null;
    render();
  });
  socket.on('pollClosed', ({ id }: { id: string }) => {
    if (poll?.id === id) poll = null;
    render();
  });
  socket.on('reveal', (r: PublishedPoll | UnpublishedPoll) => {
    if (r.revealed) published = r;
    else if (published?.pollId === r.pollId) published = null;
    else return;
    render();
  });
  // Ratings still coming in after the results were published.
  socket.on('tally', (t: Tally) => {
    if (published && t.pollId === published.pollId && t.version >= published.tally.version) {
      published = { ...published, tally: t };
      render();
    }
  });
  socket.on('check', ({ phase }: { phase: 'before' | 'after' | null }) => {
    checkPhase = phase;
    void loadCheck();
  });
}

async function refresh(): Promise<void> {
  const state = await send<{
    joined: boolean;
    title: Text;
    poll: PollForPhone | null;
    checkPhase: 'before' | 'after' | null;
    published: PublishedForPhone | null;
  }>('state', {});
  if (!state?.ok) return render();
  title = state.title;
  if (state.published) {
    const { mine: own, ...shown } = state.published;
    published = shown;
    // What the server kept of this phone's vote, unless the phone knows a newer one.
    if (!mine.has(shown.pollId)) mine.set(shown.pollId, own);
  } else published = null;
  if (!state.joined) creds = null;
  if (state.poll?.id !== poll?.id) {
    poll = state.poll;
    myChoice = null;
    sent = false;
  } else if (poll && myChoice !== null && !sent) {
    // A vote made while the phone was off line goes now; the server counts it once.
    void vote(myChoice);
  }
  checkPhase = state.checkPhase;
  if (checkPhase) await loadCheck();
  render();
}

async function join(name: string | null): Promise<void> {
  const r = await send<{ participantId: string; token: string | null }>('join', { name });
  if (!r) return setStatus(t('offline'), true);
  if (!r.ok) return setStatus(refusal(r.error), true);
  if (r.token) {
    creds = { participantId: r.participantId, token: r.token, name };
    saveCredentials(code, creds);
    // Reconnect with the credentials so a dropped connection comes back as the same participant.
    connect();
  }
  render();
}

async function vote(choice: number): Promise<void> {
  if (!poll) return;
  myChoice = choice;
  sent = false;
  render();
  const pollId = poll.id;
  const r = await send('vote', { pollId, choice });
  if (r?.ok) {
    mine.set(pollId, { choice, stars: null });
    sent = true;
    status = { text: t('voted'), error: false };
  } else if (r) status = { text: refusal(r.error), error: true };
  render();
}

async function rate(): Promise<void> {
  if (!poll || myStars === null) return;
  const pollId = poll.id;
  const stars = myStars;
  const r = await send('rate', { pollId, stars, skill: mySkill });
  sent = !!r?.ok;
  if (r?.ok) mine.set(pollId, { choice: null, stars });
  setStatus(r?.ok ? t('rated') : refusal(r ? (r as { error: string }).error : 'server-error'), !r?.ok);
}

async function ask(text: string, box: HTMLTextAreaElement): Promise<void> {
  const r = await send('ask', { text });
  if (r?.ok) {
    box.value = '';
    setStatus(t('asked'));
  } else setStatus(r ? refusal((r as { error: string }).error) : t('offline'), true);
}

async function loadCheck(): Promise<void> {
  if (!checkPhase) {
    checkItems = [];
    return render();
  }
  const r = await send<{ items: CheckItem[]; answered: string[]; phase: 'before' | 'after' }>('checkItems', {});
  if (r?.ok) {
    checkItems = r.items;
    answered = new Set(r.answered);
  }
  pendingCheckChoice = null;
  render();
}

async function answerCheck(item: CheckItem, flaw: SkillId): Promise<void> {
  if (pendingCheckChoice === null || !checkPhase) return;
  const r = await send('checkAnswer', { phase: checkPhase, itemId: item.id, choice: pendingCheckChoice, flaw });
  if (r?.ok) {
    answered.add(item.id);
    pendingCheckChoice = null;
    status = null;
  } else status = { text: r ? refusal((r as { error: string }).error) : t('offline'), error: true };
  render();
}

// ---- views -----------------------------------------------------------------------------------
function renderHeader(): void {
  const other: Language = otherLanguage(lang);
  const toggle = h('button', { type: 'button', lang: other, 'aria-label': t('switchLanguage') }, other.toUpperCase());
  toggle.addEventListener('click', () => {
    lang = other;
    localStorage.setItem('podium.phone.lang', lang);
    void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
    render();
  });
  // In the phone's language, whatever language the facilitator works in (the other one if missing).
  const shown = resolveText(title, lang);
  header.replaceChildren(h('h1', {}, shown ? `Podium · ${shown}` : 'Podium'), toggle);
}

function joinView(): HTMLElement {
  const codeBox = h('input', {
    type: 'text',
    class: 'code',
    id: 'code',
    maxlength: 6,
    autocomplete: 'off',
    inputmode: 'text',
    value: code,
    'aria-label': t('code'),
  }) as HTMLInputElement;
  const nameBox = h('input', { type: 'text', id: 'name', maxlength: 60, autocomplete: 'nickname' }) as HTMLInputElement;
  const anonymous = h('input', { type: 'checkbox', id: 'anonymous' }) as HTMLInputElement;
  const go = h('button', { type: 'submit', class: 'primary' }, t('join'));
  const form = h(
    'form',
    {},
    h('h2', {}, t('welcome')),
    h('label', { for: 'code' }, t('code')),
    codeBox,
    h('label', { for: 'name' }, t('name')),
    nameBox,
    h('label', { for: 'anonymous' }, anonymous, ' ', t('anonymous')),
    go,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const entered = codeBox.value.trim().toUpperCase();
    if (!/^[A-HJ-NP-Z2-9]{6}$/.test(entered)) return setStatus(t('badCode'), true);
    const name = anonymous.checked ? null : nameBox.value.trim() || null;
    if (entered !== code || !socket) {
      code = entered;
      creds = loadCredentials(code);
      history.replaceState(null, '', `?code=${code}`);
      connect();
    }
    const wait = () => (socket?.connected ? void join(name) : setTimeout(wait, 100));
    wait();
  });
  return form;
}

function pollView(p: PollForPhone): HTMLElement {
  const box = h('section', { 'aria-live': 'polite' }, h('p', { class: 'prompt' }, resolveText(p.prompt as Text, lang)));
  if (p.kind === 'choice') {
    box.prepend(h('h2', {}, t('whichWouldYou')));
    const options = h('div', { class: 'options' });
    p.options.forEach((o, i) => {
      const b = h('button', { type: 'button', 'aria-pressed': String(myChoice === i) }, `${i + 1}. ${resolveText(o as Text, lang)}`);
      b.addEventListener('click', () => void vote(i));
      options.append(b);
    });
    box.append(options);
  } else {
    box.prepend(h('h2', {}, t('rateAnswer')));
    const stars = h('div', { class: 'stars', role: 'group', 'aria-label': t('stars') });
    for (let s = 1; s <= 5; s++) {
      const b = h('button', { type: 'button', 'aria-pressed': String(myStars === s), 'aria-label': t('starsN', { count: s }) }, '★'.repeat(s));
      b.addEventListener('click', () => {
        myStars = s;
        render();
      });
      stars.append(b);
    }
    const chips = h('div', { class: 'chips', role: 'group', 'aria-label': t('bestSkill') });
    for (const s of SKILL_IDS) {
      const b = h('button', { type: 'button', 'aria-pressed': String(mySkill === s) }, skillName(s));
      b.addEventListener('click', () => {
        mySkill = mySkill === s ? null : s;
        render();
      });
      chips.append(b);
    }
    const go = h('button', { type: 'button', class: 'primary', disabled: myStars === null }, sent ? t('sendAgain') : t('send'));
    go.addEventListener('click', () => void rate());
    box.append(stars, h('label', {}, t('bestSkill')), chips, go);
  }
  return box;
}

/**
 * The published results in this phone's language: the room's tally, this phone's own vote, the
 * trainee's choice, the best answer when shown. Compact (one line per option, above the vote) when
 * they arrive with the next question already open: published once the trainee has answered, they
 * come just as the next vote opens, and below its options they were off the screen.
 */
function resultsView(r: PublishedPoll, compact = false): HTMLElement {
  const box = resultsCard(r, compact);
  // Above the next vote: open in full or short again, and a word that the new question is below.
  if (poll && poll.id !== r.pollId) {
    const toggle = h('button', { type: 'button', class: 'more', 'aria-expanded': String(!compact) }, t(compact ? 'results.more' : 'results.less'));
    toggle.addEventListener('click', () => {
      expandedResults = compact ? r.pollId : null;
      render();
    });
    box.classList.add('above');
    box.append(toggle, h('p', { class: 'next-below' }, `${t('results.nextBelow')} ↓`));
  }
  return box;
}

function resultsCard(r: PublishedPoll, compact: boolean): HTMLElement {
  const own = mine.get(r.pollId) ?? { choice: null, stars: null };
  const total = r.tally.total;
  const share = (n: number) => (total ? Math.round((100 * n) / total) : 0);
  const heading = h('h2', {}, t(r.kind === 'rating' ? 'results.ratedTitle' : 'results.title', { n: r.seq, count: total }));
  const box = h('section', { class: compact ? 'results compact' : 'results', 'aria-live': 'polite', 'data-poll': r.pollId }, heading);
  if (!compact) box.append(h('p', { class: 'prompt' }, resolveText(r.prompt as Text, lang)));
  const row = (label: string, n: number, marks: string[], classes: string) => {
    const bar = h('div', { class: 'bar', role: 'presentation' });
    bar.style.setProperty('--share', String(total ? n / total : 0));
    return h(
      'li',
      { class: classes },
      h('span', { class: 'option' }, label),
      bar,
      h('span', { class: 'count' }, t('results.count', { count: n, percent: share(n) })),
      marks.length ? h('span', { class: 'marks' }, marks.join(' · ')) : null,
    );
  };
  if (r.kind === 'rating') {
    const stars = r.tally.stars ?? [0, 0, 0, 0, 0];
    const rows = stars.map((n, i) => row('★'.repeat(i + 1), n, own.stars === i + 1 ? [t('results.yours')] : [], own.stars === i + 1 ? 'mine' : '')).reverse();
    box.append(h('ol', { class: 'tally' }, ...rows));
    return box;
  }
  const rows = r.options.map((o, i) => {
    const marks = [
      own.choice === i ? t('results.yours') : null,
      i === r.traineeChoice ? t('results.trainee') : null,
      i === r.best ? t('results.best') : null,
    ].filter((m): m is string => m !== null);
    const classes = [own.choice === i ? 'mine' : '', i === r.best ? 'best' : ''].join(' ').trim();
    return row(`${i + 1}. ${resolveText(o as Text, lang)}`, r.tally.counts[i] ?? 0, marks, classes);
  });
  box.append(h('ol', { class: 'tally' }, ...rows));
  // Without the mark, say why: the room sees feedback only when the facilitator allows it.
  if (r.best === null) box.append(h('p', { class: 'note' }, t('results.bestLater')));
  return box;
}

function askView(): HTMLElement {
  const box = h('textarea', { id: 'ask', rows: 3, maxlength: 280 }) as HTMLTextAreaElement;
  const go = h('button', { type: 'button' }, t('sendQuestion'));
  go.addEventListener('click', () => {
    const text = box.value.trim();
    if (text.length >= 3) void ask(text, box);
  });
  return h('section', {}, h('label', { for: 'ask' }, t('askLabel')), box, go);
}

function checkView(): HTMLElement {
  const left = checkItems.filter((i) => !answered.has(i.id));
  const heading = h('h2', {}, checkPhase === 'before' ? t('checkBefore') : t('checkAfter'));
  const item = left[0];
  if (!item) return h('section', {}, heading, h('p', {}, checkItems.length ? t('checkDone') : t('checkEmpty')));
  const n = checkItems.length - left.length + 1;
  const box = h(
    'section',
    {},
    heading,
    h('p', { class: 'progress' }, t('itemOf', { n, total: checkItems.length })),
    h('p', { class: 'prompt' }, resolveText(item.prompt, lang)),
  );
  box.append(h('p', {}, t('whichWouldYouSay')));
  const options = h('div', { class: 'options' });
  item.answers.forEach((a, i) => {
    const b = h(
      'button',
      { type: 'button', class: 'check-answer', 'aria-pressed': String(pendingCheckChoice === i) },
      `${i === 0 ? 'A' : 'B'}. ${resolveText(a, lang)}`,
    );
    b.addEventListener('click', () => {
      pendingCheckChoice = i;
      render();
    });
    options.append(b);
  });
  box.append(options);
  if (pendingCheckChoice !== null) {
    box.append(h('p', {}, t('whatIsWrong')));
    const chips = h('div', { class: 'chips' });
    for (const s of item.flawChoices) {
      const b = h('button', { type: 'button' }, skillName(s));
      b.addEventListener('click', () => void answerCheck(item, s));
      chips.append(b);
    }
    box.append(chips);
  }
  return box;
}

function render(): void {
  document.documentElement.lang = lang;
  document.title = t('documentTitle');
  renderHeader();
  const parts: HTMLElement[] = [];
  if (!creds) parts.push(joinView());
  else if (checkPhase) parts.push(checkView());
  else if (poll && published && published.pollId !== poll.id)
    // An earlier question's results with the next vote open: above the vote, short unless opened.
    parts.push(resultsView(published, expandedResults !== published.pollId), pollView(poll), askView());
  else if (poll) parts.push(pollView(poll), ...(published ? [resultsView(published)] : []), askView());
  else if (published) parts.push(resultsView(published), askView());
  else parts.push(h('section', {}, h('h2', {}, creds.name ? t('inAs', { name: creds.name }) : t('inAnonymous')), h('p', {}, t('waiting'))), askView());
  if (status) parts.push(h('p', { class: `status${status.error ? ' error' : ''}`, role: 'status' }, status.text));
  if (!online && socket) parts.push(h('p', { class: 'offline', role: 'status' }, t('reconnecting')));
  root.replaceChildren(...parts);
  // Results just published: their heading on the screen, wherever the phone was scrolled to.
  const shown = published ? root.querySelector<HTMLElement>(`.results[data-poll="${published.pollId}"]`) : null;
  if (shown && published && scrolledTo !== published.pollId) {
    scrolledTo = published.pollId;
    const top = shown.getBoundingClientRect().top;
    if (top < 0 || top > window.innerHeight - 80) shown.scrollIntoView({ block: 'start' });
  }
}

if (code && creds) connect();
render();
