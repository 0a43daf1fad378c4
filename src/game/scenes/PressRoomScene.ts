// The press room: the hall with the reporters (the one asking stands, lit), the question large
// enough to read from the back of a room, the answer countdown and the conference clock, the
// choices (click or 1–5), the typed-answer box for free-text beats, the social feed, the ticker, and
// the pop-ups (calls, notes, quick feedback). Everything shown comes from the store; every input
// goes to the drill controller.
import type * as Phaser from 'phaser';
import type { CheckedScenario } from '../../core/scenario/checked.ts';
import type { Text } from '../../core/scenario/schema.ts';
import type { BeatView, FeedItem, SessionView, TurnRecord } from '../../core/session/types.ts';
import { resolveText } from '../../i18n/resolveText.ts';
import { answerFractionLeft, answerSecondsLeft, formatSkillMove, reporterOf, selectDrillScenario, skillMoves } from '../../state/selectors.ts';
import type { AppState } from '../../state/store.ts';
import type { Rect } from '../layout.ts';
import { textStyle } from '../textStyle.ts';
import { Button } from '../widgets/button.ts';
import { Countdown } from '../widgets/countdown.ts';
import { FeedPanel } from '../widgets/feedPanel.ts';
import { FocusList } from '../widgets/focusList.ts';
import { addReporterHeader } from '../widgets/reporterHeader.ts';
import { addPanel } from '../widgets/panel.ts';
import { PopupCard } from '../widgets/popups.ts';
import { RoomView } from '../widgets/room.ts';
import { Ticker } from '../widgets/ticker.ts';
import { TopBar } from '../widgets/topBar.ts';
import { PodiumScene } from './podiumScene.ts';
import { planQuestion } from '../questionPlan.ts';

interface Layout {
  top: Rect;
  room: Rect;
  question: Rect;
  feed: Rect;
  ticker: Rect;
}

export function pressRoomLayout(width: number, height: number, u: number): Layout {
  const m = Math.round(16 * u);
  const topH = Math.round(64 * u);
  const tickerH = Math.round(46 * u);
  const feedW = Math.round(Math.max(360 * u, width * 0.25));
  const leftW = width - feedW - 3 * m;
  const bodyTop = topH + m;
  const bodyBottom = height - tickerH - m;
  const roomH = Math.round((bodyBottom - bodyTop) * 0.36);
  return {
    top: { x: 0, y: 0, w: width, h: topH },
    room: { x: m, y: bodyTop, w: leftW, h: roomH },
    question: { x: m, y: bodyTop + roomH + m, w: leftW, h: bodyBottom - bodyTop - roomH - m },
    feed: { x: m + leftW + m, y: bodyTop, w: feedW, h: bodyBottom - bodyTop },
    ticker: { x: 0, y: height - tickerH, w: width, h: tickerH },
  };
}

/** Choice layouts tried in order until one fits: [columns, font size at 1080p]. */
const CHOICE_LAYOUTS: [number, number][] = [
  [1, 24],
  [2, 24],
  [1, 22],
  [2, 22],
  [1, 20],
  [2, 20],
  [1, 18],
  [2, 18],
  [2, 16],
];

export class PressRoomScene extends PodiumScene {
  private layout!: Layout;
  private checked: CheckedScenario | null = null;
  private room: RoomView | null = null;
  private feed: FeedPanel | null = null;
  private ticker: Ticker | null = null;
  private countdown: Countdown | null = null;
  private eventCard: PopupCard | null = null;
  private feedbackCard: PopupCard | null = null;
  private focus!: FocusList;
  private topBar: TopBar | null = null;
  private beatObjects: Phaser.GameObjects.GameObject[] = [];
  private choiceButtons: Button[] = [];
  private shownBeat = '';
  private seenFeed = new Set<string>();
  private shownTurn: TurnRecord | null = null;
  private endBanner = false;

