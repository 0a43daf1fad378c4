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
    const reveal = h('button', { type: 'button', class: 'c-btn' }, t('panel.reveal'));
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
    let latestId: string | null = null;
    let revealedId: string | null = null;
    reveal.addEventListener('click', () => latestId && void link?.reveal(latestId, revealedId !== latestId));
    rate.addEventListener('click', () => currentAsk && void link?.openRating(currentAsk));
    csv.addEventListener('click', async () => {
      const files = await link?.exportCsv(interfaceLanguage(lang));
      if (!files) return;
      download('podium-room-participants.csv', files.participants);
      download('podium-room-questions.csv', files.polls);
    });

    const render = (s: RoomState) => {
      const latest = s.polls.at(-1) ?? null;
      latestId = latest?.id ?? null;
      revealedId = s.revealed;
      status.replaceChildren(
        t('code'),
        ' ',
        h('strong', { class: 'c-room-code' }, s.code ?? '–'),
        ' · ',
        t('participants', { count: s.participants }),
        s.connected ? '' : ` · ${t('panel.offline')}`,
      );
      poll.replaceChildren(latest ? pollView(latest, lang, t) : h('p', {}, t('panel.noPoll')));
      reveal.disabled = !latest;
      reveal.textContent = latest && s.revealed === latest.id ? t('panel.hide') : t('panel.reveal');
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
