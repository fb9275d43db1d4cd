/**
 * The pages' HTML in production builds: route preloads in index.html, and the prerendered
 * `<page>.html` files (build/prerender/). The preloads record each page's chunks, which the
 * prerendered pages then start.
 */
import type { Plugin } from 'vite';
import { prerenderPages } from './prerender-pages.ts';
import { preloadRouteChunks, type PageWords } from './route-preloads.ts';

export function pageHtmlPlugins(): Plugin[] {
  const pageChunks = new Map<string, string[]>();
  const pageWords: PageWords = new Map();
  return [preloadRouteChunks(pageChunks, pageWords), prerenderPages(pageChunks, pageWords)];
}
