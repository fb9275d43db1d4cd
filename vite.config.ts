/// <reference types="vitest/config" />
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { minifySync } from 'rolldown/utils';
import { createServer, defineConfig, transformWithOxc, type Plugin, type ResolvedConfig } from 'vite';

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

/** Files that list pages as `{ path: '/x', … import('../y.tsx') … }` (the router's and the settings pages'). */
const ROUTE_TABLES = ['src/app/router.tsx', 'src/app/settings-pages.ts'];
const SHELL_MODULE = 'src/app/layouts/app-shell.tsx';

/**
 * Adds a tiny inline script to index.html that, for the URL being opened, preloads that page's chunks
 * (and the settings shell's) with <link rel="modulepreload">, so they download alongside the entry
 * instead of after it has run. The router still loads them itself; these only start it sooner.
 */
function preloadRouteChunks(pageChunks: Map<string, string[]>): Plugin {
  let root = '';
  let base = '/';
  return {
    name: 'preload-route-chunks',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
        const byModule = new Map(chunks.map((chunk) => [chunk.facadeModuleId, chunk]));
        const entry = chunks.find((chunk) => chunk.isEntry);
        const closure = (fileName: string, seen = new Set<string>()): Set<string> => {
          if (seen.has(fileName)) return seen;
          seen.add(fileName);
          for (const dep of chunks.find((chunk) => chunk.fileName === fileName)?.imports ?? []) closure(dep, seen);
          return seen;
        };
        const inEntry = entry ? closure(entry.fileName) : new Set<string>();
        const shell = byModule.get(resolve(root, SHELL_MODULE));
        const files: string[] = [];
        const indexOf = (file: string) => {
          if (!files.includes(file)) files.push(file);
          return files.indexOf(file);
        };
        const routes: Record<string, number[]> = {};
        for (const table of ROUTE_TABLES) {
          const source = readFileSync(resolve(root, table), 'utf8');
          for (const [, path = '', specifier = ''] of source.matchAll(/path: '(\/[\w/-]*)'[^}]*?import\('(\.{1,2}\/[^']+)'\)/g)) {
            const page = byModule.get(resolve(root, dirname(table), specifier));
            if (!page) continue;
            const needed = closure(page.fileName, table.endsWith('settings-pages.ts') && shell ? closure(shell.fileName) : new Set());
            const own = [...needed].filter((file) => !inEntry.has(file));
            routes[path] = own.map(indexOf);
            pageChunks.set(path, own.map((file) => base + file));
          }
        }
        if (!Object.keys(routes).length) throw new Error(`preload-route-chunks: no \`path: '/…', … import('…')\` entries found in ${ROUTE_TABLES.join(', ')}`);
        const script = `(function(f,r){var p=location.pathname.slice(${JSON.stringify(base.length - 1)});(r[p]||[]).forEach(function(i){var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=${JSON.stringify(base)}+f[i];document.head.appendChild(l)})})(${JSON.stringify(files)},${JSON.stringify(routes)})`;
        return [{ tag: 'script', attrs: { 'data-route-preload': true }, children: script, injectTo: 'head' }];
      },
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

/**
 * After a production build, writes `<page>.html` for each page src/prerender.tsx lists: index.html
 * with that page's loading state already in #root (inert until the app takes over) and the CSS inlined,
 * so the page paints with the HTML instead of after ≈ 125 KB of script. Hosts serve it for `/<page>`
 * ("clean URLs", as `vite preview` does), falling back to index.html for everything else as before.
 */
