// The handlers every screen shares (the app-wide fallback of the command table): they act on the
// store and the drill controller, so a key, a scene's button and later the console do the same.
// Overlays register their own (settings, pause dialog, reports, replay) when they are made.
import type { DrillController } from '../state/drillController.ts';
import { answerTimeOptions } from '../state/answerTime.ts';
import { selectSelectedScenario } from '../state/selectors.ts';
import type { AppStore } from '../state/store.ts';
import type { Commands } from './commands.ts';
import { otherLanguage } from '../i18n/languages.ts';
import { isLiveProjector } from './live/projectorPrivacy.ts';

export interface AppCommandDeps {
  commands: Commands;
  store: AppStore;
  controller: DrillController;
  toggleFullscreen(): void;
  openSettings(): void;
  /** Puts the caret in the typed-answer box (the browser then types the key pressed into it). */
  focusAnswerBox(): void;
}

/** Starts a scenario with the answer time the settings ask for (the briefing's Ready, R after a drill). */
export function playAgain(store: AppStore, controller: DrillController, scenarioId: string): boolean {
  return controller.startDrill(scenarioId, answerTimeOptions(store.getState().settings.answerTime));
}

export function installAppCommands(d: AppCommandDeps): () => void {
  const { store, controller } = d;
  const view = () => store.getState().drill?.view ?? null;
  const startDrill = (id: string) => playAgain(store, controller, id);

  const undo = d.commands.register('app', {
    'app.fullscreen': () => d.toggleFullscreen(),
    'app.settings': () => {
      // Settings over a running drill stop its clock (the trainee is not answering meanwhile).
      if (store.getState().screen === 'PressRoom' && view()?.status === 'running') controller.pause();
      d.openSettings();
    },
    'app.language': () => {
      const s = store.getState();
      s.updateSettings({ language: otherLanguage(s.settings.language) });
    },
    'briefing.start': () => {
      const checked = selectSelectedScenario(store.getState());
      return checked ? startDrill(checked.scenario.id) : false;
    },
    // A live drill's briefing was set up from the console: only the console cancels it (live.stop).
    'briefing.back': () => (isLiveProjector() ? false : store.getState().goTo('Menu')),
    'drill.choose': ({ arg }) => {
      const beat = view()?.beat;
      if (!beat || arg === undefined) return false;
      // arg is the position on screen (key 1 = the first answer shown); the engine takes the authored index.
      const answer = beat.answers[arg];
      if (answer) controller.choose(answer.index);
    },
    'drill.typeAnswer': () => {
      if (!view()?.beat?.freeText) return false;
      d.focusAnswerBox();
    },
    'drill.pause': () => {
      const status = view()?.status;
      if (status === 'running') controller.pause();
      else if (status === 'paused') controller.resume();
      else return false;
    },
    'drill.resume': () => controller.resume(),
    'drill.end': () => controller.end(),
    'drill.leave': () => controller.leave(),
    'debrief.again': () => {
      // A live drill's next drill is the console's to start (live.start), never a stray R on the wall.
      if (isLiveProjector()) return false;
      const id = store.getState().drill?.scenarioId;
      return id ? startDrill(id) : false;
    },
    'debrief.menu': () => controller.leave(),
  });

  // A typed question: the first key typed starts the answer, with that very character. Digits
  // still pick a choice when the question offers one; Space still pauses.
  const undoEntry = d.commands.setTextEntry('pressRoom', {
    accepts(key) {
      const v = view();
      if (store.getState().screen !== 'PressRoom' || v?.status !== 'running' || !v.beat?.freeText) return false;
      if (key === ' ') return false;
      // A digit picks the answer at that position on screen, when there is one.
      if (/^[1-9]$/.test(key) && Number(key) <= v.beat.answers.length) return false;
      return true;
    },
    start: () => d.focusAnswerBox(),
  });
  return () => {
    undo();
    undoEntry();
  };
}
