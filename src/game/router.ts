// The store's `screen` decides which scene runs: scenes never start each other, so the flow can be
// driven (and tested) from the store alone. Boot and Preloader hand over to the store when done.
import type * as Phaser from 'phaser';
import type { AppStore, ScreenKey } from '../state/store.ts';

export function routeScreens(game: Phaser.Game, store: AppStore): () => void {
  let current: ScreenKey | null = null;
  const show = (screen: ScreenKey) => {
    if (screen === current) return;
    const previous = current;
    current = screen;
    // A scene under an overlay is paused, not active: it must stop all the same.
    const running = (key: string) => game.scene.isActive(key) || game.scene.isPaused(key);
    if (previous && running(previous)) game.scene.stop(previous);
    for (const scene of game.scene.getScenes(false)) {
      if (scene.scene.key !== screen && running(scene.scene.key)) game.scene.stop(scene.scene.key);
    }
    game.scene.start(screen);
  };
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.screen !== prev.screen) show(state.screen);
  });
  show(store.getState().screen);
  return unsubscribe;
}
