// Builds the app once for the whole browser suite and serves it with `vite preview` on a free
// port, so every test file shares one production bundle and one server. The bundle goes to a
// temporary folder: several people may run the suite at once and must not overwrite each other's
// dist/. Set E2E_BASE_URL to test an already running server instead (no build).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built app is served, without a trailing slash, e.g. http://127.0.0.1:41234 */
    baseUrl: string;
    /** The folder of that build ('' when E2E_BASE_URL names a server of someone else's). */
    distDir: string;
  }
}

const root = resolve(import.meta.dirname, '../..');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.E2E_BASE_URL;
  if (external) {
    project.provide('baseUrl', external.replace(/\/$/, ''));
    project.provide('distDir', '');
    return async () => {};
  }

  const outDir = await mkdtemp(join(tmpdir(), 'podium-e2e-'));
  await buildApp(outDir);

  let server: PreviewServer;
  try {
    server = await preview({
      root,
      logLevel: 'error',
      build: { outDir },
      preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
    });
  } catch (error) {
    await rm(outDir, { recursive: true, force: true });
    throw error;
  }
  const { port } = server.httpServer.address() as AddressInfo;
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  project.provide('distDir', outDir);

  return async () => {
    await server.close();
    await rm(outDir, { recursive: true, force: true });
  };
}

// Vitest runs with NODE_ENV=test, which would make vite bundle the libraries' development builds;
// the suite must exercise what players get.
async function buildApp(outDir: string): Promise<void> {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root,
      mode: 'production',
      // Errors only: the build's advice on chunk sizes and plugin timings is the bench's business.
      logLevel: 'error',
      build: { outDir, emptyOutDir: true, reportCompressedSize: false },
    });
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
}