function prerenderPages(pageChunks: Map<string, string[]>): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'prerender-pages',
    apply: (_, env) => env.command === 'build' && env.mode === 'production',
    configResolved(resolved) {
      config = resolved;
    },
    // writeBundle, not closeBundle: that one also runs after a failed build.
    async writeBundle() {
      const outDir = resolve(config.root, config.build.outDir);
      const template = readFileSync(resolve(outDir, 'index.html'), 'utf8');
      const css = /<link rel="stylesheet" crossorigin href="[^"]*?(assets\/[^"]+\.css)">/.exec(template);
      if (!css?.[1] || !template.includes('<div id="root"></div>')) throw new Error('prerender-pages: index.html lacks the stylesheet link or the empty #root');
      const style = `<style>${readFileSync(resolve(outDir, css[1]), 'utf8')}</style>`;
      const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(template);
      const routePreload = /<script data-route-preload>[\s\S]*?<\/script>/.exec(template);
      if (!entry?.[1] || !routePreload) throw new Error('prerender-pages: index.html lacks the entry script or the route preloads');
      // The page's scripts are started by src/prerender/start-after-paint.ts, inlined, after its first paint.
      const entryPreloads = [...template.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)];
      let scriptless = template.replace(entry[0], '').replace(routePreload[0], '');
      for (const link of entryPreloads) scriptless = scriptless.replace(link[0], '');
      scriptless = scriptless.replace(/\n\s*(?=\n)/g, '');
      const starterFile = resolve(config.root, 'src/prerender/start-after-paint.ts');
      const starter = (await transformWithOxc(readFileSync(starterFile, 'utf8'), starterFile, { lang: 'ts' })).code.replace(/^export /m, '');
      const startScripts = (page: { path: string; variantParams: string[] }) => {
        const args = [[...entryPreloads.map((link) => link[1]), ...(pageChunks.get(page.path) ?? [])], entry[1], page.variantParams];
        return `<script>${minifySync('start.js', `(${starter})(...${JSON.stringify(args)})`).code.trim()}</script>`;
      };
      const publicConfig = resolve(outDir, 'config.json');
      const configJson = existsSync(publicConfig) ? (JSON.parse(readFileSync(publicConfig, 'utf8')) as Record<string, unknown>) : {};
      const server = await createServer({
        root: config.root,
        configFile: config.configFile,
        mode: config.mode,
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
      });
      // No request may answer while pages render: they must show their loading state.
      const realFetch = globalThis.fetch;
      globalThis.fetch = () => new Promise<Response>(() => undefined);
      try {
        const { PRERENDERED_PAGES, prerenderPage } = (await server.ssrLoadModule('/src/prerender/prerender.tsx')) as typeof import('./src/prerender/prerender.tsx');
        for (const page of PRERENDERED_PAGES) {
          if (!pageChunks.has(page.path)) throw new Error(`prerender-pages: no chunks recorded for ${page.path}`);
          const { title, markup } = await prerenderPage(page.path, configJson);
          let html = scriptless
            .replace('<div id="root"></div>', () => `<noscript><p>This page needs JavaScript.</p></noscript><div id="root" data-prerendered inert>${markup}</div>`)
            .replace(css[0], () => style + startScripts(page));
          if (title) html = html.replace(/<title>[^<]*<\/title>/, () => title);
          const file = resolve(outDir, `.${page.path}.html`);
          await mkdir(dirname(file), { recursive: true });
          await writeFile(file, html);
        }
      } finally {
        globalThis.fetch = realFetch;
        await server.close();
      }
    },
  };
}

export default defineConfig(({ command, mode }) => {
  const mockAvailable = command === 'serve' || mode === 'mock' || mode === 'test';
  // Each page's own chunks (page path → URLs), found by the route preloads, used by the prerender.
  const pageChunks = new Map<string, string[]>();
  return {
    base: process.env.VITE_BASE_PATH ?? '/',
    plugins: [
      react(),
      tailwindcss(),
      treeShakeableSdk(),
      dropMockWorker(!mockAvailable),
      preloadRouteChunks(pageChunks),
      prerenderPages(pageChunks),
      ...(mode === 'production' ? [recordModuleSizes('reports/bundle-modules.json')] : []),
    ],
    define: { __MOCK_AVAILABLE__: JSON.stringify(mockAvailable) },
    // The SDK's JSON dependency (with bignumber.js, ≈ 12 KB gzip) swapped for a native-JSON equivalent.
    resolve: { alias: [{ find: /^json-bigint$/, replacement: resolve('src/api/json-bigint-lite.ts') }] },
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
      ],
    },
  };
});
