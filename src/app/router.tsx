import { createBrowserRouter, type RouteObject } from 'react-router';
import { logQueries } from '../api/log-queries.ts';
import { sessionQueries } from '../api/session-queries.ts';
import { ignoreError } from '../lib/ignore-error.ts';
import { offsetFor, parsePageParams } from '../lib/pagination.ts';
import { accountQueries } from '../api/account-queries.ts';
import { homeRedirect, requireAccount, warm, type RouterDeps } from './guards.ts';
import { AppShell } from './layouts/app-shell.tsx';
import { AuthLayout } from './layouts/auth-layout.tsx';
import { PageFallback } from './pages/page-fallback.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { RouteErrorPage } from './pages/route-error-page.tsx';

/** Route table: layouts and guards are in the entry chunk, every page is its own lazy chunk. */
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
          Component: AppShell,
          children: [
            { path: 'profile', lazy: () => import('../features/profile/profile-page.tsx').then((m) => ({ Component: m.ProfilePage })) },
            { path: 'verify-phone', lazy: () => import('../features/landing/verify-phone-page.tsx').then((m) => ({ Component: m.VerifyPhonePage })) },
            { path: 'email', lazy: () => import('../features/email/email-page.tsx').then((m) => ({ Component: m.EmailPage })) },
            { path: 'phone', lazy: () => import('../features/phone/phone-page.tsx').then((m) => ({ Component: m.PhonePage })) },
            { path: 'password', lazy: () => import('../features/password/password-page.tsx').then((m) => ({ Component: m.PasswordPage })) },
            { path: 'preferences', lazy: () => import('../features/preferences/preferences-page.tsx').then((m) => ({ Component: m.PreferencesPage })) },
            { path: 'deactivate', lazy: () => import('../features/deactivate/deactivate-page.tsx').then((m) => ({ Component: m.DeactivatePage })) },
            {
              path: 'sessions',
              loader: warm(() => [deps.queryClient.query(sessionQueries.list(deps.api)).catch(ignoreError)]),
              lazy: () => import('../features/sessions/sessions-page.tsx').then((m) => ({ Component: m.SessionsPage })),
            },
            {
              path: 'activity',
              loader: warm((url) => {
                const { page, limit } = parsePageParams(url.searchParams);
                return [deps.queryClient.query(logQueries.page(deps.api, { limit, offset: offsetFor(page, limit) })).catch(ignoreError)];
              }),
              lazy: () => import('../features/activity/activity-page.tsx').then((m) => ({ Component: m.ActivityPage })),
            },
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
