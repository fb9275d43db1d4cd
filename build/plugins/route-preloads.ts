import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { AUTH_PAGES, SETTINGS_PAGES, SETTINGS_SHELL, type PageEntry } from '../../src/app/routes/page-table.ts';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../../src/lib/i18n/languages.ts';

/** A page's words in each other language: the catalogue loader and its files, by language (for prerender-pages.ts). */
export type PageWords = Map<string, Record<string, string[]>>;

const ENGLISH_PART = /\/src\/lib\/i18n\/en\/([\w-]+)\.ts$/;

/**
 * Adds a tiny inline script to index.html that, for the URL being opened, preloads that page's chunks
 * (and the settings shell's) with <link rel="modulepreload">, so they download alongside the entry
 * instead of after it has run. The router still loads them itself; these only start it sooner.
 * Records each page's chunks in `pageChunks` for the prerendered pages (prerender-pages.ts).
 * A visitor in another language (`lang` from the first-paint script) also preloads that language's
 * files of the page's words, which would otherwise load only after the code that asks for them.
 */
export function preloadRouteChunks(pageChunks: Map<string, string[]>, pageWords: PageWords): Plugin {
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
        // The words: which English parts each page shows (the modules in its chunks), and each language's copy.
        const partsOf = (files: Set<string>) => {
          const ids = chunks.filter((chunk) => files.has(chunk.fileName)).flatMap((chunk) => chunk.moduleIds);
          return ['core', ...new Set(ids.map((id) => ENGLISH_PART.exec(id)?.[1]).filter((part) => part !== undefined))];
        };
        const fileOf = (module: string) => chunks.find((chunk) => chunk.facadeModuleId === resolve(root, module))?.fileName;
        const loader = fileOf('src/lib/i18n/catalogue-files.ts');
        if (!loader) throw new Error('preload-route-chunks: no chunk for src/lib/i18n/catalogue-files.ts');
        const others = LANGUAGES.map(({ code }) => code).filter((code) => code !== DEFAULT_LANGUAGE);
        const words: Record<string, Record<string, number>> = {};
        const partsOfRoute: Record<string, string[]> = {};
        const pages = [...AUTH_PAGES.map((page) => ({ page, shell: false })), ...SETTINGS_PAGES.map((page) => ({ page, shell: true }))];
        for (const { page, shell: inShell } of pages) {
          const needed = closure(chunkOf(page).fileName, inShell ? new Set(shell) : new Set());
          const own = [...needed].filter((file) => !inEntry.has(file));
          routes[page.path] = own.map(indexOf);
          pageChunks.set(page.path, own.map((file) => base + file));
          const parts = partsOf(new Set([...needed, ...inEntry]));
          partsOfRoute[page.path] = parts;
          const byLanguage: Record<string, string[]> = {};
          for (const language of others) {
            const table = (words[language] ??= {});
            const files = parts.map((part) => {
              const file = fileOf(`src/lib/i18n/${language}/${part}.ts`);
              if (!file) throw new Error(`preload-route-chunks: no chunk for src/lib/i18n/${language}/${part}.ts`);
              table[part] = indexOf(file);
              return file;
            });
            byLanguage[language] = [loader, ...files].map((file) => base + file);
          }
          pageWords.set(page.path, byLanguage);
        }
        // Before `files` is written out: it adds the loader to the list.
        const loaderIndex = indexOf(loader);
        const script = `(function(f,r,w,n,c){var p=location.pathname.slice(${JSON.stringify(base.length - 1)});function pre(i){var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=${JSON.stringify(base)}+f[i];document.head.appendChild(l)}(r[p]||[]).forEach(pre);var t=w[document.documentElement.lang];if(t&&n[p]){pre(c);n[p].forEach(function(x){pre(t[x])})}})(${JSON.stringify(files)},${JSON.stringify(routes)},${JSON.stringify(words)},${JSON.stringify(partsOfRoute)},${String(loaderIndex)})`;
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
