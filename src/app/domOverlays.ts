// The DOM layer over the canvas (#ui): the typed-answer box, settings, the pause dialog, the post
// reader, toasts, the offline notice, the room (when served by the room server) and the screen
// reader's live region; each relabels itself when the language changes.
import type { I18n } from '../i18n/i18n.ts';
import type { DrillController } from '../state/drillController.ts';
import type { AppStore } from '../state/store.ts';
import { createAnswerBox } from '../ui/answerBox.ts';
import { createLiveRegion } from '../ui/liveRegion.ts';
import { createPausedOverlay } from '../ui/pausedOverlay.ts';
import { createPostReader } from '../ui/postReader.ts';
import { createSettingsPanel } from '../ui/settingsPanel.ts';
import { createToasts } from '../ui/toasts.ts';
import { canvasControls, canvasTexts } from './canvasControls.ts';
import type { Commands } from './commands.ts';
import { isLiveProjector } from './live/projectorPrivacy.ts';
import type { OverlayStack } from './overlayStack.ts';
import { unsentMessageKey, unsentReason } from './unsentAnswer.ts';
import { installOfflineApp } from './pwa.ts';
import { fetchRoomKey } from './room/roomKey.ts';

export interface DomOverlaysApp {
  store: AppStore;
  i18n: I18n;
  controller: DrillController;
  commands: Commands;
  overlayStack: OverlayStack;
  uiRoot: HTMLElement;
}

export function installDomOverlays({ store, i18n, controller, commands, overlayStack, uiRoot }: DomOverlaysApp) {
  const answerBox = createAnswerBox({
    root: uiRoot,
    i18n,
    onSubmit: (text) => controller.answerText(text),
    onUnsent: (text, beatId) => {
      const reason = unsentReason(store.getState().drill?.view ?? null, beatId, isLiveProjector());
      store.getState().pushToast('info', i18n.t(unsentMessageKey(reason), { text }), { sticky: true, forScreen: true });
    },
  });
  const settingsPanel = createSettingsPanel(uiRoot, store, i18n, commands);
  const paused = createPausedOverlay(uiRoot, store, i18n, commands, overlayStack);
  const postReader = createPostReader(uiRoot, () => ({ title: i18n.t('pressRoom:readPost'), close: i18n.t('pressRoom:closePost') }));
  createToasts(uiRoot, store, {
    closeLabel: () => i18n.t('app:closeMessage'),
    canvasControls,
    // On a live drill's projector the back row reads every text on the wall: a message left there keeps off them.
    canvasTexts: () => (isLiveProjector() ? canvasTexts() : []),
    keepTextsReadable: isLiveProjector,
  });
  installOfflineApp(store, i18n);
  // Served by the room server (npm run room): phones join, vote and are measured (docs/room.md).
  // The room's code (socket.io, the join slide) is a chunk of its own, imported only once a room
  // server has answered with a key: a drill without a room does not load it at start-up.
  const roomLink = fetchRoomKey().then(async (key) => {
    if (key === null) return null;
    const { installRoom } = await import('./room/installRoom.ts');
    return installRoom(key, store, i18n, uiRoot, commands, () => controller.session?.log ?? []);
  });
  createLiveRegion(uiRoot, store, i18n);
  store.subscribe((state, prev) => {
    if (state.settings.language !== prev.settings.language) {
      answerBox.relabel();
      postReader.relabel();
      paused.relabel();
    }
  });
  return { answerBox, settingsPanel, postReader, roomLink };
}
