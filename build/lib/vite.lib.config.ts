/**
 * `npm run build:lib`: the embeddable settings as an ES module library in dist-lib/ (see README,
 * "Embedding"). Two passes over the same sources:
 * - default mode: `index.js` for React hosts, React and react-dom left to the host (peer dependencies);
 * - `--mode standalone`: `standalone.js`, the same widget with React inside, for any page.
 * Both write the one confined stylesheet, `style.css`; sections stay lazy chunks as in the app.
 */
import { resolve } from 'node:path';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { firstSectionSize } from '../plugins/first-section-size.ts';
import { treeShakeableSdk } from '../plugins/tree-shakeable-sdk.ts';
import { widgetCss } from './widget-css.ts';

const root = resolve(import.meta.dirname, '../..');

export default defineConfig(({ mode }) => {
  const standalone = mode === 'standalone';
  return {
    root,
    publicDir: false,
    plugins: [
      react(),
      tailwindcss(),
      treeShakeableSdk(),
      // With React inside, the first section holds the app pages' budget; without, its size is reported.
      firstSectionSize({
        label: standalone ? 'standalone.js (React inside)' : 'index.js (React from the host)',
        pages: ['features/profile/profile-page.tsx'],
        ...(standalone && { budgetKb: 150 }),
      }),
    ],
    css: widgetCss(),
    define: { __MOCK_AVAILABLE__: 'false', 'process.env.NODE_ENV': '"production"' },
    resolve: { alias: [{ find: /^json-bigint$/, replacement: resolve(root, 'src/api/client/json-bigint-lite.ts') }] },
    build: {
      outDir: resolve(root, 'dist-lib'),
      // The second pass adds to the first one's output.
      emptyOutDir: !standalone,
      lib: {
        entry: { [standalone ? 'standalone' : 'index']: resolve(import.meta.dirname, standalone ? 'standalone-entry.ts' : 'index-entry.ts') },
        formats: ['es'],
        cssFileName: 'style',
      },
      modulePreload: false,
      rolldownOptions: {
        external: standalone ? [] : [/^react(-dom)?(\/.*)?$/],
        // What the entry needs goes in the entry (extra exports allowed), not in dozens of small chunks.
        preserveEntrySignatures: 'allow-extension',
        // Minified as the app is: lib mode alone keeps the whitespace.
        output: { chunkFileNames: standalone ? 'standalone/[name]-[hash].js' : 'chunks/[name]-[hash].js', minify: true },
      },
      sourcemap: false,
      target: 'es2022',
    },
  };
});
