import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { RouterProvider } from 'react-router/dom';
import { createAppwrite } from '../api/appwrite.ts';
import { AppwriteProvider } from '../api/appwrite-context.tsx';
import { createQueryClient } from '../api/query-client.ts';
import { ToastProvider } from '../components/ui/toast.tsx';
import { createI18n } from '../lib/i18n/i18n.ts';
import { I18nProvider } from '../lib/i18n/i18n-context.tsx';
import type { RuntimeConfig } from './config/runtime-config.ts';
import { EnvironmentProvider, type MockInfo } from './config/runtime-config-context.tsx';
import { createAppRouter } from './router.tsx';

export interface AppOptions {
  config: RuntimeConfig & { endpoint: string };
  mock: MockInfo | null;
}

/** One self-contained app instance: its own SDK client, query cache, i18n and router. */
export function createApp({ config, mock }: AppOptions) {
  const api = createAppwrite({ endpoint: config.endpoint, projectId: config.projectId });
  const queryClient = createQueryClient();
  const i18n = createI18n('en');
  // The SDK navigates to `<endpoint>/account/tokens/oauth2/…`; in mock mode that endpoint is this app.
  const extraRoutes = mock?.OAuthConsent ? [{ path: 'v1/account/tokens/oauth2/:provider', Component: mock.OAuthConsent }] : [];
  const router = createAppRouter({ queryClient, api, basename: config.basePath, extraRoutes });
  const environment = { config, mock };

  return function App() {
    return (
      <StrictMode>
        <EnvironmentProvider value={environment}>
          <I18nProvider value={i18n}>
            <AppwriteProvider value={api}>
              <QueryClientProvider client={queryClient}>
                <ToastProvider>
                  <RouterProvider router={router} />
                  {mock?.Inbox && <mock.Inbox />}
                </ToastProvider>
              </QueryClientProvider>
            </AppwriteProvider>
          </I18nProvider>
        </EnvironmentProvider>
      </StrictMode>
    );
  };
}
