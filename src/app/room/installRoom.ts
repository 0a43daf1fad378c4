// Wires the room into the app when (and only when) the app is served by the room server: the
// facilitator's link follows every live drill, the projector shows how to join and what was
// revealed, and the debrief can ask for the room's votes on a drill's questions.
import type { i18n as I18n } from 'i18next';
import type { LogEntry } from '../../core/session/types.ts';
import { selectScenario } from '../../state/selectors.ts';
import type { AppStore } from '../../state/store.ts';
import { isLiveProjector } from '../live/projectorPrivacy.ts';
import type { Commands } from '../commands.ts';
import { createRoomDisplay } from './roomDisplay.ts';
import { projectorFeed } from './projectorFeed.ts';
import { connectRoom, type RoomLink } from './roomLink.ts';
import { sessionTitles } from './sessionTitle.ts';

/** Follows the live drill only: a replay is shown from a slot of its own (store.replay) and opens no polls. */
export async function installRoom(
  /** The facilitator key (roomKey.ts): the room is only installed where a room server gave one. */
  key: string,
  store: AppStore,
  i18n: I18n,
  container: HTMLElement,
  commands: Commands,
  /** The running drill's log: who sat at the podium, the live items the facilitator scored. */
  log: () => readonly LogEntry[] = () => [],
): Promise<RoomLink> {
  const link = await connectRoom(key);
  // Both languages: each phone shows the title in its own.
  await link.open(sessionTitles(i18n, new Date()), null);
  const display = createRoomDisplay(container, store, link, i18n);
  commands.register('app', { 'room.join': () => display.toggleJoinSlide() });
  let feedFor: string | null = null;
  let feed: { close(): void } | null = null;
  const follow = () => {
    const s = link.state();
    if (s.sessionId && s.sessionId !== feedFor) {
      feed?.close();
      feedFor = s.sessionId;
      feed = projectorFeed(key, s.sessionId, (poll) => display.showRevealed(poll));
    }
  };
  link.subscribe(follow);
  follow();
  // The scenarios played in the seminar, so the room's check leaves them out: a drill started, or
  // a live drill's briefing on the projector (the facilitator may open the "before" check then).
  // A studio library's scenario is unknown to the server: the link sends it whole.
  const announced = new Set<string>();
  const announce = (scenarioId: string | null) => {
    const sessionId = link.state().sessionId;
    const checked = selectScenario(store.getState(), scenarioId);
    if (!sessionId || !checked) return;
    const played = `${sessionId}:${checked.scenario.id}`;
    if (announced.has(played)) return;
    announced.add(played);
    void link.played(checked).then((ok) => {
      if (!ok) announced.delete(played);
    });
  };
  store.subscribe((state, prev) => {
    if (state.drill && !state.drill.preview && state.drill.scenarioId !== prev.drill?.scenarioId) announce(state.drill.scenarioId);
    if (state.screen === 'Briefing' && isLiveProjector() && (prev.screen !== 'Briefing' || state.selectedScenarioId !== prev.selectedScenarioId))
      announce(state.selectedScenarioId);
  });
  store.subscribe((state, prev) => {
    const drill = state.drill;
    if (!drill || drill === prev.drill || drill.preview) return;
    const checked = state.scenarios.find((e) => e.checked?.scenario.id === drill.scenarioId)?.checked;
    if (checked) link.follow(drill.view, checked, log());
  });
  return link;
}
