// Whether this window is a live drill's projector, and whether the room may see the private part
// (the score, the feedback after an answer) right now. The live host sets it; the press room reads
// it before it draws a feedback card or its top-bar controls, so nothing private reaches the
// projector unless the facilitator chose to show it.
let live = false;
let shown = true;

export function setProjectorPrivacy(state: { live: boolean; shown: boolean }): void {
  live = state.live;
  shown = state.shown;
}

/** This window projects a live drill: no controls on screen, the console has them. */
export function isLiveProjector(): boolean {
  return live;
}

/** The room may see scores and feedback now (always true outside a live drill). */
export function projectorShowsPrivate(): boolean {
  return !live || shown;
}
