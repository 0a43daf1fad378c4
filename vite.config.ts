import { defineConfig } from 'vite';
import { contentSecurityPolicyPlugin } from './scripts/contentSecurityPolicy.ts';
import { preloadPlugin } from './scripts/preloadPlugin.ts';
import { scenarioPlugin } from './scripts/scenarioPlugin.ts';

// Phaser is large and does not tree-shake: keep it in a chunk of its own so the app's own code
// stays small and cacheable apart from it. Scenarios are checked at build time (scenarioPlugin);
// the fonts and the scenarios are preloaded from index.html (preloadPlugin); index.html gets the
// Content-Security-Policy (contentSecurityPolicyPlugin).
export default defineConfig({
  base: './',
  plugins: [scenarioPlugin(), preloadPlugin(), contentSecurityPolicyPlugin()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rollupOptions: {
      // The participants' phone page is its own small entry (served by the room server).
      input: { main: 'index.html', phone: 'phone.html' },
      output: {
        manualChunks(id: string) {
          if (id.includes('node_modules/phaser')) return 'phaser';
          return undefined;
        },
      },
    },
  },
});