  protected build(): void {
    const state = this.ctx.store.getState();
    this.checked = selectDrillScenario(state);
    const { width, height, u } = this.vp;
    const pal = this.pal;
    this.layout = pressRoomLayout(width, height, u);
    this.beatObjects = [];
    this.choiceButtons = [];
    this.shownBeat = '';
    this.endBanner = false;
    this.focus = new FocusList(this, pal.focus, u);
    const bg = this.add.graphics();
    bg.fillStyle(pal.bgDeep, 1);
    bg.fillRect(0, 0, width, height);
    const checked = this.checked;
    const view = state.drill?.view ?? null;
    if (!checked || !view) {
      this.add.text(width / 2, height / 2, this.t('pressRoom:noDrill'), textStyle(this.px(28), { color: pal.textDim })).setOrigin(0.5);
      return;
    }
    this.topBar = new TopBar(this, {
      rect: this.layout.top,
      pal,
      u,
      title: resolveText(checked.scenario.title, this.lang),
      onAir: this.t('pressRoom:onAir'),
      clockLabel: this.t('pressRoom:clock'),
      controls: [
        { label: `${this.t('pressRoom:pause')} · ${this.t('common:keys.space')}`, run: () => this.ctx.controller.togglePause() },
        {
          label: `${this.t('pressRoom:settings')} · S`,
          run: () => {
            this.ctx.controller.pause();
            this.ctx.overlays.openSettings();
          },
        },
        { label: this.lang === 'vi' ? 'English' : 'Tiếng Việt', run: () => this.toggleLanguage() },
      ],
    });
    this.room = new RoomView(this, {
      rect: this.layout.room,
      pal,
      u,
      // Format 1 names no agency: the backdrop carries an optional `agency` text when a scenario
      // has one (a proposed extension), else the conference's title.
      agency: resolveText((checked.scenario as { agency?: Text }).agency ?? checked.scenario.title, this.lang),
      banner: this.t('pressRoom:banner'),
      reporters: checked.scenario.reporters,
      seed: checked.scenario.id,
    });
    this.feed = new FeedPanel(this, {
      rect: this.layout.feed,
      pal,
      u,
      lang: this.lang,
      t: (k, o) => this.t(k, o),
      peakOf: (id) => checked.scenario.rumours.find((r) => r.id === id)?.reach.peak ?? 1,
      reducedMotion: this.reducedMotion,
    });
    this.ticker = new Ticker(this, this.layout.ticker, pal, u, this.t('pressRoom:ticker.label'), this.reducedMotion);
    this.eventCard = new PopupCard(this, this.layout.feed, pal, u, this.reducedMotion);
    this.feedbackCard = new PopupCard(this, this.layout.feed, pal, u, this.reducedMotion);
    PopupCard.pair(this.eventCard, this.feedbackCard);
    // Whatever is already on the feed was seen before this (re)build.
    this.seenFeed = new Set(view.feed.map((f) => f.key));
    this.shownTurn = view.lastTurn;
  }

  protected override onState(state: AppState, prev: AppState | null): void {
    const drill = state.drill;
    if (!drill || !this.checked) return;
    const view = drill.view;
    if (prev && prev.drill?.view === view) return;
    // Time only runs backwards under the replay's scrubber: rebuild from the view, not patch forward.
    if (prev?.drill && view.now < prev.drill.view.now) return this.rebuild();
    const beatKey = view.beat ? `${view.beat.id}@${view.beat.askedAt}` : '';
    if (beatKey !== this.shownBeat) {
      this.shownBeat = beatKey;
      this.renderBeat(view.beat);
    }
    this.room?.setAsking(view.beat?.reporterId ?? null);
    this.countdown?.update(answerSecondsLeft(view), answerFractionLeft(view), this.t('pressRoom:noLimit'));
    this.topBar?.update(view);
    this.feed?.update(view);
    // The view is new every frame; its feed array only when something is posted.
    if (view.feed !== prev?.drill?.view.feed) {
      this.ticker?.setHeadlines(this.headlines(view));
      this.showNewEvents(view.feed);
    }
    if (view.lastTurn && view.lastTurn !== this.shownTurn) {
      this.shownTurn = view.lastTurn;
      // A question cut short by the end of the conference has nothing to feed back.
      if (view.lastTurn.response.kind !== 'ended') this.showFeedback(view.lastTurn);
    }
    if (view.status === 'ended' && !this.endBanner) this.showEnding(view);
  }

  override update(_time: number, delta: number): void {
    this.ticker?.update(delta);
  }

  protected override teardown(): void {
    this.ctx.overlays.showAnswerBox(null);
    this.room = null;
    this.topBar = null;
    this.feed = null;
    this.ticker = null;
    this.countdown = null;
  }

  override handleKey(e: KeyboardEvent): boolean {
    const { controller } = this.ctx;
    const view = this.ctx.store.getState().drill?.view;
    if (!view) return false;
    const key = e.key;
    if (key === ' ' || key === 'p' || key === 'P' || key === 'Escape') {
      if (view.status === 'running') controller.pause();
      else if (view.status === 'paused') controller.resume();
      return true;
    }
    if (key === 's' || key === 'S') {
      if (view.status === 'running') controller.pause();
      this.ctx.overlays.openSettings();
      return true;
    }
    if (key === 'l' || key === 'L') {
      this.toggleLanguage();
      return true;
    }
    if (/^[1-9]$/.test(key) && view.beat) {
      const n = Number(key) - 1;
      // n is the position on screen (the answers may be shuffled); the engine takes the authored index.
      const answer = view.beat.answers[n];
      if (answer) controller.choose(answer.index);
      return true;
    }
    if ((key === 't' || key === 'T' || key === '/') && view.beat?.freeText) {
      this.ctx.overlays.focusAnswerBox();
      return true;
    }
    return this.focus.handleKey(e, 'both');
  }

