// The two pop-up cards at the foot of the feed (a call or note, and the quick feedback): whichever
// comes second stacks above the first, a card left alone drops to the bottom, the two never
// overlap, and a long feedback line is never cut without a sign (it shrinks or ends in "…").
import { expect, test } from 'vitest';
import { openPage, useBrowser } from './harness.ts';
import { startDrill, waitForMenu } from './drillDriver.ts';

const browser = useBrowser();

interface CardState {
  bounds: { top: number; height: number } | null;
  body: string;
}

test('pop-up cards stack without overlapping and never cut a long line silently', async () => {
  const p = await openPage(browser(), '/?renderer=canvas&lang=en', { width: 1280, height: 720 });
  try {
    await waitForMenu(p.page);
    await startDrill(p.page, 'flood-dam-rumour');
    await p.page.evaluate(() => window.__podium!.controller.pause());
    const long =
      'The closing words speak to the people the fake targets: call it fake without repeating it, restate the position, reassure with facts, point to the official source, and say when the next update comes so that nobody fills the silence with guesses. '
        .repeat(2)
        .trim();

    const steps: Record<string, { event: CardState; feedback: CardState }> = await p.page.evaluate((body) => {
      type Card = {
        show(spec: object, ms: number): void;
        hide(): void;
        bounds: { top: number; height: number } | null;
        card: { list: { text?: string }[] } | null;
      };
      const scene = window.__podium!.game.scene.getScene('PressRoom') as unknown as { eventCard: Card; feedbackCard: Card };
      const { eventCard, feedbackCard } = scene;
      const state = (c: Card) => ({ bounds: c.bounds, body: c.card?.list.at(-1)?.text ?? '' });
      const snap = () => ({ event: state(eventCard), feedback: state(feedbackCard) });
      const spec = (title: string, text: string) => ({
        title,
        body: text,
        accent: 0xf0b840,
        icon: 'feedback',
        chips: [{ label: '+2 Accuracy', color: 0x40c080 }],
      });
      const out: Record<string, ReturnType<typeof snap>> = {};
      feedbackCard.show(spec('first feedback', body), 60_000);
      out.feedbackAlone = snap();
      eventCard.show({ title: 'Note', body: 'Do not announce the discharge plan.', accent: 0xa080f0, icon: 'note' }, 60_000);
      out.noteAbove = snap();
      feedbackCard.show(spec('second feedback', 'Short line.'), 60_000);
      out.feedbackAgain = snap();
      feedbackCard.hide();
      out.noteAlone = snap();
      return out;
    }, long);

    const area = await p.page.evaluate(() => {
      const scene = window.__podium!.game.scene.getScene('PressRoom') as unknown as { layout: { feed: { y: number; h: number } } };
      return scene.layout.feed;
    });
    const bottomOf = (c: CardState) => c.bounds!.top + c.bounds!.height;
    const overlap = (a: CardState, b: CardState) => a.bounds!.top < bottomOf(b) && b.bounds!.top < bottomOf(a);

    // Cut only with a visible sign.
    const shown = steps.feedbackAlone!.feedback.body;
    expect(shown === long || shown.endsWith('…')).toBe(true);
    expect(bottomOf(steps.feedbackAlone!.feedback)).toBeLessThanOrEqual(area.y + area.h);

    expect(overlap(steps.noteAbove!.event, steps.noteAbove!.feedback)).toBe(false);
    expect(steps.noteAbove!.event.bounds!.top).toBeLessThan(steps.noteAbove!.feedback.bounds!.top);

    // A new feedback card: the note drops to the bottom and the feedback stacks above it.
    expect(overlap(steps.feedbackAgain!.event, steps.feedbackAgain!.feedback)).toBe(false);
    expect(steps.feedbackAgain!.feedback.bounds!.top).toBeLessThan(steps.feedbackAgain!.event.bounds!.top);
    expect(bottomOf(steps.feedbackAgain!.event)).toBeCloseTo(bottomOf(steps.feedbackAlone!.feedback), 0);

    // Alone again, the note rests on the bottom.
    expect(steps.noteAlone!.feedback.bounds).toBeNull();
    expect(bottomOf(steps.noteAlone!.event)).toBeCloseTo(bottomOf(steps.feedbackAlone!.feedback), 0);
    p.assertNoErrors();
  } finally {
    await p.close();
  }
});
