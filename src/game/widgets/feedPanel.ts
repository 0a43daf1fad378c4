// The social feed beside the room: posts and rumours, newest on top, with each rumour's reach
// growing while it spreads and shrinking once it is rebutted. Only the cards that fit are built
// (a drill may hold hundreds of posts); a new post adds one card and pushes the others down
// (every Text is a texture, so rebuilding them all for each post would cost every frame after);
// reach figures update in place.
import type * as Phaser from 'phaser';
import type { FeedItem, RumourView, SessionView } from '../../core/session/types.ts';
import { resolveText } from '../../i18n/resolveText.ts';
import { formatClock, formatReach } from '../../state/selectors.ts';
import type { Rect } from '../layout.ts';
import { textStyle } from '../textStyle.ts';
import { css, mix, type Palette } from '../theme.ts';
import { addPanel } from './panel.ts';
import { clampLines } from './textFit.ts';

interface RumourCard {
  rumourId: string;
  reach: Phaser.GameObjects.Text;
  badge: Phaser.GameObjects.Text;
  bar: Phaser.GameObjects.Graphics;
  barRect: Rect;
  stripe: Phaser.GameObjects.Graphics;
  stripeRect: Rect;
  lastReach: number;
  lastState: string;
  /** Painted after the conference ended: the figure is final, no trend arrow. */
  lastEnded: boolean;
  peak: number;
}

export interface FeedPanelOptions {
  rect: Rect;
  pal: Palette;
  u: number;
  lang: string;
  t: (key: string, options?: Record<string, unknown>) => string;
  peakOf: (rumourId: string) => number;
  reducedMotion: boolean;
  /** Opens a post cut short on its card, whole. */
  onOpen?: (post: { author: string; time: string; text: string }) => void;
}

function isFeedPost(item: FeedItem): boolean {
  return item.kind === 'post' || item.kind === 'rumour';
}

interface Card {
  key: string;
  /** Everything the card draws, moved, faded and dropped as one. */
  container: Phaser.GameObjects.Container;
  /** Top edge now, and height. */
  y: number;
  h: number;
  rumour: RumourCard | null;
}

