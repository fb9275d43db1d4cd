import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { minifySync } from 'rolldown/utils';
import { createServer, transformWithOxc, type Plugin, type ResolvedConfig } from 'vite';
import { PRERENDER_LANGUAGE, PRERENDERED_PAGES } from '../../src/app/routes/page-table.ts';
import type { PageWords } from './route-preloads.ts';

/**
 * After a production build, writes `<page>.html` for each page of PRERENDERED_PAGES (page-table.ts): index.html
 * with that page's loading state already in #root (inert until the app takes over) and the CSS inlined,
 * so the page paints with the HTML instead of after ≈ 125 KB of script. Hosts serve it for `/<page>`
 * ("clean URLs", as `vite preview` does), falling back to index.html for everything else as before.
 */
export function prerenderPages(pageChunks: Map<string, string[]>, pageWords: PageWords): Plugin {
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
      // The page's scripts are started by build/prerender/start-after-paint.ts, inlined, after its first paint.
      const entryPreloads = [...template.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)];
      let scriptless = template.replace(entry[0], '').replace(routePreload[0], '');
      for (const link of entryPreloads) scriptless = scriptless.replace(link[0], '');
      scriptless = scriptless.replace(/\n\s*(?=\n)/g, '');
      const starterFile = resolve(config.root, 'build/prerender/start-after-paint.ts');
      const starter = (await transformWithOxc(readFileSync(starterFile, 'utf8'), starterFile, { lang: 'ts' })).code.replace(/^export /m, '');
      const startScripts = (page: { path: string; variantParams: string[] }) => {
        const args = [[...entryPreloads.map((link) => link[1]), ...(pageChunks.get(page.path) ?? [])], entry[1], page.variantParams, PRERENDER_LANGUAGE, pageWords.get(page.path) ?? {}];
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
        const { prerenderPage } = (await server.ssrLoadModule('/build/prerender/prerender.tsx')) as typeof import('../prerender/prerender.tsx');
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
