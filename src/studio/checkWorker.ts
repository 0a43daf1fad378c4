// The checker off the main thread: the studio types into CodeMirror while this worker runs the same
// loadScenario as the CLI and the build (src/core/scenario/load.ts) on each version of the text.
// zod must run without eval here too (the app's Content-Security-Policy).
import '../zodWithoutEval.ts';
import { loadScenario } from '../core/scenario/load.ts';
import type { CheckReply, CheckRequest } from './checkProtocol.ts';
import { unreachableBeats } from './unreachable.ts';

const scope = self as unknown as { onmessage: ((e: MessageEvent<CheckRequest>) => void) | null; postMessage(message: CheckReply): void };

scope.onmessage = (e) => {
  const { id, file, text } = e.data;
  const started = performance.now();
  const result = loadScenario(text, file);
  scope.postMessage({
    id,
    diagnostics: result.diagnostics,
    scenario: result.scenario,
    checked: result.checked,
    unreachable: result.scenario ? unreachableBeats(result.scenario) : [],
    idAt: result.summary?.idAt ?? null,
    ms: performance.now() - started,
  });
};