export class FeedPanel {
  /** Newest first. */
  private cards: Card[] = [];
  private placeholder: Phaser.GameObjects.Text | null = null;
  private shownFeed: readonly FeedItem[] | null = null;
  private shownKey = '';
  private shownCount = -1;
  private ended = false;
  private readonly countText: Phaser.GameObjects.Text;
  private readonly body: Rect;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly o: FeedPanelOptions,
  ) {
    const { rect, pal, u } = o;
    addPanel(scene, rect, pal, u, { fill: pal.panel, fillAlpha: 0.94 });
    const pad = Math.round(18 * u);
    const headerH = Math.round(64 * u);
    const live = scene.add.graphics();
    live.fillStyle(pal.danger, 1);
    live.fillCircle(rect.x + pad + 7 * u, rect.y + headerH / 2, 7 * u);
    scene.add
      .text(rect.x + pad + 22 * u, rect.y + headerH / 2, o.t('pressRoom:feed.title'), textStyle(26 * u, { weight: 700, color: pal.text }))
      .setOrigin(0, 0.5);
    this.countText = scene.add.text(rect.x + rect.w - pad, rect.y + headerH / 2, '', textStyle(24 * u, { color: pal.textDim })).setOrigin(1, 0.5);
    const line = scene.add.graphics();
    line.lineStyle(Math.max(1, u), pal.line, 1);
    line.lineBetween(rect.x, rect.y + headerH, rect.x + rect.w, rect.y + headerH);
    this.body = { x: rect.x + pad, y: rect.y + headerH + pad * 0.75, w: rect.w - 2 * pad, h: rect.h - headerH - pad * 1.5 };
  }

  update(view: SessionView): void {
    // Called every frame: the feed array only changes when something is posted.
    if (view.feed !== this.shownFeed) {
      this.shownFeed = view.feed;
      const posts = view.feed.filter(isFeedPost);
      const newest = posts[posts.length - 1];
      const key = `${posts.length}:${newest?.key ?? ''}`;
      if (key !== this.shownKey) {
        this.shownKey = key;
        this.showPosts(posts, view.rumours);
      }
      if (posts.length !== this.shownCount) {
        this.shownCount = posts.length;
        this.countText.setText(this.o.t('pressRoom:feed.count', { count: posts.length }));
      }
    }
    this.ended = view.status === 'ended';
    this.updateReach(view.rumours);
  }

  private showPosts(posts: FeedItem[], rumours: RumourView[]): void {
    const { pal, u, t } = this.o;
    const b = this.body;
    const gap = Math.round(12 * u);
    const byId = new Map(rumours.map((r) => [r.id, r]));
    const newestFirst = [...posts].reverse();
    const top = this.cards[0]?.key;
    const known = top === undefined ? -1 : newestFirst.findIndex((p) => p.key === top);
    if (posts.length === 0 || (top !== undefined && known < 0)) {
      this.clear();
    }
    if (posts.length === 0) {
      this.placeholder ??= this.scene.add.text(b.x, b.y, t('pressRoom:feed.empty'), textStyle(24 * u, { color: pal.textDim, wrap: b.w }));
      return;
    }
    this.placeholder?.destroy();
    this.placeholder = null;
    // Build the posts newer than the top card (all of them when starting afresh), newest on top.
    const fresh = newestFirst.slice(0, this.cards.length && known >= 0 ? known : newestFirst.length);
    const made: Card[] = [];
    let y = b.y;
    for (const item of fresh) {
      if (y >= b.y + b.h - 60 * u) break;
      const rumour = item.rumourId ? byId.get(item.rumourId) : undefined;
      const card = this.card(item, rumour, b.x, y, b.w, b.y + b.h - y);
      if (!card) break;
      made.push(card);
      y += card.h + gap;
    }
    // Push the older cards down under the new ones; drop those that no longer fit.
    const dy = y - b.y;
    const kept: Card[] = [];
    for (const card of this.cards) {
      const ny = card.y + dy;
      if (ny + card.h > b.y + b.h) {
        card.container.destroy();
        continue;
      }
      card.container.y += dy;
      card.y = ny;
      kept.push(card);
    }
    const animate = this.cards.length > 0 && !this.o.reducedMotion;
    this.cards = [...made, ...kept];
    if (animate) {
      for (const { container } of made) {
        container.setAlpha(0);
        this.scene.tweens.add({ targets: container, alpha: 1, duration: 350 });
      }
    }
    for (const card of made) if (card.rumour) this.paintRumour(card.rumour, byId.get(card.rumour.rumourId));
  }

  private clear(): void {
    for (const card of this.cards) card.container.destroy();
    this.cards = [];
  }

  private card(item: FeedItem, rumour: RumourView | undefined, x: number, y: number, w: number, maxH: number): Card | null {
    const { pal, u, lang, t } = this.o;
    const objects: Phaser.GameObjects.GameObject[] = [];
    const pad = Math.round(14 * u);
    const bg = this.scene.add.graphics();
    const stripe = this.scene.add.graphics();
    objects.push(bg, stripe);
    const author = (item.from !== undefined ? resolveText(item.from, lang) : undefined) ?? rumour?.author ?? t('pressRoom:feed.anonymous');
    const time = this.scene.add.text(x + w - pad, y + pad * 0.6, formatClock(item.at), textStyle(24 * u, { color: pal.textDim })).setOrigin(1, 0);
    // Who posted is read from the back of the room: a long name takes a second line rather than lose its end.
    const head = this.scene.add.text(
      x + pad + 6 * u,
      y + pad * 0.6,
      author,
      textStyle(24 * u, { weight: 700, color: rumour ? pal.text : pal.info, wrap: w - 2 * pad - 6 * u - time.width - 16 * u }),
    );
    clampLines(head, 2);
    const full = resolveText(item.text, lang);
    const body = this.scene.add.text(x + pad + 6 * u, head.y + head.height - 4 * u, full, textStyle(24 * u, { color: pal.text, wrap: w - 2 * pad - 6 * u }));
    clampLines(body, 4);
    objects.push(head, time, body);
    let h = body.y + body.height - y + pad * 0.5;
    // A post cut short says so and opens whole on a click (the reader over the feed column).
    const cut = body.text !== full && this.o.onOpen !== undefined;
    if (cut) {
      const more = this.scene.add.text(body.x, y + h - pad * 0.3, `▸ ${t('pressRoom:readPost')}`, textStyle(24 * u, { weight: 600, color: pal.accent }));
      objects.push(more);
      h += more.height;
    }
    let rumourCard: RumourCard | null = null;
    if (rumour) {
      const ry = y + h;
      const reach = this.scene.add.text(x + pad + 6 * u, ry, '', textStyle(24 * u, { weight: 600, color: pal.text }));
      const badge = this.scene.add.text(x + w - pad, ry, '', textStyle(24 * u, { weight: 700, color: pal.text })).setOrigin(1, 0);
      const bar = this.scene.add.graphics();
      const barRect = { x: x + pad + 6 * u, y: ry + reach.height + 2 * u, w: w - 2 * pad - 6 * u, h: Math.max(4, 6 * u) };
      objects.push(reach, badge, bar);
      h += reach.height + barRect.h + pad * 0.9;
      rumourCard = {
        rumourId: rumour.id,
        reach,
        badge,
        bar,
        barRect,
        stripe,
        stripeRect: { x, y, w: Math.max(3, 5 * u), h },
        lastReach: -1,
        lastState: '',
        lastEnded: false,
        peak: this.o.peakOf(rumour.id),
      };
    }
    if (h > maxH) {
      for (const o of objects) o.destroy();
      return null;
    }
    bg.fillStyle(pal.panelRaised, pal.name === 'high-contrast' ? 1 : 0.9);
    bg.fillRoundedRect(x, y, w, h, 10 * u);
    if (pal.name === 'high-contrast') {
      bg.lineStyle(Math.max(1, u), pal.line, 1);
      bg.strokeRoundedRect(x, y, w, h, 10 * u);
    }
    stripe.fillStyle(rumour ? pal.danger : pal.info, 1);
    stripe.fillRoundedRect(x, y, Math.max(3, 5 * u), h, { tl: 10 * u, bl: 10 * u, tr: 0, br: 0 });
    if (cut) {
      const zone = this.scene.add.zone(x, y, w, h).setOrigin(0, 0).setInteractive({ useHandCursor: true });
      zone.on('pointerup', () => this.o.onOpen?.({ author, time: formatClock(item.at), text: full }));
      objects.push(zone);
    }
    // Drawn where the card was made; the container moves it down as newer posts arrive.
    return { key: item.key, container: this.scene.add.container(0, 0, objects), y, h, rumour: rumourCard };
  }

  private updateReach(rumours: RumourView[]): void {
    // Every frame: a scenario holds a handful of rumours, so a scan beats building a Map.
    for (const card of this.cards) {
      const rc = card.rumour;
      if (!rc) continue;
      for (const r of rumours) {
        if (r.id !== rc.rumourId) continue;
        this.paintRumour(rc, r);
        break;
      }
    }
  }

  /** Draws a rumour's reach figure, state and bar when they changed. Coordinates are those of the
   *  card when it was made: moving the card moves its container, not what they draw. */
  private paintRumour(card: RumourCard, r: RumourView | undefined): void {
    if (!r || (r.reach === card.lastReach && r.state === card.lastState && this.ended === card.lastEnded)) return;
    const { pal, u, lang, t } = this.o;
    const shrinking = r.state === 'rebutted';
    // Once the conference is over the reach is where it stopped: no arrow says it still moves.
    const trend = this.ended ? '' : shrinking ? ' ↓' : r.state === 'peaked' ? ' ■' : ' ↑';
    card.reach.setText(`${t(this.ended ? 'pressRoom:feed.reachAtEnd' : 'pressRoom:feed.reach', { reach: formatReach(r.reach, lang) })}${trend}`);
    card.lastEnded = this.ended;
    if (r.state !== card.lastState) {
      const color = shrinking ? pal.success : r.state === 'peaked' ? pal.warning : pal.danger;
      card.badge.setText(t(`pressRoom:rumourState.${r.state}`).toUpperCase());
      card.badge.setColor(css(color));
      card.reach.setColor(css(shrinking ? pal.success : pal.text));
      card.stripe.clear();
      card.stripe.fillStyle(color, 1);
      card.stripe.fillRoundedRect(card.stripeRect.x, card.stripeRect.y, card.stripeRect.w, card.stripeRect.h, { tl: 10 * u, bl: 10 * u, tr: 0, br: 0 });
    }
    card.lastReach = r.reach;
    card.lastState = r.state;
    // Reach on a log scale against the peak: early growth stays visible.
    const share = r.reach <= 0 ? 0 : Math.min(1, Math.log10(1 + r.reach) / Math.log10(1 + Math.max(card.peak, 10)));
    const br = card.barRect;
    card.bar.clear();
    card.bar.fillStyle(pal.line, 1);
    card.bar.fillRoundedRect(br.x, br.y, br.w, br.h, br.h / 2);
    card.bar.fillStyle(shrinking ? pal.success : mix(pal.warning, pal.danger, share), 1);
    card.bar.fillRoundedRect(br.x, br.y, Math.max(br.h, br.w * share), br.h, br.h / 2);
  }
}
