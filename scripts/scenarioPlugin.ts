// Scenarios are checked when the app is built (and on every save under `npm start`), not in the
// browser: the YAML parser and zod stay out of the bundle, and an instructor sees a broken file's
// messages in the menu at once while the good scenarios keep working. The app imports the result
// as `virtual:scenarios`: [{ file, checked, diagnostics }] in file-name order.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { checkScenarioSet } from '../src/core/scenario/load.ts';
import type { ScenarioEntry } from '../src/state/scenarioEntry.ts';

const VIRTUAL_ID = 'virtual:scenarios';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

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
  const files = names.map((name) => {
    const path = join(dir, name);
    const file = relative(root, path).split('\\').join('/');
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      text = '';
      void error;
    }
    return { file, text };
  });
  return checkScenarioSet(files).map(({ file, checked, diagnostics }) => ({ file, checked, diagnostics }));
}

export function scenarioPlugin(options: { dir?: string } = {}): Plugin {
  let root = process.cwd();
  let dir = resolve(root, options.dir ?? 'scenarios');
  const reload = (server: ViteDevServer, path: string) => {
    if (!path.startsWith(dir) || !isScenarioFile(path)) return;
    const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
    if (mod) void server.reloadModule(mod);
  };
  return {
    name: 'podium-scenarios',
    configResolved(config) {
      root = config.root;
      dir = resolve(root, options.dir ?? 'scenarios');
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const entries = checkScenarioDir(dir, root);
      for (const entry of entries) this.addWatchFile(resolve(root, entry.file));
      return `export default ${JSON.stringify(entries)};`;
    },
    configureServer(server) {
      server.watcher.add(dir);
      // Changed files are watched through addWatchFile; new and deleted ones need the folder.
      server.watcher.on('add', (path) => reload(server, path));
      server.watcher.on('unlink', (path) => reload(server, path));
    },
  };
}
