// The press room: the hall with the reporters (the one asking stands, lit), the question large
// enough to read from the back of a room, the answer countdown and the conference clock, the
// choices (click or 1–5), the typed-answer box for free-text beats, the social feed, the ticker, and
// the pop-ups (calls, notes, quick feedback). Everything shown comes from the store; every input
// goes to the drill controller.
import type * as Phaser from 'phaser';
import { keyHintOf } from '../../app/commands.ts';
import { isLiveProjector, projectorShowsPrivate } from '../../app/live/projectorPrivacy.ts';
import type { CheckedScenario } from '../../core/scenario/checked.ts';
import type { BeatView, FeedItem, SessionView, TurnRecord } from '../../core/session/types.ts';
import { resolveText } from '../../i18n/resolveText.ts';
import { saidText } from '../../i18n/saidText.ts';
import {
  answerFractionLeft,
  answerSecondsLeft,
  formatClock,
  formatSkillMove,
  reporterOf,
  selectShownDrill,
  selectShownScenario,
  skillMoves,
} from '../../state/selectors.ts';
import type { AppState } from '../../state/store.ts';
import type { Rect } from '../layout.ts';
import { lineWidth, textStyle } from '../textStyle.ts';
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

function pressRoomLayout(width: number, height: number, u: number): Layout {
  const m = Math.round(16 * u);
  const topH = Math.round(72 * u);
  const tickerH = Math.round(58 * u);
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

/** How long a call or note card, and a feedback card, stay up (in a replay: drill time). */
const EVENT_CARD_MS = 9000;
const FEEDBACK_CARD_MS = 7000;

/** Choice layouts tried in order until one fits: [columns, font size at 1080p]. */
const CHOICE_LAYOUTS: [number, number][] = [
  [1, 28],
  [2, 28],
  [1, 26],
  [2, 26],
  [1, 24],
  [2, 24],
];

/** Where a question that does not fit its panel is laid out, far below the screen, for the
 *  scrolling camera to show (cameras clip to their viewport in both renderers; masks do not). */
const SCROLL_WORLD_Y = 40000;

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
  /** Drill seconds of the moment each pop-up card shows (a replay hides them by drill time). */
  private eventCardAt: number | null = null;
  private feedbackCardAt: number | null = null;
  private shownTurn: TurnRecord | null = null;
  private endBanner = false;
  /** The camera showing a question too long for its panel, and how far it is scrolled. */
  private scroller: { cam: Phaser.Cameras.Scene2D.Camera; view: Rect; contentH: number; more: Phaser.GameObjects.Text } | null = null;

  protected build(): void {
    const state = this.ctx.store.getState();
    this.checked = selectShownScenario(state);
    const { width, height, u } = this.vp;
    const pal = this.pal;
    this.layout = pressRoomLayout(width, height, u);
    this.beatObjects = [];
    this.choiceButtons = [];
    // Nothing drawn yet: the first state draws the question, or the "waiting" panel before it.
    this.shownBeat = '\u0000';
    this.endBanner = false;
    this.removeScroller();
    this.input.off('wheel', this.onWheel, this);
    this.input.on('wheel', this.onWheel, this);
    this.focus = new FocusList(this, pal.focus, u);
    const bg = this.add.graphics();
    bg.fillStyle(pal.bgDeep, 1);
    bg.fillRect(0, 0, width, height);
    const checked = this.checked;
    const view = selectShownDrill(state)?.view ?? null;
    if (!checked || !view) {
      this.add.text(width / 2, height / 2, this.t('pressRoom:noDrill'), textStyle(this.px(28), { color: pal.textDim })).setOrigin(0.5);
      return;
    }
    this.topBar = new TopBar(this, {
      rect: this.layout.top,
      pal,
      u,
      title: resolveText(checked.scenario.title, this.lang),
      // A replay is not live: say so where the live mark is.
      onAir: this.t(this.replaying ? 'pressRoom:replayMark' : 'pressRoom:onAir'),
      endedMark: this.t(this.replaying ? 'pressRoom:replayMark' : 'pressRoom:endedMark'),
      clockLabel: this.t('pressRoom:clock'),
      endedClockLabel: this.t('pressRoom:lasted'),
      // The replay bar has the controls of a replay; the drill's would do nothing there. A live
      // drill's projector has none: the facilitator's console has them (src/app/live).
      controls:
        this.replaying || isLiveProjector()
          ? []
          : [
              { label: `${this.t('pressRoom:pause')} · ${this.t('common:keys.space')}`, run: () => this.ctx.commands.run('drill.pause') },
              { label: `${this.t('pressRoom:settings')} · ${keyHintOf('app.settings')}`, run: () => this.ctx.commands.run('app.settings') },
              { label: this.lang === 'vi' ? 'English' : 'Tiếng Việt', run: () => this.toggleLanguage() },
            ],
    });
    this.room = new RoomView(this, {
      rect: this.layout.room,
      pal,
      u,
      // The scenario format names no agency (the schema refuses the key): the backdrop carries the conference's title.
      agency: resolveText(checked.scenario.title, this.lang),
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
      onOpen: (post) => this.openPost(post),
    });
    this.ticker = new Ticker(this, this.layout.ticker, pal, u, this.t('pressRoom:ticker.label'), this.reducedMotion);
    this.eventCard = new PopupCard(this, this.layout.feed, pal, u, this.reducedMotion);
    this.feedbackCard = new PopupCard(this, this.layout.feed, pal, u, this.reducedMotion);
    PopupCard.pair(this.eventCard, this.feedbackCard);
    // Whatever is already on the feed was seen before this (re)build.
    this.seenFeed = new Set(view.feed.map((f) => f.key));
    this.eventCardAt = null;
    this.feedbackCardAt = null;
    this.shownTurn = view.lastTurn;
  }

  protected override onState(state: AppState, prev: AppState | null): void {
    const drill = selectShownDrill(state);
    if (!drill || !this.checked) return;
    const view = drill.view;
    const before = prev ? selectShownDrill(prev)?.view : undefined;
    if (before === view) return;
    // Time only runs backwards under the replay's scrubber: rebuild from the view, not patch forward.
    if (before && view.now < before.now) return this.rebuild();
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
    if (view.feed !== before?.feed || (view.status === 'ended' && before?.status !== 'ended')) {
      this.ticker?.setHeadlines(this.headlines(view));
      this.showNewEvents(view.feed, view.now);
    }
    if (view.lastTurn && view.lastTurn !== this.shownTurn) {
      this.shownTurn = view.lastTurn;
      // A question cut short by the end of the conference, or skipped by a live drill's facilitator,
      // has nothing to feed back. On a live drill's projector the feedback is private until revealed.
      const kind = view.lastTurn.response.kind;
      if (kind !== 'ended' && kind !== 'skipped' && projectorShowsPrivate()) this.showFeedback(view.lastTurn, view.now);
    }
    if (this.replaying) this.expireCards(view.now);
    if (view.status === 'ended' && !this.endBanner) this.showEnding(view);
  }

  /** The replay bar is playing a finished drill into this screen: nothing can be answered. */
  private get replaying(): boolean {
    return this.ctx.overlayStack.isOpen('replay');
  }

  /**
   * In a replay the pop-ups live in drill time: after a jump of the scrubber, a card belongs on
   * screen only if its moment is within its showing time of the new position.
   */
  private expireCards(now: number): void {
    if (this.eventCardAt !== null && (now - this.eventCardAt > EVENT_CARD_MS / 1000 || now < this.eventCardAt)) {
      this.eventCard?.hide();
      this.eventCardAt = null;
    }
    if (this.feedbackCardAt !== null && (now - this.feedbackCardAt > FEEDBACK_CARD_MS / 1000 || now < this.feedbackCardAt)) {
      this.feedbackCard?.hide();
      this.feedbackCardAt = null;
    }
  }

  override update(_time: number, delta: number): void {
    this.ticker?.update(delta);
  }

  protected override teardown(): void {
    this.ctx.overlays.showPost(null);
    this.removeScroller();
    this.input.off('wheel', this.onWheel, this);
    this.ctx.overlays.showAnswerBox(null);
    this.room = null;
    this.topBar = null;
    this.feed = null;
    this.ticker = null;
    this.countdown = null;
  }

  /** Answers, pause, settings and language are commands (src/app/commands.ts); what is left moves the focus. */
  override handleKey(e: KeyboardEvent): boolean {
    return this.focus.handleKey(e, 'both');
  }

  private clearBeat(): void {
    this.removeScroller();
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
    // The answer clock sits in the reporter's line, so the question has the panel's whole width.
    const ringR = this.px(36);
    const captions = [this.t('pressRoom:seconds'), this.t('pressRoom:noLimit')];
    const captionW = Math.max(...captions.map((c) => lineWidth(this, c, this.px(24))));
    const ringSpace = ringR * 2 + this.px(16) + captionW + this.px(24);
    const questionWrap = base.w - 2 * pad;
    const choicesW = base.w - 2 * pad;
    const gap = this.px(10);
    // The question's floor: 40 px at 1920×1080 (read from the back of a seminar room), 27 px at 720p.
    const minQuestion = this.px(40);
    const questionText = `“${resolveText(beat.ask, this.lang)}”`;
    const labels = beat.answers.map((a) => resolveText(a.text, this.lang));
    const free = beat.freeText;
    const boxH = free ? (labels.length ? this.px(136) : this.px(240)) : 0;
    // "Or type your own answer (T):" sits between the choices and the box.
    const orTypeH = free && labels.length ? this.px(36) : 0;
    const probe = (size: number, wrap: number, text: string, weight: 400 | 600) => {
      const t = this.add.text(0, 0, text, textStyle(size, { weight, wrap, lineSpacing: 0 }));
      const h = t.height;
      t.destroy();
      return h;
    };
    const memo = new Map<string, number>();
    const cached = (key: string, fn: () => number) => memo.get(key) ?? memo.set(key, fn()).get(key)!;
    const headerH = Math.max(reporter ? this.px(62) : this.px(22), ringR * 2 + this.px(2));
    const plan = planQuestion({
      panelH: base.h,
      // Up to the whole column: a long question covers the hall rather than shrink below reading size.
      growSteps: [0, Math.round(this.layout.room.h * 0.3), Math.round(this.layout.room.h * 0.55), this.layout.room.h + this.px(16)],
      headerH: headerH + this.px(6),
      footerH: this.px(38),
      questionSizes: [this.px(50), this.px(44), minQuestion],
      choiceLayouts: CHOICE_LAYOUTS.map(([c, s]) => [c, this.px(s)] as [number, number]),
      choiceFloors: [this.px(24)],
      answers: labels,
      boxH: boxH + orTypeH,
      gap,
      questionHeight: (size) => cached(`q${size}`, () => probe(size, questionWrap, questionText, 600)),
      choiceHeight: (text, size, cols) =>
        cached(`${cols}:${size}:${text}`, () => Button.heightFor(this, text, size, (choicesW - (cols - 1) * gap) / cols, this.px(56), u, 'choice', '1')),
    });
    const q: Rect = { x: base.x, y: base.y - plan.grow, w: base.w, h: base.h + plan.grow };
    track(addPanel(this, q, pal, u, { fillAlpha: 1 }));
    this.countdown = new Countdown(this, q.x + q.w - pad - ringR, q.y + this.px(20) + ringR, ringR, pal, captions[0]!, this.px(24));
    let y = q.y + this.px(22);
    if (reporter) {
      const labels = {
        outlet: resolveText(reporter.outlet, this.lang),
        kind: this.t(`common:kind.${reporter.kind}`),
        stance: this.t(`common:stance.${reporter.stance}`),
      };
      y = addReporterHeader(this, reporter, labels, q.x + pad, y, q.w - 2 * pad - ringSpace, pal, u, track);
    }
    y = Math.max(y, q.y + this.px(20) + ringR * 2);
    const bottom = q.y + q.h - this.px(20);
    // Too long for the whole column at reading size: the question and its choices scroll (wheel,
    // Tab / arrows bring a choice into view; the digit keys answer whatever is shown).
    const scrollTop = y;
    const scrollBottom = free ? bottom - boxH - orTypeH - gap : bottom;
    const dy = plan.fits ? 0 : SCROLL_WORLD_Y;
    const question = track(
      this.add.text(
        q.x + pad,
        y + this.px(6) + dy,
        questionText,
        textStyle(plan.questionSize, { weight: 600, color: pal.text, wrap: questionWrap, lineSpacing: 0 }),
      ),
    );
    y = question.y + question.height + this.px(16);
    const choicesBottom = labels.length ? this.placeChoices(beat, labels, { x: q.x + pad, y, w: choicesW }, plan.cols, plan.choiceSize, gap) : y;
    if (!plan.fits) this.addScroller({ x: q.x, y: scrollTop, w: q.w, h: scrollBottom - scrollTop }, choicesBottom - scrollTop - dy, track);
    if (free && !this.replaying) {
      const boxRect: Rect = { x: q.x + pad, y: bottom - boxH, w: choicesW, h: boxH };
      if (labels.length)
        track(this.add.text(boxRect.x, boxRect.y - this.px(4), this.t('pressRoom:orType'), textStyle(this.px(24), { color: pal.textDim })).setOrigin(0, 1));
      this.ctx.overlays.showAnswerBox({ beatId: beat.id, maxWords: free.maxWords, typedOnly: labels.length === 0, rect: this.cssRect(boxRect) });
    } else {
      this.ctx.overlays.showAnswerBox(null);
    }
    // No choice starts focused: a ring on answer 1 would look like a hint. Tab or an arrow key
    // brings the focus in; the digit keys answer directly.
    this.addTopBarFocus();
  }

  private openPost(post: { author: string; time: string; text: string }): void {
    this.ctx.overlays.showPost({ ...post, rect: this.cssRect(this.layout.feed) });
  }

  private addTopBarFocus(): void {
    for (const b of this.topBar?.buttons ?? []) this.focus.add(b);
  }

  /** Shows the world below SCROLL_WORLD_Y through a camera over `view`, with a "more" note. */
  private addScroller(view: Rect, contentH: number, track: <T extends Phaser.GameObjects.GameObject>(o: T) => T): void {
    // The note takes the last line of the area, under the window onto the content.
    const more = track(
      this.add
        .text(
          view.x + view.w - this.px(28),
          view.y + view.h,
          `▼ ${this.t('pressRoom:scrollMore')}`,
          textStyle(this.px(24), { weight: 600, color: this.pal.accent }),
        )
        .setOrigin(1, 1),
    );
    const shown = { ...view, h: view.h - more.height };
    const cam = this.cameras.add(shown.x, shown.y, shown.w, shown.h, false, 'question-scroll');
    cam.setScroll(shown.x, shown.y + SCROLL_WORLD_Y);
    this.scroller = { cam, view: shown, contentH, more };
    this.scrollBy(0);
  }

  private scrollBy(delta: number): void {
    const sc = this.scroller;
    if (!sc) return;
    const max = Math.max(0, sc.contentH - sc.view.h);
    const at = Math.min(max, Math.max(0, sc.cam.scrollY - sc.view.y - SCROLL_WORLD_Y + delta));
    sc.cam.setScroll(sc.view.x, sc.view.y + SCROLL_WORLD_Y + at);
    sc.more.setVisible(at < max - 1);
  }

  /** Scrolls so that the world rectangle `r` (in the scrolled region) is in view. */
  private scrollIntoView(r: Rect): void {
    const sc = this.scroller;
    if (!sc || r.y < SCROLL_WORLD_Y / 2) return;
    const top = sc.cam.scrollY;
    if (r.y < top) this.scrollBy(r.y - top - this.px(8));
    else if (r.y + r.h > top + sc.view.h) this.scrollBy(r.y + r.h - (top + sc.view.h) + this.px(8));
  }

  private onWheel(pointer: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number): void {
    const v = this.scroller?.view;
    if (v && pointer.x >= v.x && pointer.x <= v.x + v.w && pointer.y >= v.y && pointer.y <= v.y + v.h) this.scrollBy(dy);
  }

  private removeScroller(): void {
    if (!this.scroller) return;
    this.cameras.remove(this.scroller.cam);
    this.scroller = null;
  }

  /** Returns the bottom edge of the last row. */
  private placeChoices(beat: BeatView, labels: string[], area: { x: number; y: number; w: number }, cols: number, size: number, gap: number): number {
    const colW = (area.w - (cols - 1) * gap) / cols;
    const buttons = beat.answers.map(
      (_a, i) =>
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
          onActivate: () => this.ctx.commands.run('drill.choose', { arg: i }),
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
    for (const b of buttons) {
      this.focus.add({
        bounds: () => b.bounds(),
        activate: () => b.activate(),
        enabled: () => b.enabled(),
        setFocused: (f) => {
          b.setFocused(f);
          if (f) this.scrollIntoView(b.bounds());
        },
      });
    }
    return y - gap;
  }

  private headlines(view: SessionView): string[] {
    const breaking = view.feed.filter((f) => f.kind === 'breaking');
    // Over: the ticker no longer calls it live coverage.
    const idle = view.status === 'ended' ? 'pressRoom:ticker.ended' : 'pressRoom:ticker.idle';
    if (breaking.length === 0 && this.checked) return [`${this.t(idle)} — ${resolveText(this.checked.scenario.title, this.lang)}`];
    return breaking.map((f) => resolveText(f.text, this.lang)).reverse();
  }

  private showNewEvents(feed: FeedItem[], now: number): void {
    for (const item of feed) {
      if (this.seenFeed.has(item.key)) continue;
      this.seenFeed.add(item.key);
      // A replay scrubbed past it: its card would already have gone.
      if (this.replaying && now - item.at > EVENT_CARD_MS / 1000) continue;
      if (item.kind === 'call' || item.kind === 'note') {
        this.eventCardAt = item.at;
        const from = item.from !== undefined ? resolveText(item.from, this.lang) : undefined;
        const title =
          item.kind === 'call'
            ? this.t('pressRoom:call', { from: from ?? this.t('pressRoom:unknownCaller') })
            : this.t('pressRoom:note', { from: from ?? this.t('pressRoom:aide') });
        const body = resolveText(item.text, this.lang);
        const open = () => this.openPost({ author: title, time: formatClock(item.at), text: body });
        this.eventCard?.show(
          { title, body, accent: item.kind === 'call' ? this.pal.info : this.pal.confidential, icon: item.kind, open, openLabel: this.t('pressRoom:readPost') },
          EVENT_CARD_MS,
        );
      }
    }
  }

  private showFeedback(turn: TurnRecord, now: number): void {
    if (this.replaying && now - turn.answeredAt > FEEDBACK_CARD_MS / 1000) return;
    this.feedbackCardAt = turn.answeredAt;
    const moves = skillMoves(turn);
    const chips = moves.map((move) => ({ label: formatSkillMove(move, this.lang), color: move.points > 0 ? this.pal.success : this.pal.danger }));
    const titleKey =
      turn.response.kind === 'timeout'
        ? 'pressRoom:feedback.timeout'
        : turn.response.kind === 'text'
          ? 'pressRoom:feedback.typed'
          : 'pressRoom:feedback.answered';
    const saying = [turn, ...turn.moments].find((m) => m.feedback !== undefined || m.note !== undefined);
    const said = saying ? saidText(saying, this.lang, (k, o) => this.t(k, o)) : chips.length ? '' : this.t('pressRoom:feedback.noChange');
    // The replay shows what the trainee typed (live, they have just written it themselves).
    const typed = this.replaying && turn.response.kind === 'text' ? `“${turn.response.text}”` : '';
    const body = [typed, said].filter(Boolean).join('\n\n');
    const accent =
      chips.every((c) => c.color === this.pal.success) && chips.length
        ? this.pal.success
        : chips.some((c) => c.color === this.pal.danger)
          ? this.pal.warning
          : this.pal.primary;
    const open = () => this.openPost({ author: this.t(titleKey), time: formatClock(turn.answeredAt), text: body });
    // A tick only where the answer helped: silence gets a clock, a net loss an exclamation mark.
    const net = moves.reduce((sum, m) => sum + m.points, 0);
    const icon = turn.response.kind === 'timeout' ? 'timeout' : net < 0 ? 'warning' : net > 0 ? 'feedback' : undefined;
    this.feedbackCard?.show({ title: this.t(titleKey), body, chips, accent, icon, open, openLabel: this.t('pressRoom:readPost') }, FEEDBACK_CARD_MS);
  }

  private showEnding(view: SessionView): void {
    this.endBanner = true;
    this.clearBeat();
    this.ctx.overlays.showAnswerBox(null);
    const pal = this.pal;
    const q = this.layout.question;
    const pad = this.px(28);
    this.beatObjects.push(addPanel(this, q, pal, this.vp.u, { fillAlpha: 1 }));
    const title = this.add
      .text(q.x + q.w / 2, q.y + q.h * 0.3, this.t('pressRoom:ended'), textStyle(this.px(48), { weight: 700, color: pal.accent, align: 'center' }))
      .setOrigin(0.5);
    this.beatObjects.push(title);
    // How it ended says how well it went: on a live drill's projector, only once revealed.
    if (view.ending && projectorShowsPrivate()) {
      const text = this.add
        .text(
          q.x + q.w / 2,
          title.y + title.height,
          resolveText(view.ending.text, this.lang),
          textStyle(this.px(26), { color: pal.text, align: 'center', wrap: q.w - 2 * pad }),
        )
        .setOrigin(0.5, 0);
      this.beatObjects.push(text);
    }
  }
}
