/**
 * What the first section of an embedded build costs (the library's two entries, the iframe mode): the
 * entry's chunks plus a page's, JavaScript gzip, printed at build time and, with a budget, checked
 * (the build fails over it). The stylesheet's size is printed beside it.
 */
import { gzipSync } from 'node:zlib';
import type { Plugin, ResolvedConfig, Rollup } from 'vite';

export function firstSectionSize({ label, pages, budgetKb }: { label: string; pages: string[]; budgetKb?: number }): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'first-section-size',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle: {
      // After Vite has put the stylesheet in the bundle.
      order: 'post',
      handler(_, bundle) {
        const outputs = Object.values(bundle);
        const chunks = outputs.filter((output): output is Rollup.OutputChunk => output.type === 'chunk');
        const closure = (chunk: Rollup.OutputChunk | undefined, seen = new Set<Rollup.OutputChunk>()): Set<Rollup.OutputChunk> => {
          if (!chunk || seen.has(chunk)) return seen;
          seen.add(chunk);
          for (const file of chunk.imports) closure(chunks.find((other) => other.fileName === file), seen);
          return seen;
        };
        const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
        const entry = chunks.find((chunk) => chunk.isEntry);
        if (!entry) return this.error('first-section-size: no entry chunk');
        const css = outputs.filter((output) => output.type === 'asset' && output.fileName.endsWith('.css'));
        const cssBytes = css.reduce((sum, asset) => sum + gzipSync((asset as Rollup.OutputAsset).source).length, 0);
        config.logger.info(`\n${label} (gzip): entry ${kb(gzipSync(entry.code).length)}, CSS ${kb(cssBytes)}`);
        for (const page of pages) {
          const pageChunk = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(`src/${page}`));
          if (!pageChunk) return this.error(`first-section-size: no chunk for src/${page}`);
          const bytes = [...new Set([...closure(entry), ...closure(pageChunk)])].reduce((sum, chunk) => sum + gzipSync(chunk.code).length, 0);
          config.logger.info(`  first section ${page}: ${kb(bytes)} JavaScript${budgetKb ? ` (budget ${String(budgetKb)} KB)` : ''}`);
          if (budgetKb && bytes > budgetKb * 1024) this.error(`first-section-size: ${label}, ${page} loads ${kb(bytes)}, over its budget of ${String(budgetKb)} KB`);
        }
      },
    },
  };
}
