// Every locales/<lang>/<namespace>.json is bundled (never fetched): a drill must work offline and
// a missing file must fail the build, not a trainee's session.
import type { i18n as I18n, Resource, ResourceLanguage } from 'i18next';

// Namespaces of one page or chunk travel with it, not in every page's start-up: the studio's with
// the studio's chunk (src/studio/studio.ts), the phone page's with that page (src/phone/main.ts).
// Each adds its own with addNamespace.
const files = import.meta.glob<{ default: Record<string, unknown> }>(
  ['../../locales/*/*.json', '!../../locales/*/studio.json', '!../../locales/*/phone.json'],
  { eager: true },
);

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

/** Adds a namespace left out above, from the caller's own eager import.meta.glob of its locales files. */
export function addNamespace(i18n: I18n, namespace: string, own: Record<string, { default: Record<string, unknown> }>): void {
  for (const [path, mod] of Object.entries(own)) {
    const lang = /locales\/([^/]+)\/[^/]+\.json$/.exec(path)?.[1];
    if (lang) i18n.addResourceBundle(lang, namespace, mod.default, true, true);
  }
}
