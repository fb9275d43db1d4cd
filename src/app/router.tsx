import { createBrowserRouter, type RouteObject } from 'react-router';
import { ignoreError } from '../lib/ignore-error.ts';
import { accountQueries } from '../api/account-queries.ts';
import { homeRedirect, requireAccount, warm, type RouterDeps } from './guards.ts';
import { AuthLayout } from './layouts/auth-layout.tsx';
import { PageFallback } from './pages/page-fallback.tsx';
import { SETTINGS_PAGES } from './settings-pages.ts';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { RouteErrorPage } from './pages/route-error-page.tsx';

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
          loader: warm(() => [deps.queryClient.query({ ...accountQueries.account(deps.api), staleTime: 'static' }).catch(ignoreError)]),
          Component: AuthLayout,
          children: [
            { path: 'sign-in', lazy: () => import('../features/auth/sign-in-page.tsx').then((m) => ({ Component: m.SignInPage })) },
            { path: 'sign-up', lazy: () => import('../features/auth/sign-up-page.tsx').then((m) => ({ Component: m.SignUpPage })) },
            { path: 'forgot-password', lazy: () => import('../features/auth/forgot-password-page.tsx').then((m) => ({ Component: m.ForgotPasswordPage })) },
            { path: 'recovery', lazy: () => import('../features/landing/recovery-page.tsx').then((m) => ({ Component: m.RecoveryPage })) },
            { path: 'verify-email', lazy: () => import('../features/landing/verify-email-page.tsx').then((m) => ({ Component: m.VerifyEmailPage })) },
            { path: 'magic-url', lazy: () => import('../features/landing/magic-url-page.tsx').then((m) => ({ Component: m.MagicUrlPage })) },
            { path: 'oauth/success', lazy: () => import('../features/landing/oauth-pages.tsx').then((m) => ({ Component: m.OAuthSuccessPage })) },
            { path: 'oauth/failure', lazy: () => import('../features/landing/oauth-pages.tsx').then((m) => ({ Component: m.OAuthFailurePage })) },
            { path: 'deactivated', lazy: () => import('../features/deactivate/deactivated-page.tsx').then((m) => ({ Component: m.DeactivatedPage })) },
            ...(deps.extraRoutes ?? []),
          ],
        },
        {
          loader: requireAccount(deps),
          lazy: () => import('./layouts/app-shell.tsx').then((m) => ({ Component: m.AppShell })),
          children: [
            ...SETTINGS_PAGES.map((page) => ({
              path: page.path.slice(1),
              lazy: page.load,
              loader: page.data ? warm((url) => page.data?.(deps, url) ?? []) : undefined,
            })),
          ],
        },
        { path: '*', Component: NotFoundPage },
      ],
    },
  ];
}

export function createAppRouter(deps: RouterDeps) {
  return createBrowserRouter(appRoutes(deps), { basename: deps.basename });
}
