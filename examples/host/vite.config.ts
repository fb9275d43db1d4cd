/**
 * The example host in the mock build (`npm run build:mock`): dist-mock/examples/host/, beside the mock
 * app it frames, so the e2e tests find it where `npm run dev` serves it. It uses the widget's sources
 * and its confined stylesheet, as a host would use the library.
 */
import { resolve } from 'node:path';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { widgetCss } from '../../build/lib/widget-css.ts';
import { treeShakeableSdk } from '../../build/plugins/tree-shakeable-sdk.ts';

const root = resolve(import.meta.dirname, '../..');

export default defineConfig({
  root,
  publicDir: false,
  plugins: [react(), tailwindcss(), treeShakeableSdk()],
  css: widgetCss(),
  // The widget as the library ships it: no mock of its own (the host starts the mock).
  define: { __MOCK_AVAILABLE__: 'false' },
  resolve: { alias: [{ find: /^json-bigint$/, replacement: resolve(root, 'src/api/client/json-bigint-lite.ts') }] },
  build: {
    outDir: resolve(root, 'dist-mock'),
    emptyOutDir: false,
    assetsDir: 'examples/host/assets',
    modulePreload: false,
    rolldownOptions: { input: resolve(import.meta.dirname, 'index.html') },
    sourcemap: false,
    target: 'es2022',
  },
});
