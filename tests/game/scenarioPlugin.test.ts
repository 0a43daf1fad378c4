// The build-time scenario check behind the menu (scripts/scenarioPlugin.ts).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preloadTags } from '../../scripts/preloadPlugin.ts';
import { checkScenarioDir, isScenarioFile, scenarioPlugin } from '../../scripts/scenarioPlugin.ts';

const mini = readFileSync(join(import.meta.dirname, '../fixtures/state/mini.yaml'), 'utf8');

describe('scenario plugin', () => {
  it('checks every scenario file in file-name order; plans and other files are left out', () => {
    const root = mkdtempSync(join(tmpdir(), 'podium-plugin-'));
    const dir = join(root, 'scenarios');
    mkdirSync(dir);
    writeFileSync(join(dir, 'b-good.yaml'), mini);
    writeFileSync(join(dir, 'a-broken.yaml'), mini.replace('start: q-open', 'start: q-opne').replace('id: mini-drill', 'id: broken-drill'));
    writeFileSync(join(dir, 'c-same-id.yml'), mini);
    writeFileSync(join(dir, 'b-good.plan.yaml'), 'scenario: mini-drill\nplans: []\n');
    writeFileSync(join(dir, 'notes.txt'), 'not a scenario');
    const entries = checkScenarioDir(dir, root);
    expect(entries.map((e) => e.file)).toEqual(['scenarios/a-broken.yaml', 'scenarios/b-good.yaml', 'scenarios/c-same-id.yml']);
    const [broken, good, same] = entries as [(typeof entries)[0], (typeof entries)[0], (typeof entries)[0]];
    expect(broken.checked).toBeNull();
    expect(broken.diagnostics.find((d) => d.severity === 'error')).toMatchObject({ code: 'unknown-beat', file: 'scenarios/a-broken.yaml', line: 36 });
    expect(good.checked?.scenario.id).toBe('mini-drill');
    // The second file with the same id is refused; the first keeps working.
    expect(same.checked).toBeNull();
    expect(same.diagnostics.map((d) => d.code)).toContain('duplicate-scenario-id');
  });

  it('checks hostile files quickly and ships at most a screenful of their problems (issue 10)', () => {
    const root = mkdtempSync(join(tmpdir(), 'podium-plugin-'));
    const dir = join(root, 'scenarios');
    mkdirSync(dir);
    writeFileSync(join(dir, 'keys.yaml'), '? '.repeat(700));
    writeFileSync(join(dir, 'dupes.yaml'), 'a: 1\n'.repeat(5000));
    writeFileSync(join(dir, 'huge.yaml'), `# ${'x'.repeat(2 * 1024 * 1024)}\n`);
    writeFileSync(join(dir, 'mini.yaml'), mini);
    const start = performance.now();
    const entries = checkScenarioDir(dir, root);
    expect(performance.now() - start).toBeLessThan(5000);
    const by = new Map(entries.map((e) => [e.file, e]));
    expect(by.get('scenarios/keys.yaml')!.diagnostics.map((d) => d.code)).toEqual(['too-deep']);
    expect(by.get('scenarios/dupes.yaml')!.diagnostics).toHaveLength(50);
    expect(by.get('scenarios/huge.yaml')!.diagnostics.map((d) => [d.code, d.file])).toEqual([['file-too-large', 'scenarios/huge.yaml']]);
    expect(by.get('scenarios/mini.yaml')!.checked?.scenario.id).toBe('mini-drill');
  });

  it('serves the list as a lazily imported module', async () => {
    expect(isScenarioFile('x.yaml') && isScenarioFile('x.yml') && !isScenarioFile('x.plan.yaml')).toBe(true);
    const plugin = scenarioPlugin({ dir: 'tests/fixtures/state' });
    const resolve = plugin.resolveId as (id: string) => string | undefined;
    const load = plugin.load as (this: { addWatchFile(f: string): void }, id: string) => string | undefined;
    const entryId = resolve('virtual:scenarios')!;
    const dataId = resolve('virtual:scenarios-data')!;
    expect(load.call({ addWatchFile() {} }, entryId)).toContain('import("virtual:scenarios-data")');
    const watched: string[] = [];
    const code = load.call({ addWatchFile: (f) => watched.push(f) }, dataId)!;
    const data = JSON.parse(JSON.parse(code.replace(/^export default JSON\.parse\(/, '').replace(/\);$/, '')));
    expect(data.map((e: { checked: { scenario: { id: string } } }) => e.checked.scenario.id)).toEqual(['mini-drill']);
    expect(watched).toHaveLength(1);
  });

  it('ships the list as a JSON asset in a build, fetched by loadScenarios and preloaded by the page', () => {
    const plugin = scenarioPlugin({ dir: 'tests/fixtures/state' });
    (plugin.configResolved as (c: { root: string; command: string }) => void)({ root: join(import.meta.dirname, '../..'), command: 'build' });
    const emitted: { name: string; source: string }[] = [];
    const load = plugin.load as (this: object, id: string) => string | undefined;
    const code = load.call(
      {
        emitFile: (f: { name: string; source: string }) => {
          emitted.push(f);
          return 'ref1';
        },
        addWatchFile() {},
      },
      (plugin.resolveId as (id: string) => string)('virtual:scenarios'),
    )!;
    expect(code).toContain('import.meta.ROLLUP_FILE_URL_ref1');
    expect(code).toContain('fetch(url)');
    expect(emitted[0]!.name).toBe('scenarios.json');
    expect(JSON.parse(emitted[0]!.source)[0].checked.scenario.id).toBe('mini-drill');
    const tags = preloadTags(
      [
        'assets/index-a1.js',
        'assets/scenarios-Xy_1.json',
        'assets/be-vietnam-pro-vietnamese-700-normal-Ab_9.woff2',
        'assets/be-vietnam-pro-latin-400-italic-Q.woff2',
        'assets/be-vietnam-pro-latin-400-normal-Q.woff',
      ],
      './',
    );
    expect(tags.map((t) => [t.attrs!.href, t.attrs!.as])).toEqual([
      ['./assets/be-vietnam-pro-vietnamese-700-normal-Ab_9.woff2', 'font'],
      ['./assets/scenarios-Xy_1.json', 'fetch'],
    ]);
  });
});
