/**
 * The code of every page in page-table.ts, each a lazy chunk (Vite splits every file a glob matches).
 * A page module not in the table is never loaded; a table entry whose module or component is missing
 * fails here, loudly, and in page-modules.test.ts.
 */
import type { ComponentType } from 'react';
import { loadLanguagesInUse } from '../../lib/i18n/load-language.ts';
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
    // The page's English parts arrived with its code: it renders once the languages shown have them too
    // (a failed load shows English meanwhile; the language provider tries again).
    await loadLanguagesInUse()?.catch(() => undefined);
    return { Component };
  };
}
