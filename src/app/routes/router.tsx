import { createBrowserRouter, type RouteObject } from 'react-router';
import { accountQueries } from '../../api/account/account-queries.ts';
import { ignoreError } from '../../lib/ignore-error.ts';
import { warmDateFormatting } from '../../lib/intl-cache.ts';
import { AuthLayout } from '../layouts/auth-layout.tsx';
import { MockOAuthConsentPage } from '../pages/mock-oauth-consent-page.tsx';
import { PageFallback } from '../pages/page-fallback.tsx';
import { RouteErrorPage } from '../pages/route-error-page.tsx';
import { homeRedirect, requireAccount, warm, type RouterDeps } from './guards.ts';
import { pageLoader, type LazyPage } from './page-modules.ts';
import { inATaskOfItsOwn, loadNotFoundPage, settingsPageRoutes } from './settings-routes.tsx';
import { AUTH_PAGES, SETTINGS_PAGES, SETTINGS_SHELL } from './page-table.ts';

const loadShell = pageLoader(SETTINGS_SHELL);
const loadAppShell: LazyPage = () => {
  // Every settings page shows dates: ICU's date data loads in a task of its own now, not in a page's render.
  setTimeout(warmDateFormatting);
  return loadShell();
};

/**
 * Route table: guards and the small auth layout are in the entry chunk; the settings shell and every
 * page are lazy chunks, loaded in parallel with the route's data.
 */
export function appRoutes(deps: RouterDeps): RouteObject[] {
  return [
    {
      path: '/',
      errorElement: <RouteErrorPage />,
      hydrateFallbackElement: <PageFallback />,
      children: [
        { index: true, loader: homeRedirect(deps), Component: PageFallback },
        {
          // Signed-out pages and email-link landings; they show "continue as …" to a signed-in visitor.
          loader: warm(deps, () => [deps.queryClient.query({ ...accountQueries.account(deps.api), staleTime: 'static' }).catch(ignoreError)]),
          Component: AuthLayout,
          children: [
            ...AUTH_PAGES.map((page) => ({ path: page.path.slice(1), lazy: inATaskOfItsOwn(pageLoader(page)) })),
            // Mock builds only (production builds drop the branch): the mock's page, given its words.
            ...(__MOCK_AVAILABLE__ ? (deps.extraRoutes ?? []).map(({ path, Component }) => ({ path, element: <MockOAuthConsentPage Consent={Component} /> })) : []),
          ],
        },
        {
          loader: requireAccount(deps),
          lazy: inATaskOfItsOwn(loadAppShell),
          children: settingsPageRoutes(deps, SETTINGS_PAGES),
        },
        { path: '*', lazy: loadNotFoundPage },
      ],
    },
  ];
}

export function createAppRouter(deps: RouterDeps) {
  // Loaders of the first navigation run inside createBrowserRouter, before `created.router` is set.
  const created: { router?: ReturnType<typeof createBrowserRouter> } = {};
  created.router = createBrowserRouter(appRoutes({ ...deps, initialLoad: () => !created.router?.state.initialized }), { basename: deps.basename });
  return created.router;
}
