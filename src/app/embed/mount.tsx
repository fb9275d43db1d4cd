/**
 * `mountAccountSettings(element, options)`: the account settings inside any host page, confined to one
 * element of it (see AppSurface): its own React root, SDK client, query cache and router; `unmount()`
 * takes all of it away again.
 */
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, createMemoryRouter, RouterProvider } from 'react-router';
import { parseRuntimeConfig } from '../../config/runtime-config.ts';
import { AppProviders, createAppContext } from '../app.tsx';
import { appRoutes } from '../routes/router.tsx';
import { checkEmbedOptions, EmbedOptionsError, type EmbedOptions } from './embed-options.ts';

/** Each instance's `useId`s apart from the host's and from each other's. */
let instances = 0;

export interface MountedAccountSettings {
  unmount: () => void;
}

export function mountAccountSettings(element: HTMLElement, options: EmbedOptions): MountedAccountSettings {
  if (!(element instanceof HTMLElement)) throw new EmbedOptionsError(['Pass the element to show the settings in as the first argument.']);
  const { endpoint, projectId, routing = 'memory', initialPath = '/profile', locale, theme } = checkEmbedOptions(options);
  const basePath = routing === 'memory' ? '/' : routing.basePath;
  const config = { ...parseRuntimeConfig({ endpoint, projectId, basePath }, basePath), endpoint };

  // The widget's own root inside the host's element: it carries lang, dir and the theme.
  const surfaceElement = element.appendChild(element.ownerDocument.createElement('div'));
  surfaceElement.className = 'account-settings';
  if (theme && theme !== 'system') surfaceElement.dataset.theme = theme;
  instances += 1;
  const prefix = `account-settings-${String(instances)}-`;
  const surface = { element: surfaceElement, ownsDocument: false, mainId: `${prefix}main` };
  const context = createAppContext({ config, mock: null, lockedLanguage: locale, surface });
  const routes = appRoutes({ api: context.api, queryClient: context.queryClient, basename: basePath });
  const router =
    routing === 'memory' ? createMemoryRouter(routes, { initialEntries: [initialPath] }) : createBrowserRouter(routes, { basename: basePath });

  const root = createRoot(surfaceElement, { identifierPrefix: prefix });
  root.render(
    <AppProviders context={context}>
      <RouterProvider router={router} />
    </AppProviders>,
  );

  let mounted = true;
  return {
    unmount() {
      if (!mounted) return;
      mounted = false;
      root.unmount();
      router.dispose();
      context.queryClient.clear();
      surfaceElement.remove();
    },
  };
}