  private clearBeat(): void {
    this.countdown?.destroy();
    this.countdown = null;
    for (const o of this.beatObjects) o.destroy();
    for (const b of this.choiceButtons) b.destroy();
    this.beatObjects = [];
    this.choiceButtons = [];
    this.focus.clear();
    // The top-bar controls stay reachable by Tab after the choices.
  }

  private renderBeat(beat: BeatView | null): void {
    this.clearBeat();
    const checked = this.checked;
    const pal = this.pal;
    const u = this.vp.u;
    const base = this.layout.question;
    const pad = this.px(28);
    const track = <T extends Phaser.GameObjects.GameObject>(o: T): T => {
      this.beatObjects.push(o);
      return o;
    };
    if (!beat || !checked) {
      this.ctx.overlays.showAnswerBox(null);
      track(addPanel(this, base, pal, u, { fillAlpha: 1 }));
      track(this.add.text(base.x + pad, base.y + pad, this.t('pressRoom:waiting'), textStyle(this.px(26), { color: pal.textDim })));
      this.addTopBarFocus();
      return;
    }
    const reporter = reporterOf(checked, beat);
    const ringR = this.px(44);
    const ringSpace = ringR * 2 + this.px(56);
    const questionWrap = base.w - 2 * pad - ringSpace;
    const choicesW = base.w - 2 * pad;
    const gap = this.px(10);
    const minQuestion = Math.ceil(this.vp.height * 0.041);
    const questionText = `“${resolveText(beat.ask, this.lang)}”`;
    const labels = beat.answers.map((a) => resolveText(a.text, this.lang));
    const free = beat.freeText;
    const boxH = free ? (labels.length ? this.px(150) : this.px(240)) : 0;
    const probe = (size: number, wrap: number, text: string, weight: 400 | 600) => {
      const t = this.add.text(0, 0, text, textStyle(size, { weight, wrap, lineSpacing: this.px(6) }));
      const h = t.height;
      t.destroy();
      return h;
    };
    const memo = new Map<string, number>();
    const cached = (key: string, fn: () => number) => memo.get(key) ?? memo.set(key, fn()).get(key)!;
    const headerH = reporter ? this.px(62) : this.px(22);
    const plan = planQuestion({
      panelH: base.h,
      growSteps: [0, Math.round(this.layout.room.h * 0.3), Math.round(this.layout.room.h * 0.55)],
      headerH: headerH + this.px(6),
      footerH: this.px(38),
      questionSizes: [...new Set([this.px(50), this.px(44), minQuestion].filter((n) => n >= minQuestion))].sort((a, b) => b - a),
      choiceLayouts: CHOICE_LAYOUTS.map(([c, s]) => [c, this.px(s)] as [number, number]),
      choiceFloors: [this.px(20), this.px(18), 0],
      answers: labels,
      boxH,
      gap,
      questionHeight: (size) => cached(`q${size}`, () => probe(size, questionWrap, questionText, 600)),
      choiceHeight: (text, size, cols) => cached(`${cols}:${size}:${text}`, () => Button.heightFor(this, text, size, (choicesW - (cols - 1) * gap) / cols, this.px(56), u, 'choice', '1')),
    });
    const q: Rect = { x: base.x, y: base.y - plan.grow, w: base.w, h: base.h + plan.grow };
    track(addPanel(this, q, pal, u, { fillAlpha: 1 }));
    this.countdown = new Countdown(this, q.x + q.w - this.px(28) - ringR, q.y + this.px(24) + ringR, ringR, pal, this.t('pressRoom:seconds'));
    let y = q.y + this.px(22);
    if (reporter) {
      const labels = { outlet: resolveText(reporter.outlet, this.lang), kind: this.t(`common:kind.${reporter.kind}`), stance: this.t(`common:stance.${reporter.stance}`) };
      y = Math.max(y + this.px(40), addReporterHeader(this, reporter, labels, q.x + pad, y, q.w - 2 * pad - ringSpace, pal, u, track));
    }
    const question = track(this.add.text(q.x + pad, y + this.px(6), questionText, textStyle(plan.questionSize, { weight: 600, color: pal.text, wrap: questionWrap, lineSpacing: this.px(6) })));
    y = question.y + question.height + this.px(16);
    const bottom = q.y + q.h - this.px(20);
    if (labels.length) this.placeChoices(beat, labels, { x: q.x + pad, y, w: choicesW }, plan.cols, plan.choiceSize, gap);
    if (free) {
      const boxRect: Rect = { x: q.x + pad, y: bottom - boxH, w: choicesW, h: boxH };
      if (labels.length) track(this.add.text(boxRect.x, boxRect.y - this.px(4), this.t('pressRoom:orType'), textStyle(this.px(16), { color: pal.textDim })).setOrigin(0, 1));
      this.ctx.overlays.showAnswerBox({ beatId: beat.id, maxWords: free.maxWords, rect: this.cssRect(boxRect) });
    } else {
      this.ctx.overlays.showAnswerBox(null);
    }
    // No choice starts focused: a ring on answer 1 would look like a hint. Tab or an arrow key
    // brings the focus in; the digit keys answer directly.
    this.addTopBarFocus();
  }

