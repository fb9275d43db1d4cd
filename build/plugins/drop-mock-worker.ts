import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The mock backend ships only in dev and in `--mode mock` builds (main.tsx imports it behind the
 * compile-time `__MOCK_AVAILABLE__`); this deletes the service-worker script Vite copies from public/
 * after a production build.
 */
export function dropMockWorker(drop: boolean): Plugin {
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
