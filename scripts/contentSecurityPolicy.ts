// The app's Content-Security-Policy, put into index.html as a <meta> tag by this plugin (in the dev
// server and in the build alike, so every way of serving the page has it). Scripts come only from
// the app's own files: no inline script, no eval (zod's eval probe is switched off in
// src/zodWithoutEval.ts). Styles may be inline: index.html's first-paint style and the style
// attributes Phaser and the overlays set. Images, fonts and sounds may also be data: or blob: URLs
// (inlined small assets, Phaser's built-in textures, howler's unlock sound); nothing is fetched
// from another origin.
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "media-src 'self' data: blob:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** Adds the policy to the app's pages (index.html, phone.html); the phone's socket is same-origin ('self'). */
export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'podium-content-security-policy',
    transformIndexHtml: {
      order: 'pre',
      handler(_html, ctx) {
        if (!/(^|\/)(index|phone)\.html$/.test(ctx.path)) return [];
        return [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }];
      },
    },
  };
}
