// Every locales/<lang>/<namespace>.json is bundled (never fetched): a drill must work offline and
// a missing file must fail the build, not a trainee's session.
import type { Resource, ResourceLanguage } from 'i18next';

// The studio's strings travel with the studio's own chunk (src/studio/studio.ts), not the player's.
const files = import.meta.glob<{ default: Record<string, unknown> }>(['../../locales/*/*.json', '!../../locales/*/studio.json'], { eager: true });

export function bundledResources(): Resource {
  const resources: Record<string, ResourceLanguage> = {};
  for (const [path, mod] of Object.entries(files)) {
    const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, lang, ns] = match as unknown as [string, string, string];
    (resources[lang] ??= {})[ns] = mod.default as ResourceLanguage[string];
  }
  return resources;
}

export function bundledNamespaces(): string[] {
  const names = new Set<string>();
  for (const path of Object.keys(files)) {
    const match = /locales\/[^/]+\/([^/]+)\.json$/.exec(path);
    if (match?.[1]) names.add(match[1]);
  }
  return [...names].sort();
}
