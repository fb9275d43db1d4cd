import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { minifySync } from 'rolldown/utils';
import type { Plugin } from 'vite';

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
 * Records each output chunk's modules with their minified gzip size alone, so that the bundle check
 * (build/checks/check-bundle.mjs) can name the largest modules of every route.
 */
export function recordModuleSizes(file: string): Plugin {
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
