import type { Plugin } from 'vite';

/** Vite's id for the helper it wraps around every dynamic import of a client build. */
const HELPER = '\0vite/preload-helper.js';

/**
 * Vite's preload helper (≈ 0.9 KB gzip in the entry) preloads a lazy chunk's imports and stylesheets. Here it
 * has nothing to do: `modulePreload` is off (build/plugins/route-preloads.ts preloads instead) and the app has
 * one stylesheet, so every call gets an empty list. This keeps what remains of its job, reporting a failed
 * import as `vite:preloadError`, and checks the lists really are empty: a lazy stylesheet fails the build.
 */
export function leanPreloadHelper(): Plugin {
  return {
    name: 'lean-preload-helper',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      if (id !== HELPER) return null;
      return `export const __vitePreload = (load, deps) => {
  if (deps && deps.length) throw new Error('lean-preload-helper: a dynamic import has dependencies to preload');
  return load().catch((error) => {
    const event = new Event('vite:preloadError', { cancelable: true });
    event.payload = error;
    window.dispatchEvent(event);
    if (!event.defaultPrevented) throw error;
  });
};`;
    },
    renderChunk(code, chunk) {
      if (/\(\(\)=>import\([^)]*\),\[[^\]]/.test(code.replace(/\s/g, ''))) {
        throw new Error(`lean-preload-helper: ${chunk.fileName} preloads dependencies of a dynamic import; turn the helper back on`);
      }
      return null;
    },
  };
}
