/**
 * The iframe mode (`/embed/<section>`), built apart from the app into the same folder (dist/embed/,
 * or dist-mock/embed/ with `--mode mock`): nothing of it in the app's pages, nothing of the app's
 * start-up (prerender, route preloads) in it. Runs after the app's build (`npm run build`).
 */
import { resolve } from 'node:path';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { dropMockWorker } from '../plugins/drop-mock-worker.ts';
import { firstSectionSize } from '../plugins/first-section-size.ts';
import { treeShakeableSdk } from '../plugins/tree-shakeable-sdk.ts';
import { FRAME_HTML, framePages } from './frame-pages.ts';

const root = resolve(import.meta.dirname, '../..');

export default defineConfig(({ mode }) => {
  const mockAvailable = mode === 'mock';
  return {
    root,
    base: process.env.VITE_BASE_PATH ?? '/',
    // The app's build copied public/ already.
    publicDir: false,
    plugins: [
      react(),
      tailwindcss(),
      treeShakeableSdk(),
      dropMockWorker(!mockAvailable),
      framePages(),
      // Its first sections hold the app's own budget (150 KB, as its pages).
      firstSectionSize({ label: 'iframe mode', pages: ['features/profile/profile-page.tsx', 'features/sessions/sessions-page.tsx'], budgetKb: 150 }),
    ],
    define: { __MOCK_AVAILABLE__: JSON.stringify(mockAvailable) },
    resolve: { alias: [{ find: /^json-bigint$/, replacement: resolve(root, 'src/api/client/json-bigint-lite.ts') }] },
    build: {
      outDir: resolve(root, mockAvailable ? 'dist-mock' : 'dist'),
      emptyOutDir: false,
      assetsDir: 'embed/assets',
      // The app's manifest (its bundle check reads it) stays the app's.
      manifest: false,
      modulePreload: false,
      rolldownOptions: { input: resolve(root, FRAME_HTML) },
      sourcemap: false,
      target: 'es2022',
    },
  };
});
