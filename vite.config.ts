import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicyPlugin } from './scripts/contentSecurityPolicy.ts';
import { preloadPlugin } from './scripts/preloadPlugin.ts';
import { scenarioPlugin } from './scripts/scenarioPlugin.ts';

// Phaser is large and does not tree-shake: keep it in a chunk of its own so the app's own code
// stays small and cacheable apart from it. Scenarios are checked at build time (scenarioPlugin);
// the fonts and the scenarios are preloaded from index.html (preloadPlugin); index.html gets the
// Content-Security-Policy (contentSecurityPolicyPlugin).
export default defineConfig({
  base: './',
  plugins: [
    scenarioPlugin(),
    preloadPlugin(),
    contentSecurityPolicyPlugin(),
    // The built app installs as a PWA: after one visit every file of a drill (pages, scripts, the
    // scenarios, fonts, sounds) is in the service worker's cache, so a hall without internet still
    // runs the projector and the console. A new version waits until the app offers it (src/app/pwa.ts).
    VitePWA({
      registerType: 'prompt',
      includeManifestIcons: false,
      injectRegister: false,
      manifest: {
        name: 'Podium — diễn tập họp báo / press-conference drill',
        short_name: 'Podium',
        description: 'Diễn tập họp báo cho người phát ngôn / a press-conference drill for spokespersons',
        lang: 'vi',
        start_url: './',
        scope: './',
        display: 'fullscreen',
        background_color: '#070d17',
        theme_color: '#0b1422',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{html,js,css,json,svg,png,woff,woff2,ogg,mp3}'],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        // ?lang=, ?code=, ?timescale=…: the same page, from the cache.
        ignoreURLParametersMatching: [/.*/],
        navigateFallback: 'index.html',
        // The room server's own endpoints are never answered from the cache.
        navigateFallbackDenylist: [/\/room\//, /\/socket\.io\//, /phone\.html/, /console\.html/],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rollupOptions: {
      // The participants' phone page is its own small entry (served by the room server).
      // The facilitator console of a live drill too (console.html, src/console).
      input: { main: 'index.html', phone: 'phone.html', console: 'console.html' },
      output: {
        manualChunks(id: string) {
          if (id.includes('node_modules/phaser')) return 'phaser';
          return undefined;
        },
      },
    },
  },
});
