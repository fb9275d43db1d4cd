/**
 * Build plugins for the pages' HTML (production builds): route preloads in index.html, and the
 * prerendered `<page>.html` files (src/prerender/). Used by vite.config.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { minifySync } from 'rolldown/utils';
import { createServer, transformWithOxc, type Plugin, type ResolvedConfig } from 'vite';

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
        const { PRERENDERED_PAGES, prerenderPage } = (await server.ssrLoadModule('/src/prerender/prerender.tsx')) as typeof import('./prerender.tsx');
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

/** Both plugins: the route preloads record each page's chunks, which the prerender then starts. */
export function pageHtmlPlugins(): Plugin[] {
  const pageChunks = new Map<string, string[]>();
  return [preloadRouteChunks(pageChunks), prerenderPages(pageChunks)];
}
