/** Routes the app's router shares with the embedded widget's: the signed-in pages and the 404 (no auth pages here). */
import type { RouteObject } from 'react-router';
import { nextTask } from '../../lib/next-task.ts';
import { warm, type RouterDeps } from './guards.ts';
import { PAGE_DATA } from './page-data.ts';
import { pageLoader, type LazyPage } from './page-modules.ts';
import type { SettingsPageEntry } from './page-table.ts';

/**
 * A page's code, evaluated in a task after the router's own start-up work rather than within it: on a
 * phone each is tens of milliseconds, and together one long task that would block input.
 */
export const inATaskOfItsOwn =
  (load: LazyPage): LazyPage =>
  () =>
    nextTask().then(load);

/** Signed-in pages: each one's code and data load in parallel. */
export function settingsPageRoutes(deps: RouterDeps, pages: SettingsPageEntry[]): RouteObject[] {
  return pages.map((page) => {
    const data = PAGE_DATA[page.path];
    return { path: page.path.slice(1), lazy: inATaskOfItsOwn(pageLoader(page)), loader: data ? warm(deps, (url) => data(deps, url)) : undefined };
  });
}

/** A mistyped address is rare: its page loads when it happens. */
export const loadNotFoundPage = () => import('../pages/not-found-page.tsx').then((module) => ({ Component: module.NotFoundPage }));