  private addTopBarFocus(): void {
    for (const b of this.topBar?.buttons ?? []) this.focus.add(b);
  }

  private placeChoices(beat: BeatView, labels: string[], area: { x: number; y: number; w: number }, cols: number, size: number, gap: number): void {
    const colW = (area.w - (cols - 1) * gap) / cols;
    const buttons = beat.answers.map(
      (a, i) =>
        new Button(this, {
          x: area.x + (i % cols) * (colW + gap),
          y: area.y,
          w: colW,
          h: this.px(56),
          label: labels[i] ?? '',
          // Numbered by position on screen (the answers may be shuffled); the engine gets a.index.
          badge: String(i + 1),
          variant: 'choice',
          fontSize: size,
          u: this.vp.u,
          pal: this.pal,
          onActivate: () => this.ctx.controller.choose(a.index),
        }),
    );
    // Rows as tall as their tallest button.
    let y = area.y;
    for (let row = 0; row * cols < buttons.length; row++) {
      const rowButtons = buttons.slice(row * cols, row * cols + cols);
      const rowH = Math.max(...rowButtons.map((b) => b.height));
      for (const b of rowButtons) b.setY(y + (rowH - b.height) / 2);
      y += rowH + gap;
    }
    this.choiceButtons = buttons;
    for (const b of buttons) this.focus.add(b);
  }

  private headlines(view: SessionView): string[] {
    const breaking = view.feed.filter((f) => f.kind === 'breaking');
    if (breaking.length === 0 && this.checked) return [`${this.t('pressRoom:ticker.idle')} — ${resolveText(this.checked.scenario.title, this.lang)}`];
    return breaking.map((f) => resolveText(f.text, this.lang)).reverse();
  }

  private showNewEvents(feed: FeedItem[]): void {
    for (const item of feed) {
      if (this.seenFeed.has(item.key)) continue;
      this.seenFeed.add(item.key);
      if (item.kind === 'call' || item.kind === 'note') {
        const from = item.from !== undefined ? resolveText(item.from, this.lang) : undefined;
        const title = item.kind === 'call' ? this.t('pressRoom:call', { from: from ?? this.t('pressRoom:unknownCaller') }) : this.t('pressRoom:note', { from: from ?? this.t('pressRoom:aide') });
        this.eventCard?.show({ title, body: resolveText(item.text, this.lang), accent: item.kind === 'call' ? this.pal.info : this.pal.confidential, icon: item.kind }, 9000);
      }
    }
  }

  private showFeedback(turn: TurnRecord): void {
    const chips = skillMoves(turn).map((move) => ({ label: formatSkillMove(move, this.lang), color: move.points > 0 ? this.pal.success : this.pal.danger }));
    const titleKey = turn.response.kind === 'timeout' ? 'pressRoom:feedback.timeout' : turn.response.kind === 'text' ? 'pressRoom:feedback.typed' : 'pressRoom:feedback.answered';
    const feedback = turn.feedback ?? turn.moments.find((m) => m.feedback)?.feedback;
    const body = feedback ? resolveText(feedback, this.lang) : chips.length ? '' : this.t('pressRoom:feedback.noChange');
    const accent = chips.every((c) => c.color === this.pal.success) && chips.length ? this.pal.success : chips.some((c) => c.color === this.pal.danger) ? this.pal.warning : this.pal.primary;
    this.feedbackCard?.show({ title: this.t(titleKey), body, chips, accent, icon: 'feedback' }, 7000);
  }

  private showEnding(view: SessionView): void {
    this.endBanner = true;
    this.clearBeat();
    this.ctx.overlays.showAnswerBox(null);
    const pal = this.pal;
    const q = this.layout.question;
    const pad = this.px(28);
    this.beatObjects.push(addPanel(this, q, pal, this.vp.u, { fillAlpha: 1 }));
    const title = this.add.text(q.x + q.w / 2, q.y + q.h * 0.3, this.t('pressRoom:ended'), textStyle(this.px(48), { weight: 700, color: pal.accent, align: 'center' })).setOrigin(0.5);
    this.beatObjects.push(title);
    if (view.ending) {
      const text = this.add.text(q.x + q.w / 2, title.y + title.height, resolveText(view.ending.text, this.lang), textStyle(this.px(26), { color: pal.text, align: 'center', wrap: q.w - 2 * pad })).setOrigin(0.5, 0);
      this.beatObjects.push(text);
    }
  }
}
