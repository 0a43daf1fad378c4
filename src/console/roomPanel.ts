// The console's Room panel (issue 14), added through the console's panel list: when the app is
// served by the room server, the facilitator sees how many phones joined, the live vote on the
// question being asked (the room does not see it until revealed), the ratings of typed answers,
// the questions the room sent (one click puts it to the trainee as a live reporter question),
// the before/after check and its class report, and the results as CSV.
import { fetchRoomKey } from '../app/room/roomKey.ts';
import { connectRoom, type RoomLink, type RoomPoll, type RoomState } from '../app/room/roomLink.ts';
import { sessionTitles } from '../app/room/sessionTitle.ts';
import type { ChangeSummary, ClassReport } from '../core/room/classReport.ts';
import type { Text } from '../core/scenario/schema.ts';
import { interfaceLanguage } from '../i18n/languages.ts';
import { formatNumber } from '../i18n/numberFormat.ts';
import { resolveText } from '../i18n/resolveText.ts';
import { publishPlan } from '../room/publishing.ts';
import { h } from '../ui/dom.ts';
import { registerConsolePanel, type PanelContext } from './panels.ts';
import './room.css';
import { skillName } from '../i18n/skillName.ts';

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([`\uFEFF${text}`], { type: 'text/csv;charset=utf-8' }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function pollView(poll: RoomPoll, lang: string, t: (k: string, o?: Record<string, unknown>) => string): HTMLElement {
  const tally = poll.tally;
  const total = tally?.total ?? 0;
  if (poll.kind === 'rating') {
    const stars = tally?.stars ?? [0, 0, 0, 0, 0];
    const mean = total ? stars.reduce((a, n, i) => a + n * (i + 1), 0) / total : null;
    return h(
      'div',
      { class: 'c-room-poll' },
      h('p', {}, resolveText(poll.prompt, lang)),
      h('p', {}, mean === null ? t('panel.noRatings') : t('panel.rating', { mean: formatNumber(mean, lang, { maximumFractionDigits: 1 }), count: total })),
    );
  }
  const rows = poll.options.map((o: Text, i: number) => {
    const n = tally?.counts[i] ?? 0;
    const bar = h('meter', { min: 0, max: Math.max(1, total), value: n });
    const marks = [i === poll.best ? '✓' : '', i === poll.traineeChoice ? '◆' : ''].join('');
    return h('li', {}, h('span', {}, `${marks} ${i + 1}. ${resolveText(o, lang).slice(0, 70)}`), bar, h('strong', {}, String(n)));
  });
  return h('div', { class: 'c-room-poll' }, h('p', {}, t('panel.votes', { count: total })), h('ol', { class: 'c-room-bars' }, ...rows));
}

/** The results the publish button acts on: the newest poll that may be published (an open choice question may not). */
function publishTarget(polls: readonly RoomPoll[]): RoomPoll | null {
  for (let i = polls.length - 1; i >= 0; i--) {
    const p = polls[i]!;
    if (publishPlan({ kind: p.kind, closed: p.closed, best: p.best }, false).allowed) return p;
  }
  return null;
}

function changeText(s: ChangeSummary, lang: string, t: (k: string, o?: Record<string, unknown>) => string): string {
  const pct = (n: number | null) => (n === null ? '–' : `${formatNumber(n, lang, { maximumFractionDigits: 0 })} %`);
  const change = s.change === null ? '–' : `${s.change >= 0 ? '+' : ''}${formatNumber(s.change, lang, { maximumFractionDigits: 0 })}`;
  const margin = s.margin === null ? '' : ` ± ${formatNumber(s.margin, lang, { maximumFractionDigits: 0 })}`;
  return t('panel.change', { before: pct(s.before), after: pct(s.after), change: `${change}${margin}`, paired: s.paired });
}

function reportView(report: ClassReport | null, lang: string, t: (k: string, o?: Record<string, unknown>) => string): HTMLElement {
  if (!report || (report.participants.before === 0 && report.participants.after === 0)) return h('p', {}, t('panel.noCheck'));
  const skills = Object.entries(report.perSkill).map(([skill, s]) => h('li', {}, `${skillName(skill, lang)}: ${changeText(s!, lang, t)}`));
  return h(
    'div',
    { class: 'c-room-report' },
    h('p', {}, h('strong', {}, t('panel.overall')), ' ', changeText(report.overall, lang, t)),
    h('ul', {}, ...skills),
    h('p', { class: 'c-room-caution' }, t(`panel.caution.${report.caution}`, { paired: report.participants.paired })),
  );
}

registerConsolePanel({
  id: 'room',
  titleKey: 'room:panel.title',
  always: true,
  mount(ctx: PanelContext) {
    const t = (k: string, o?: Record<string, unknown>) => ctx.i18n.t(`room:${k}`, o);
    const body = h('div', { class: 'c-body c-room' }, h('p', {}, t('panel.looking')));
    let link: RoomLink | null = null;
    let lang = ctx.i18n.language;
    let currentAsk = '';

    // The buttons are made once (a facilitator's click must not land on a button being replaced);
    // only the figures around them are redrawn as votes arrive.
    const status = h('p', {});
    const poll = h('div', {});
    const reveal = h('button', { type: 'button', class: 'c-btn', 'aria-describedby': 'c-room-why' }, t('panel.reveal'));
    // What the button will show, or why it is off: said beside it, not only in a tooltip.
    const why = h('p', { class: 'c-room-why', id: 'c-room-why' });
    const rate = h('button', { type: 'button', class: 'c-btn' }, t('panel.rate'));
    const questionsTitle = h('h3', {});
    const questions = h('div', {});
    const checkButtons = (['before', 'after', null] as const).map((phase) => {
      const b = h(
        'button',
        { type: 'button', class: 'c-btn' },
        t(phase === 'before' ? 'panel.checkBefore' : phase === 'after' ? 'panel.checkAfter' : 'panel.checkClose'),
      );
      b.addEventListener('click', () => void link?.setCheck(phase));
      return { phase, b };
    });
    const report = h('div', {});
    const csv = h('button', { type: 'button', class: 'c-btn' }, t('panel.csv'));
    let shownQuestions = '';
    let target: RoomPoll | null = null;
    let revealedId: string | null = null;
    /** The room may see feedback now: an ordinary drill, or a live one whose score is shown (each answer, or revealed). */
    let feedbackAllowed = false;
    let republishing = false;
    reveal.addEventListener('click', () => target && void link?.reveal(target.id, revealedId !== target.id, feedbackAllowed));
    /** Published results keep to the reveal setting: hidden feedback takes the best answer off, shown feedback puts it on. */
    const keepToRevealSetting = (s: RoomState) => {
      const shown = s.polls.find((p) => p.id === s.revealed);
      if (!link || republishing || !shown || shown.kind !== 'choice' || shown.best === null || s.revealedBest === feedbackAllowed) return;
      republishing = true;
      void link.reveal(shown.id, true, feedbackAllowed).finally(() => {
        republishing = false;
      });
    };
    const describePublish = (s: RoomState) => {
      const latest = s.polls.at(-1) ?? null;
      target = publishTarget(s.polls);
      const waiting = latest && latest !== target && latest.kind === 'choice' && !latest.closed ? latest : null;
      reveal.disabled = !target;
      const notes: string[] = [];
      if (!target) reveal.textContent = t('panel.reveal');
      else if (s.revealed === target.id) reveal.textContent = t('panel.hideN', { n: target.seq });
      else if (target.kind === 'rating') reveal.textContent = t('panel.revealRating', { n: target.seq });
      else {
        const plan = publishPlan({ kind: target.kind, closed: target.closed, best: target.best }, feedbackAllowed);
        const withBest = plan.allowed && plan.best;
        reveal.textContent = t(withBest ? 'panel.revealWithBest' : 'panel.revealWithoutBest', { n: target.seq });
        if (!withBest && target.best !== null) notes.push(t('panel.bestHeld'));
      }
      if (s.revealed && s.revealed === target?.id && target.kind === 'choice' && target.best !== null)
        notes.push(t(s.revealedBest ? 'panel.shownWithBest' : 'panel.shownWithoutBest'));
      if (waiting) notes.unshift(t('panel.waitAnswer', { n: waiting.seq }));
      why.textContent = notes.join(' ');
      why.hidden = notes.length === 0;
    };
    rate.addEventListener('click', () => currentAsk && void link?.openRating(currentAsk));
    csv.addEventListener('click', async () => {
      const files = await link?.exportCsv(interfaceLanguage(lang));
      if (!files) return;
      download('podium-room-participants.csv', files.participants);
      download('podium-room-questions.csv', files.polls);
    });

    const render = (s: RoomState) => {
      const latest = s.polls.at(-1) ?? null;
      revealedId = s.revealed;
      status.replaceChildren(
        t('code'),
        ' ',
        h('strong', { class: 'c-room-code' }, s.code ?? '–'),
        ' · ',
        t('participants', { count: s.participants }),
        s.connected ? '' : ` · ${t('panel.offline')}`,
      );
      poll.replaceChildren(
        ...(latest
          ? [
              h(
                'h3',
                { class: 'c-room-seq' },
                t(latest.closed ? 'panel.questionAnswered' : latest.kind === 'rating' ? 'panel.questionRating' : 'panel.questionOpen', { n: latest.seq }),
              ),
              pollView(latest, lang, t),
            ]
          : [h('p', {}, t('panel.noPoll'))]),
      );
      describePublish(s);
      keepToRevealSetting(s);
      rate.disabled = !currentAsk;
      const open = s.questions.filter((q) => !q.picked);
      questionsTitle.textContent = t('panel.questions', { count: open.length });
      const key = open.map((q) => q.id).join();
      if (key !== shownQuestions) {
        shownQuestions = key;
        questions.replaceChildren(
          open.length === 0
            ? h('p', {}, t('panel.noQuestions'))
            : h(
                'ul',
                { class: 'c-room-questions' },
                ...open.map((q) => {
                  const put = h('button', { type: 'button', class: 'c-btn' }, t('panel.put'));
                  put.addEventListener('click', async () => {
                    const picked = await link?.pickQuestion(q.id);
                    if (picked) ctx.send('live.ask', { kind: 'question', text: picked.text });
                  });
                  // Names and questions are text, never markup.
                  return h('li', {}, h('span', {}, `${q.name ?? t('panel.anonymous')}: ${q.text}`), put);
                }),
              ),
        );
      }
      for (const { phase, b } of checkButtons) b.classList.toggle('primary', phase !== null && s.checkPhase === phase);
      report.replaceChildren(reportView(s.classReport, lang, t));
    };

    const ready = () =>
      body.replaceChildren(
        status,
        poll,
        h('div', { class: 'c-row' }, reveal, rate),
        why,
        questionsTitle,
        questions,
        h('h3', {}, t('panel.check')),
        h('div', { class: 'c-row' }, ...checkButtons.map((c) => c.b)),
        report,
        h('div', { class: 'c-row' }, csv),
      );

    void fetchRoomKey().then(async (key) => {
      if (key === null) return body.replaceChildren(h('p', {}, t('panel.none')));
      link = await connectRoom(key);
      ready();
      link.subscribe(render);
      // The projector window opens the session; this window attaches to the one it remembers.
      await link.open(sessionTitles(ctx.i18n, new Date()), null);
      render(link.state());
    });

    return {
      element: body,
      update(view) {
        lang = view.lang;
        const allowed = !view.live.active || view.live.shown;
        if (allowed !== feedbackAllowed) {
          feedbackAllowed = allowed;
          if (link) {
            describePublish(link.state());
            keepToRevealSetting(link.state());
          }
        }
        const ask =
          view.drill?.timeline.at(-1)?.kind === 'live' ? view.drill.timeline.at(-1)!.ask : (view.drill?.beat?.ask ?? view.drill?.timeline.at(-1)?.ask ?? '');
        if (ask !== currentAsk) {
          currentAsk = ask;
          rate.disabled = !currentAsk;
        }
      },
    };
  },
});
