import type { Plugin } from 'vite';

/** Vite's id for the helper it wraps around every dynamic import of a client build. */
const HELPER = '\0vite/preload-helper.js';

/**
 * Vite's preload helper (≈ 0.9 KB gzip in the entry) preloads a lazy chunk's imports and stylesheets. Here it
 * has nothing to do: `modulePreload` is off (build/plugins/route-preloads.ts preloads instead), and the only
 * stylesheet it could be asked for is the app's one, which every page already has (linked, or inlined in the
 * prerendered pages, where the real helper would fetch it a second time). This keeps what remains of its
 * job, reporting a failed import as `vite:preloadError`; the build fails if a chunk ever lists anything else
 * to preload, or a second stylesheet appears.
 */
export function leanPreloadHelper(): Plugin {
  return {
    name: 'lean-preload-helper',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      if (id !== HELPER) return null;
      return `export const __vitePreload = (load) =>
  load().catch((error) => {
    const event = new Event('vite:preloadError', { cancelable: true });
    event.payload = error;
    window.dispatchEvent(event);
    if (!event.defaultPrevented) throw error;
  });`;
    },
    // writeBundle: Vite lists the dependencies in its own generateBundle, after this plugin's would run.
    writeBundle(_, bundle) {
      const outputs = Object.values(bundle);
      const stylesheets = outputs.filter((output) => output.fileName.endsWith('.css'));
      if (stylesheets.length > 1) this.error(`lean-preload-helper: ${String(stylesheets.length)} stylesheets; lazy CSS needs Vite's own preload helper`);
      for (const chunk of outputs) {
        if (chunk.type !== 'chunk') continue;
        const listed = /__vite__mapDeps=\([^)]*m\.f=\[([^\]]*)\]/.exec(chunk.code)?.[1] ?? '';
        const scripts = listed.split(',').filter((file) => file && !/\.css["'`]$/.test(file.trim()));
        if (scripts.length) this.error(`lean-preload-helper: ${chunk.fileName} preloads ${scripts.join(', ')}; turn Vite's preload helper back on`);
      }
    },
  };
}
