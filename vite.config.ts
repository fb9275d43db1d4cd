/// <reference types="vitest/config" />
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The mock backend ships only in dev and in `--mode mock` builds. `__MOCK_AVAILABLE__` is a
 * compile-time constant so the dynamic import in main.tsx is dropped from production bundles,
 * and the service-worker script that Vite copies from public/ is deleted after a production build.
 */
function dropMockWorker(drop: boolean): Plugin {
  let outDir = 'dist';
  return {
    name: 'drop-mock-worker',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      if (drop) await rm(resolve(outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

export default defineConfig(({ command, mode }) => {
  const mockAvailable = command === 'serve' || mode === 'mock' || mode === 'test';
  return {
    base: process.env.VITE_BASE_PATH ?? '/',
    plugins: [react(), tailwindcss(), dropMockWorker(!mockAvailable)],
    define: { __MOCK_AVAILABLE__: JSON.stringify(mockAvailable) },
    // The SDK's JSON dependency (with bignumber.js, ≈ 12 KB gzip) swapped for a native-JSON equivalent.
    resolve: { alias: [{ find: /^json-bigint$/, replacement: resolve('src/api/json-bigint-lite.ts') }] },
    build: {
      outDir: mode === 'mock' ? 'dist-mock' : 'dist',
      manifest: true,
      sourcemap: false,
      target: 'es2022',
    },
    preview: { port: 4173, strictPort: true },
    test: {
      // Inline the SDK so the json-bigint alias applies to it in tests too.
      server: { deps: { inline: ['appwrite'] } },
      reporters: process.env.CI ? ['default', 'json'] : ['default'],
      outputFile: { json: 'reports/vitest.json' },
      projects: [
        {
          extends: true,
          test: {
            name: 'app',
            environment: 'jsdom',
            include: ['src/**/*.test.{ts,tsx}'],
            setupFiles: ['src/test/setup.ts'],
          },
        },
        {
          extends: true,
          test: { name: 'mock', environment: 'node', include: ['mocks/**/*.test.ts'] },
        },
      ],
    },
  };
});
