// Which sounds a change in the drill calls for: shutters when a question is asked, a tick each
// second in the last five of the answer time, a notification for a feed post, a sting for breaking
// news, a ring for a call, a soft confirm for an answer; the room's ambience while the drill runs.
import type { SoundBank, SoundKey } from '../audio/soundBank.types.ts';
import type { SessionView } from '../core/session/types.ts';
import { answerSecondsLeft, selectShownDrill } from '../state/selectors.ts';
import type { AppStore } from '../state/store.ts';

export function soundCues(prev: SessionView | null, next: SessionView): SoundKey[] {
  const cues: SoundKey[] = [];
  if (next.status !== 'running') return cues;
  const beat = next.beat;
  if (beat && (!prev?.beat || prev.beat.id !== beat.id || prev.beat.askedAt !== beat.askedAt)) cues.push('shutter');
  if (next.lastTurn && next.lastTurn !== prev?.lastTurn && next.lastTurn.response.kind !== 'timeout' && next.lastTurn.response.kind !== 'skipped')
    cues.push('answer');
  const left = answerSecondsLeft(next);
  const before = prev ? answerSecondsLeft(prev) : null;
  if (left !== null && left > 0 && left <= 5 && before !== null && Math.ceil(left) < Math.ceil(before) && prev?.beat?.id === beat?.id) cues.push('tick');
  // Called for every frame's view: the feed array only changes when something is posted.
  if (prev?.feed === next.feed) return cues;
  const seen = new Set(prev?.feed.map((f) => f.key) ?? []);
  for (const item of next.feed) {
    if (seen.has(item.key)) continue;
    const cue: SoundKey = item.kind === 'breaking' ? 'sting' : item.kind === 'call' ? 'call' : 'notify';
    if (!cues.includes(cue)) cues.push(cue);
  }
  return cues;
}

/** Plays the cues for every store change and keeps the ambience running only during a drill. */
export function directSound(store: AppStore, sound: SoundBank): () => void {
  let ambience = false;
  const apply = () => {
    const s = store.getState();
    const running = s.screen === 'PressRoom' && selectShownDrill(s)?.view.status === 'running';
    if (running && !ambience) sound.loop('ambience');
    if (!running && ambience) sound.stop('ambience');
    ambience = running;
  };
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.settings.muted !== prev.settings.muted) sound.setMuted(state.settings.muted);
    if (state.settings.volume !== prev.settings.volume) sound.setVolume(state.settings.volume);
    // What the press room shows: the live drill, or a replay of a finished one.
    const shown = selectShownDrill(state);
    const shownBefore = selectShownDrill(prev);
    const next = shown?.view;
    // The controller publishes the opening view before it switches to the press room: entering the
    // room is when that first question is heard being asked (only its shutters, nothing older).
    const entered = state.screen === 'PressRoom' && prev.screen !== 'PressRoom';
    if (next && (next !== shownBefore?.view || entered) && state.screen === 'PressRoom') {
      const before = entered ? { ...next, beat: null } : shownBefore?.scenarioId === shown?.scenarioId ? (shownBefore?.view ?? null) : null;
      for (const cue of soundCues(before, next)) sound.play(cue);
    }
    apply();
  });
  sound.setMuted(store.getState().settings.muted);
  sound.setVolume(store.getState().settings.volume);
  apply();
  return unsubscribe;
}
