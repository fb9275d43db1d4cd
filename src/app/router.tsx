import { createBrowserRouter, type RouteObject } from 'react-router';
import { accountQueries } from '../api/account.ts';
import { ignoreError } from '../lib/ignore-error.ts';
import { warmDateFormatting } from '../lib/intl-cache.ts';
import { nextTask } from '../lib/next-task.ts';
import { homeRedirect, requireAccount, warm, type RouterDeps } from './guards.ts';
import { AuthLayout } from './layouts/auth-layout.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { PageFallback } from './pages/page-fallback.tsx';
import { RouteErrorPage } from './pages/route-error-page.tsx';
import { SETTINGS_PAGES, type LazyPage } from './settings-pages.ts';

/** Signed-out pages and email-link landings, each its own lazy chunk. */
const AUTH_PAGES: { path: string; load: LazyPage }[] = [
  { path: '/sign-in', load: () => import('../features/auth/sign-in-page.tsx').then((m) => ({ Component: m.SignInPage })) },
  { path: '/sign-up', load: () => import('../features/auth/sign-up-page.tsx').then((m) => ({ Component: m.SignUpPage })) },
  { path: '/forgot-password', load: () => import('../features/auth/forgot-password-page.tsx').then((m) => ({ Component: m.ForgotPasswordPage })) },
  // Landings below read their link's parameters before they show anything: not prerendered.
  { path: '/recovery', load: () => import('../features/landing/recovery-page.tsx').then((m) => ({ Component: m.RecoveryPage })) },
  { path: '/verify-email', load: () => import('../features/landing/verify-email-page.tsx').then((m) => ({ Component: m.VerifyEmailPage })) },
  { path: '/magic-url', load: () => import('../features/landing/magic-url-page.tsx').then((m) => ({ Component: m.MagicUrlPage })) },
  { path: '/oauth/success', load: () => import('../features/landing/oauth-pages.tsx').then((m) => ({ Component: m.OAuthSuccessPage })) },
  { path: '/oauth/failure', load: () => import('../features/landing/oauth-pages.tsx').then((m) => ({ Component: m.OAuthFailurePage })) },
  { path: '/deactivated', load: () => import('../features/deactivate/deactivated-page.tsx').then((m) => ({ Component: m.DeactivatedPage })) },
];

/**
 * Auth pages prerendered at build time, with the URL parameters that make them show something else (a
 * URL with one of those opens the live page instead).
 */
export const PRERENDERED_AUTH_PAGES = [
  { path: '/sign-in', variantParams: ['method'] },
  { path: '/sign-up', variantParams: [] },
  { path: '/forgot-password', variantParams: ['mode'] },
];

/**
 * A page's code, evaluated in a task after the router's own start-up work rather than within it: on a
 * phone each is tens of milliseconds, and together one long task that would block input.
 */
const inATaskOfItsOwn =
  (load: LazyPage): LazyPage =>
  () =>
    nextTask().then(load);

const loadAppShell: LazyPage = () => {
  // Every settings page shows dates: ICU's date data loads in a task of its own now, not in a page's render.
  setTimeout(warmDateFormatting);
  return import('./layouts/app-shell.tsx').then((m) => ({ Component: m.AppShell }));
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
            ...AUTH_PAGES.map((page) => ({ path: page.path.slice(1), lazy: inATaskOfItsOwn(page.load) })),
            ...(deps.extraRoutes ?? []),
          ],
        },
        {
          loader: requireAccount(deps),
          lazy: inATaskOfItsOwn(loadAppShell),
          children: [
            ...SETTINGS_PAGES.map((page) => ({
              path: page.path.slice(1),
              lazy: inATaskOfItsOwn(page.load),
              loader: page.data ? warm(deps, (url) => page.data?.(deps, url) ?? []) : undefined,
            })),
          ],
        },
        { path: '*', Component: NotFoundPage },
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
