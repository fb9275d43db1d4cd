import { RouterProvider } from 'react-router/dom';
import { AppProviders, createAppContext, type AppOptions } from './app-context.tsx';
import { createAppRouter } from './routes/router.tsx';


/** One self-contained app instance; `ready` settles once the first route's code (and blocking data) is in. */
export function createApp(options: AppOptions) {
  const context = createAppContext(options);
  const { mock } = options;
  // The SDK navigates to `<endpoint>/account/tokens/oauth2/…`; in mock mode that endpoint is this app.
  const extraRoutes = mock?.OAuthConsent ? [{ path: 'v1/account/tokens/oauth2/:provider', Component: mock.OAuthConsent }] : [];
  const router = createAppRouter({ queryClient: context.queryClient, api: context.api, basename: options.config.basePath, extraRoutes });
  // Per project: apps of other projects on this origin keep their own sessions. Loaded apart: the first
  // page does not wait for it, and the owner it starts from is whatever the cache holds by then.
  void import('../api/auth/account-sync.ts').then(({ browserTabChannel, syncAccountAcrossTabs }) =>
    syncAccountAcrossTabs(context.queryClient, browserTabChannel(`account-dashboard:${options.config.projectId}:account`)),
  );
  const ready = new Promise<void>((resolve) => {
    if (router.state.initialized) return resolve();
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve();
    });
  });

  function App() {
    return (
      <AppProviders context={context}>
        <RouterProvider router={router} />
      </AppProviders>
    );
  }
  return { App, ready };
}
