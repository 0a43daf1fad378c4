// Scenarios are checked when the app is built (and on every save under `npm start`), not in the
// browser: the YAML parser and zod stay out of the bundle, and an instructor sees a broken file's
// messages in the menu at once while the good scenarios keep working.
//
// `virtual:scenarios` exports `loadScenarios()`, resolving to the list [{ file, checked,
// diagnostics }] in file-name order. In a build the list is a JSON file of its own
// (assets/scenarios-HASH.json, preloaded by index.html): the scenario texts are most of the app's
// weight, and as data they are parsed faster than as code and need no script to be checked.
// Under `npm start` the list is a lazily imported module, and a change to a scenario file is
// pushed to the page as the `podium:scenarios` HMR event.
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { readScenarioFile } from '../src/cli/readFiles.ts';
import { sortDiagnostics, type Diagnostic } from '../src/core/scenario/diagnostics.ts';
import { LIMITS } from '../src/core/scenario/limits.ts';
import { checkScenarioSet } from '../src/core/scenario/load.ts';
import type { ScenarioEntry } from '../src/state/scenarioEntry.ts';

const VIRTUAL_ID = 'virtual:scenarios';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const DATA_ID = 'virtual:scenarios-data';
const RESOLVED_DATA_ID = `\0${DATA_ID}`;
export const SCENARIOS_HMR_EVENT = 'podium:scenarios';

export function isScenarioFile(name: string): boolean {
  return /\.ya?ml$/i.test(name) && !/\.plan\.ya?ml$/i.test(name);
}

/** Checks every scenario file in `dir`; paths in messages are relative to `root`. */
export function checkScenarioDir(dir: string, root: string): ScenarioEntry[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter(isScenarioFile).sort();
  } catch {
    return [];
  }
  // Read as the CLI reads (size first, UTF-8 only): a huge file is refused before it is loaded.
  const reads = names.map((name): { file: string; text: string } | { file: string; problem: Diagnostic } => {
    const path = join(dir, name);
    const file = relative(root, path).split('\\').join('/');
    const read = readScenarioFile(path);
    return 'text' in read ? { file, text: read.text } : { file, problem: { ...read.problem, file } };
  });
  const texts = reads.flatMap((r) => ('text' in r ? [r] : []));
  const checked = new Map(checkScenarioSet(texts).map((e) => [e.file, e]));
  return reads.map((read): ScenarioEntry => {
    if ('problem' in read) return { file: read.file, checked: null, diagnostics: [read.problem] };
    const { checked: scenario, diagnostics } = checked.get(read.file)!;
    // The menu shows a screenful, as the CLI prints one: a hostile file must not fill the bundle.
    return { file: read.file, checked: scenario, diagnostics: sortDiagnostics([...diagnostics]).slice(0, LIMITS.diagnosticsShown) };
  });
}

export function scenarioPlugin(options: { dir?: string } = {}): Plugin {
  let root = process.cwd();
  let build = false;
  let dir = resolve(root, options.dir ?? 'scenarios');
  const push = (server: ViteDevServer, path: string) => {
    if (!path.startsWith(dir) || !isScenarioFile(path)) return;
    const mod = server.moduleGraph.getModuleById(RESOLVED_DATA_ID);
    if (mod) server.moduleGraph.invalidateModule(mod);
    server.ws.send({ type: 'custom', event: SCENARIOS_HMR_EVENT, data: checkScenarioDir(dir, root) });
  };
  return {
    name: 'podium-scenarios',
    configResolved(config) {
      root = config.root;
      build = config.command === 'build';
      dir = resolve(root, options.dir ?? 'scenarios');
    },
    resolveId(id) {
      if (id === VIRTUAL_ID) return RESOLVED_ID;
      if (id === DATA_ID) return RESOLVED_DATA_ID;
      return undefined;
    },
    load(id) {
      if (id === RESOLVED_ID) {
        if (!build) return `export const loadScenarios = () => import(${JSON.stringify(DATA_ID)}).then((m) => m.default);`;
        const entries = checkScenarioDir(dir, root);
        const ref = this.emitFile({ type: 'asset', name: 'scenarios.json', source: JSON.stringify(entries) });
        return [
          `const url = new URL(import.meta.ROLLUP_FILE_URL_${ref}, import.meta.url);`,
          'export const loadScenarios = () =>',
          '  fetch(url).then((response) => {',
          // biome-ignore lint/suspicious/noTemplateCurlyInString: this line is code the plugin writes out, with its own template
          '    if (!response.ok) throw new Error(`scenarios: HTTP ${response.status}`);',
          '    return response.json();',
          '  });',
        ].join('\n');
      }
      if (id !== RESOLVED_DATA_ID) return undefined;
      const entries = checkScenarioDir(dir, root);
      for (const entry of entries) this.addWatchFile(resolve(root, entry.file));
      // JSON.parse of a string literal: parsed faster than the same data as a JS object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(entries))});`;
    },
    handleHotUpdate(ctx) {
      // A scenario edit: send the re-checked list instead of reloading modules.
      if (isScenarioFile(ctx.file) && ctx.file.startsWith(dir)) {
        push(ctx.server, ctx.file);
        return [];
      }
      return undefined;
    },
    configureServer(server) {
      server.watcher.add(dir);
      // Edits arrive through handleHotUpdate; new and deleted files only through the folder.
      server.watcher.on('add', (path) => push(server, path));
      server.watcher.on('unlink', (path) => push(server, path));
    },
  };
}
