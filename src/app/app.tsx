import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, type ReactNode } from 'react';
import { RouterProvider } from 'react-router/dom';
import { AppwriteProvider } from '../api/client/appwrite-context.tsx';
import { createAppwrite } from '../api/client/appwrite.ts';
import { createQueryClient } from '../api/query-client.ts';
import { ToastProvider } from '../components/ui/toast.tsx';
import { EnvironmentProvider, type AppSurface, type EmbedHost, type MockInfo } from '../config/runtime-config-context.tsx';
import type { RuntimeConfig } from '../config/runtime-config.ts';
import type { Language } from '../lib/i18n/languages.ts';
import { deviceLanguage } from '../lib/prefs/device-display.ts';
import { LanguageProvider } from './language/language-provider.tsx';
import { createAppRouter } from './routes/router.tsx';

export interface AppOptions {
  config: RuntimeConfig & { endpoint: string };
  mock: MockInfo | null;
  /** The language to start in (default: this device's, see device-display.ts). */
  language?: Language;
  /** Where the instance shows itself (default: the document; an embedded one: its element). */
  surface?: AppSurface;
  /** This language whatever the account's pref says (a host app's choice for its embedded settings). */
  lockedLanguage?: Language;
  /** The host app of an embedded instance. */
  embed?: EmbedHost;
}

export type AppContext = ReturnType<typeof createAppContext>;

/** What one app instance owns besides its router: its SDK client, query cache, first language and environment. */
export function createAppContext({ config, mock, language = deviceLanguage(), surface, lockedLanguage, embed }: AppOptions) {
  return {
    api: createAppwrite({ endpoint: config.endpoint, projectId: config.projectId }),
    queryClient: createQueryClient(),
    language: lockedLanguage ?? language,
    ...(lockedLanguage && { lockedLanguage }),
    environment: { config, mock, ...(surface && { surface }), ...(embed && { embed }) },
  };
}

/** The providers every page renders inside (shared by the browser app and the build-time prerender). */
export function AppProviders({ context, children }: { context: AppContext; children: ReactNode }) {
  return (
    <StrictMode>
      <EnvironmentProvider value={context.environment}>
        <AppwriteProvider value={context.api}>
          <QueryClientProvider client={context.queryClient}>
            <LanguageProvider initial={context.language} locked={context.lockedLanguage}>
              <ToastProvider>{children}</ToastProvider>
            </LanguageProvider>
          </QueryClientProvider>
        </AppwriteProvider>
      </EnvironmentProvider>
    </StrictMode>
  );
}

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
