/** Renders app pieces inside the same providers the real app uses, against the mock backend. */
import type { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { type AppwriteApi, createAppwrite } from '../api/client/appwrite.ts';
import { createQueryClient } from '../api/query-client.ts';
import { AppProviders } from '../app/app-context.tsx';
import { appRoutes } from '../app/routes/router.tsx';
import type { MockInfo } from '../config/runtime-config-context.tsx';
import type { RuntimeConfig } from '../config/runtime-config.ts';
import type { Language } from '../lib/i18n/languages.ts';
import { TEST_ENDPOINT, TEST_PROJECT } from './mock-api.ts';

export const testConfig: RuntimeConfig & { endpoint: string } = {
  endpoint: TEST_ENDPOINT,
  projectId: TEST_PROJECT,
  appName: 'Test App',
  logoUrl: '',
  signInMethods: ['emailPassword', 'magicUrl', 'emailCode', 'phoneCode', 'anonymous'],
  oauthProviders: ['github'],
  securityPhrase: true,
  basePath: '/',
  advancedPrefs: true,
  embedOrigins: [],
};

interface Instance {
  api: AppwriteApi;
  queryClient: QueryClient;
}

function createInstance(): Instance {
  return { api: createAppwrite({ endpoint: TEST_ENDPOINT, projectId: TEST_PROJECT }), queryClient: createQueryClient() };
}

/** The app's own provider stack (app-context.tsx), with this test's SDK client and query cache. */
function Providers({
  instance,
  mock,
  config,
  language = 'en',
  children,
}: {
  instance: Instance;
  mock: MockInfo | null;
  config?: Partial<Omit<RuntimeConfig, 'endpoint'>>;
  language?: Language;
  children: ReactNode;
}) {
  const context = { ...instance, language, environment: { config: { ...testConfig, ...config }, mock } };
  return <AppProviders context={context}>{children}</AppProviders>;
}

/** One component (a form) at `/`, with a router around it for links. */
export function renderWithProviders(ui: ReactNode, options: { mock?: MockInfo | null } = {}) {
  const instance = createInstance();
  const router = createMemoryRouter([{ path: '*', element: ui }]);
  const result = render(
    <Providers instance={instance} mock={options.mock ?? null}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...result, ...instance, router };
}

/** The whole route table at `path`, as the app would render it. */
export function renderApp(path: string, options: { mock?: MockInfo | null; config?: Partial<Omit<RuntimeConfig, 'endpoint'>>; language?: Language } = {}) {
  const instance = createInstance();
  const router = createMemoryRouter(appRoutes({ ...instance, basename: '/' }), { initialEntries: [path] });
  const result = render(
    <Providers instance={instance} mock={options.mock ?? null} config={options.config} language={options.language}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...result, ...instance, router };
}
