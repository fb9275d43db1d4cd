/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './build/plugins/content-security-policy.ts';
import { dropMockWorker } from './build/plugins/drop-mock-worker.ts';
import { frameDevServer } from './build/frame/frame-pages.ts';
import { firstPaintDisplay } from './build/plugins/first-paint.ts';
import { leanPreloadHelper } from './build/plugins/lean-preload-helper.ts';
import { recordModuleSizes } from './build/plugins/module-sizes.ts';
import { pageHtmlPlugins } from './build/plugins/page-html.ts';
import { treeShakeableSdk } from './build/plugins/tree-shakeable-sdk.ts';
import { widgetCss } from './build/lib/widget-css.ts';

/** Build code (plugins, prerender, checks) lives in build/; this file only puts it together. */
export default defineConfig(({ command, mode }) => {
  const mockAvailable = command === 'serve' || mode === 'mock' || mode === 'test';
  return {
    base: process.env.VITE_BASE_PATH ?? '/',
    plugins: [
      react(),
      tailwindcss(),
      treeShakeableSdk(),
      dropMockWorker(!mockAvailable),
      firstPaintDisplay(),
      frameDevServer(),
      leanPreloadHelper(),
      ...pageHtmlPlugins(),
      contentSecurityPolicy(),
      ...(mode === 'production' ? [recordModuleSizes('reports/bundle-modules.json')] : []),
    ],
    // Confines src/app/embed/widget.css (the embeddable widget's) to the widget; the app's CSS is untouched.
    css: widgetCss(),
    define: { __MOCK_AVAILABLE__: JSON.stringify(mockAvailable) },
    // The SDK's JSON dependency (with bignumber.js, ≈ 12 KB gzip) swapped for a native-JSON equivalent.
    resolve: { alias: [{ find: /^json-bigint$/, replacement: resolve('src/api/client/json-bigint-lite.ts') }] },
    build: {
      outDir: mode === 'mock' ? 'dist-mock' : 'dist',
      manifest: true,
      // No preload helper around every dynamic import (≈ 1.9 KB gzip off every first load): the pages'
      // chunks are preloaded by build/plugins/route-preloads.ts instead, for the URL opened (and the entry's).
      modulePreload: false,
      rolldownOptions: {
        output: {
          codeSplitting: {
            // TanStack Query in one chunk the entry loads: every page uses its hooks, so splitting them
            // across small shared chunks only added requests.
            groups: [{ name: 'query', test: /node_modules[\\/]@tanstack[\\/]/ }],
          },
        },
      },
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
            include: ['src/**/*.test.{ts,tsx}', 'build/prerender/**/*.test.ts', 'build/first-paint/**/*.test.ts'],
            setupFiles: ['src/test/setup.ts'],
          },
        },
        {
          extends: true,
          test: { name: 'mock', environment: 'node', include: ['mocks/**/*.test.ts'] },
        },
        {
          extends: true,
          test: { name: 'tooling', environment: 'node', include: ['contract/**/*.test.ts', 'build/lint/**/*.test.ts', 'build/lib/**/*.test.ts', 'build/plugins/**/*.test.ts'] },
        },
      ],
    },
  };
});
