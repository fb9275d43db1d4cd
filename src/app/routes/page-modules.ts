/**
 * The code of every page in page-table.ts, each a lazy chunk (Vite splits every file a glob matches).
 * A page module not in the table is never loaded; a table entry whose module or component is missing
 * fails here, loudly, and in page-modules.test.ts.
 */
import type { ComponentType } from 'react';
import type { PageEntry } from './page-table.ts';

const MODULES = import.meta.glob<Record<string, ComponentType | undefined>>([
  '/src/features/*/*-page.tsx',
  '/src/features/*/*-pages.tsx',
  '/src/app/layouts/app-shell.tsx',
]);

/** A page's lazily loaded code, in the shape of React Router's `lazy`. */
export type LazyPage = () => Promise<{ Component: ComponentType }>;

export function pageLoader(page: PageEntry): LazyPage {
  const load = MODULES[`/src/${page.module}`];
  if (!load) throw new Error(`page-table: no module src/${page.module} (for ${page.path})`);
  return async () => {
    const Component = (await load())[page.component];
    if (!Component) throw new Error(`page-table: src/${page.module} does not export ${page.component}`);
    return { Component };
  };
}
