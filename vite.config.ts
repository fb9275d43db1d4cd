/// <reference types="vitest/config" />
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { minifySync } from 'rolldown/utils';
import { defineConfig, type Plugin } from 'vite';
import { pageHtmlPlugins } from './src/prerender/page-html-plugins.ts';

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

/** A module's gzip size after minifying it alone (a fragment that does not parse counts as written). */
function minifiedGzip(id: string, code: string) {
  try {
    // Wrapped in a function so top-level names are mangled as in the bundle; no compression, so nothing is dropped.
    return gzipSync(minifySync(id, `(function(){${code}\n})`, { compress: false }).code).length;
  } catch {
    return gzipSync(code).length;
  }
}

/**
 * Records each output chunk's modules with their minified gzip size alone, so that `bench:bundle`
 * can name the largest modules of every route (rolldown's own bundler, via Vite).
 */
function recordModuleSizes(file: string): Plugin {
  let root = '';
  return {
    name: 'record-module-sizes',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async generateBundle(_options, bundle) {
      const chunks: Record<string, { id: string; bytes: number; gzip: number }[]> = {};
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        chunks[output.fileName] = Object.entries(output.modules)
          .filter(([, module]) => module.renderedLength > 0)
          .map(([id, module]) => ({
            id: relative(root, id.replace(/^\0/, '')),
            bytes: module.renderedLength,
            gzip: module.code ? minifiedGzip(id, module.code) : 0,
          }));
      }
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, JSON.stringify(chunks));
    },
  };
}

/** `var E; (function (E) { E["Key"] = "value"; … })(E || (E = {}));`: TypeScript's output for a string enum. */
const STRING_ENUM = /var (\w+);\n\(function \(\1\) \{\n((?:\s+\1\["[^"\\]+"\] = "[^"\\]*";\n)+)\}\)\(\1 \|\| \(\1 = \{\}\)\);/g;

/** Rewrites string enums as object literals with the same keys and values. */
export function enumsAsObjectLiterals(code: string) {
  return code.replace(STRING_ENUM, (_match, name: string, body: string) => {
    const entries = [...body.matchAll(/\["([^"\\]+)"\] = ("[^"\\]*");/g)].map(([, key, value]) => `    "${key ?? ''}": ${value ?? ''},`);
    return `var ${name} = {\n${entries.join('\n')}\n};`;
  });
}

/**
 * Wraps `class C { … }` and the `C.method = …` statements after it (up to the next top-level
 * declaration) in a pure IIFE, so an unused C is dropped instead of kept for its assignments.
 */
export function classWithStaticsAsPure(code: string, name: string) {
  const start = code.indexOf(`\nclass ${name} {\n`);
  if (start < 0) return code;
  const next = /\n(?:const|let|var|class|function|export) /g;
  next.lastIndex = start + 1;
  const end = next.exec(code)?.index ?? code.length;
  const block = code.slice(start + 1, end);
  return `${code.slice(0, start + 1)}const ${name} = /* @__PURE__ */ (() => {\n${block}\nreturn ${name};\n})();\n${code.slice(end)}`;
}

/**
 * The SDK's enums (countries, time zones, browsers, …: ≈ 7 KB gzip) and its Query and Operator
 * builders are written in ways bundlers must keep even when unused; rewritten, they tree-shake.
 */
function treeShakeableSdk(): Plugin {
  return {
    name: 'tree-shakeable-sdk',
    transform: {
      filter: { id: /node_modules\/appwrite\/dist\/esm\/sdk\.js$/ },
      handler: (code) => ({
        code: ['Query', 'Operator'].reduce(classWithStaticsAsPure, enumsAsObjectLiterals(code)),
        map: null,
      }),
    },
  };
}

export default defineConfig(({ command, mode }) => {
  const mockAvailable = command === 'serve' || mode === 'mock' || mode === 'test';
  return {
    base: process.env.VITE_BASE_PATH ?? '/',
    plugins: [
      react(),
      tailwindcss(),
      treeShakeableSdk(),
      dropMockWorker(!mockAvailable),
      ...pageHtmlPlugins(),
      ...(mode === 'production' ? [recordModuleSizes('reports/bundle-modules.json')] : []),
    ],
    define: { __MOCK_AVAILABLE__: JSON.stringify(mockAvailable) },
    // The SDK's JSON dependency (with bignumber.js, ≈ 12 KB gzip) swapped for a native-JSON equivalent.
    resolve: { alias: [{ find: /^json-bigint$/, replacement: resolve('src/api/client/json-bigint-lite.ts') }] },
    build: {
      outDir: mode === 'mock' ? 'dist-mock' : 'dist',
      manifest: true,
      // Every browser in the target supports <link rel="modulepreload">; the polyfill is dead weight.
      modulePreload: { polyfill: false },
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
            include: ['src/**/*.test.{ts,tsx}'],
            setupFiles: ['src/test/setup.ts'],
          },
        },
        {
          extends: true,
          test: { name: 'mock', environment: 'node', include: ['mocks/**/*.test.ts'] },
        },
        {
          extends: true,
          test: { name: 'contract', environment: 'node', include: ['contract/**/*.test.ts'] },
        },
      ],
    },
  };
});
