/**
 * Build-time prerender (run in Node by build/plugins/prerender-pages.ts): each page's
 * first paint as static HTML, the loading state a cold start shows before its data arrives. The
 * browser paints it with the HTML, before any script runs; main.tsx swaps in the live app once that
 * can show the same page. The plugin stalls fetch meanwhile, so no request ever answers here.
 */
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { AppProviders, createAppContext } from '../../src/app/app-context.tsx';
import { PRERENDER_LANGUAGE } from '../../src/app/routes/page-table.ts';
import { appRoutes } from '../../src/app/routes/router.tsx';
import { resolveRuntimeConfig } from '../../src/config/runtime-config.ts';

/** Stands in when the build names no endpoint, so the config takes a real server's defaults, not the mock's. */
const PLACEHOLDER_ENDPOINT = 'https://appwrite.invalid/v1';

/**
 * `path` (app-relative, e.g. `/sign-in`) rendered under the build's config: `VITE_*` and the
 * config.json shipped in public/. A deployment's own config.json may differ (another app name, more
 * sign-in methods); the live app then corrects the page as it starts.
 */
export async function prerenderPage(path: string, configJson: Record<string, unknown>) {
  const base = import.meta.env.BASE_URL;
  const endpoint = resolveRuntimeConfig(configJson, base).endpoint ?? PLACEHOLDER_ENDPOINT;
  const config = { ...resolveRuntimeConfig({ ...configJson, endpoint }, base), endpoint };
  // In English: a visitor whose language is another sees the live page instead (start-after-paint.ts).
  const context = createAppContext({ config, mock: null, language: PRERENDER_LANGUAGE });
  const routes = appRoutes({ queryClient: context.queryClient, api: context.api, basename: config.basePath, initialLoad: () => true });
  const handler = createStaticHandler(routes, { basename: config.basePath });
  const result = await handler.query(new Request(new URL(`${config.basePath.replace(/\/$/, '')}${path}`, 'http://localhost')));
  if (result instanceof Response) throw new Error(`prerender ${path}: the route answered ${String(result.status)} instead of a page`);
  if (result.errors) throw new Error(`prerender ${path}: ${JSON.stringify(result.errors)}`);
  const markup = renderToString(
    <AppProviders context={context}>
      <StaticRouterProvider router={createStaticRouter(handler.dataRoutes, result)} context={result} hydrate={false} />
    </AppProviders>,
  );
  // React renders a page's <title> where the page is; the document wants it in <head>.
  const title = /<title>[^<]*<\/title>/.exec(markup)?.[0];
  return { title, markup: title ? markup.replace(title, '') : markup };
}
