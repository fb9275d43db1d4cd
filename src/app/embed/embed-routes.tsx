import { redirect, type RouteObject } from 'react-router';
import type { EmbedHost } from '../../config/runtime-config-context.tsx';
import { PageFallback } from '../pages/page-fallback.tsx';
import { RouteErrorPage } from '../pages/route-error-page.tsx';
import { requireAccount, type RouterDeps } from '../routes/guards.ts';
import { pageLoader } from '../routes/page-modules.ts';
import { AUTH_PAGES, SETTINGS_PAGES } from '../routes/page-table.ts';
import { inATaskOfItsOwn, loadNotFoundPage, settingsPageRoutes } from '../routes/settings-routes.tsx';
import { sectionPath, type DisplayStore } from './embed-host.ts';
import { EmbedShell } from './embed-shell.tsx';
import { EmbedSignedOut, FrameNotAllowed } from './embed-signed-out.tsx';

function authPage(path: string) {
  const page = AUTH_PAGES.find((entry) => entry.path === path);
  if (!page) throw new Error(`embed-routes: no ${path} in page-table.ts`);
  return page;
}
const VERIFY_EMAIL = authPage('/verify-email');

/**
 * The embedded widget's routes: the host's sections (and the phone check that belongs to the phone
 * section) under the embedded layout; where the app would send a visitor to sign in, the signed-out note.
 */
export function embedRoutes(deps: RouterDeps, host: EmbedHost, display: DisplayStore): RouteObject[] {
  return [
    {
      path: '/',
      errorElement: <RouteErrorPage />,
      hydrateFallbackElement: <PageFallback />,
      children: [
        { index: true, loader: () => redirect(host.sections[0] ?? '/profile') },
        {
          loader: requireAccount(deps),
          element: <EmbedShell display={display} />,
          children: settingsPageRoutes(
            deps,
            SETTINGS_PAGES.filter((page) => host.sections.includes(sectionPath(page))),
          ),
        },
        // A verification email's link, when it comes back to the host's page under the widget's basePath.
        { path: 'verify-email', lazy: inATaskOfItsOwn(pageLoader(VERIFY_EMAIL)) },
        { path: 'sign-in', element: <EmbedSignedOut reason="signedOut" /> },
        { path: 'mfa', element: <EmbedSignedOut reason="secondStep" /> },
        { path: 'deactivated', element: <EmbedSignedOut reason="deactivated" /> },
        // The iframe mode, framed by a page whose origin is not in embedOrigins.
        { path: 'not-allowed', element: <FrameNotAllowed /> },
        { path: '*', lazy: loadNotFoundPage },
      ],
    },
  ];
}
