import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { AUTH_PAGES, SETTINGS_PAGES, SETTINGS_SHELL, type PageEntry } from '../../src/app/routes/page-table.ts';

/**
 * Adds a tiny inline script to index.html that, for the URL being opened, preloads that page's chunks
 * (and the settings shell's) with <link rel="modulepreload">, so they download alongside the entry
 * instead of after it has run. The router still loads them itself; these only start it sooner.
 * Records each page's chunks in `pageChunks` for the prerendered pages (prerender-pages.ts).
 */
export function preloadRouteChunks(pageChunks: Map<string, string[]>): Plugin {
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
        const chunkOf = (page: PageEntry) => {
          const chunk = chunks.find((c) => c.facadeModuleId === resolve(root, 'src', page.module));
          if (!chunk) throw new Error(`preload-route-chunks: no chunk for src/${page.module} (${page.path})`);
          return chunk;
        };
        const closure = (fileName: string, seen = new Set<string>()): Set<string> => {
          if (seen.has(fileName)) return seen;
          seen.add(fileName);
          for (const dep of chunks.find((chunk) => chunk.fileName === fileName)?.imports ?? []) closure(dep, seen);
          return seen;
        };
        const entry = chunks.find((chunk) => chunk.isEntry);
        const inEntry = entry ? closure(entry.fileName) : new Set<string>();
        const shell = closure(chunkOf(SETTINGS_SHELL).fileName);
        const files: string[] = [];
        const indexOf = (file: string) => {
          if (!files.includes(file)) files.push(file);
          return files.indexOf(file);
        };
        const routes: Record<string, number[]> = {};
        const pages = [...AUTH_PAGES.map((page) => ({ page, shell: false })), ...SETTINGS_PAGES.map((page) => ({ page, shell: true }))];
        for (const { page, shell: inShell } of pages) {
          const needed = closure(chunkOf(page).fileName, inShell ? new Set(shell) : new Set());
          const own = [...needed].filter((file) => !inEntry.has(file));
          routes[page.path] = own.map(indexOf);
          pageChunks.set(page.path, own.map((file) => base + file));
        }
        const script = `(function(f,r){var p=location.pathname.slice(${JSON.stringify(base.length - 1)});(r[p]||[]).forEach(function(i){var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=${JSON.stringify(base)}+f[i];document.head.appendChild(l)})})(${JSON.stringify(files)},${JSON.stringify(routes)})`;
        // The entry's own imports, preloaded as Vite would (its `modulePreload` is off: see vite.config.ts).
        const entryImports = [...inEntry].filter((file) => file !== entry?.fileName);
        return [
          ...entryImports.map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: base + file }, injectTo: 'head' as const })),
          { tag: 'script', attrs: { 'data-route-preload': true }, children: script, injectTo: 'head' },
        ];
      },
    },
  };
}
