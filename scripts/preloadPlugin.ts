// Start the downloads the menu waits for as soon as the page arrives, in parallel with the
// scripts: the bundled font files (both subsets, the three weights the screens use) and the
// checked scenarios. Without this they would only be requested once the app's code had run.
import type { IndexHtmlTransformContext, HtmlTagDescriptor, Plugin } from 'vite';

const FONT = /be-vietnam-pro-(?:latin|vietnamese)-(?:400|600|700)-normal-[\w-]+\.woff2$/;
const SCENARIOS = /scenarios-[\w-]+\.json$/;

export function preloadTags(fileNames: string[], base: string): HtmlTagDescriptor[] {
  const tags: HtmlTagDescriptor[] = [];
  for (const fileName of [...fileNames].sort()) {
    const href = `${base}${fileName}`;
    if (FONT.test(fileName)) tags.push({ tag: 'link', attrs: { rel: 'preload', href, as: 'font', type: 'font/woff2', crossorigin: '' }, injectTo: 'head' });
    else if (SCENARIOS.test(fileName))
      tags.push({ tag: 'link', attrs: { rel: 'preload', href, as: 'fetch', type: 'application/json', crossorigin: '' }, injectTo: 'head' });
  }
  return tags;
}

export function preloadPlugin(): Plugin {
  let base = './';
  return {
    name: 'podium-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html: string, ctx: IndexHtmlTransformContext) {
        if (!ctx.bundle) return [];
        return preloadTags(Object.keys(ctx.bundle), base);
      },
    },
  };
}
