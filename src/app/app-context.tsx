import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, type ReactNode } from 'react';
import { AppwriteProvider } from '../api/client/appwrite-context.tsx';
import { createAppwrite } from '../api/client/appwrite.ts';
import { createQueryClient } from '../api/query-client.ts';
import { ToastProvider } from '../components/ui/toast.tsx';
import { EnvironmentProvider, type AppSurface, type EmbedHost, type MockInfo } from '../config/runtime-config-context.tsx';
import type { RuntimeConfig } from '../config/runtime-config.ts';
import type { Language } from '../lib/i18n/languages.ts';
import { deviceLanguage } from '../lib/prefs/device-display.ts';
import { LanguageProvider } from './language/language-provider.tsx';

/** One app instance's own objects and its providers: shared by the app, the prerender and the embedded widget. */
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
