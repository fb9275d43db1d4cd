/**
 * `mountAccountSettings(element, options)`: the account settings inside any host page, confined to one
 * element of it (see AppSurface): its own React root, SDK client, query cache and router; `unmount()`
 * takes all of it away again.
 */
import { useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, createMemoryRouter, RouterProvider, type DataRouter } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import { accountKeys, type Account } from '../../api/account/account-cache.ts';
import { parseRuntimeConfig } from '../../config/runtime-config.ts';
import { AppProviders, createAppContext, type AppContext } from '../app.tsx';
import { applyDisplay, createDisplayStore, createEmbedHost, sectionOf, type DisplayStore } from './embed-host.ts';
import { checkEmbedOptions, displayProblems, EmbedOptionsError, SECTIONS, type EmbedDisplay, type EmbedOptions, type Section } from './embed-options.ts';
import { embedRoutes } from './embed-routes.tsx';
import { authenticateWithJwt } from './jwt-auth.ts';

/** Each instance's `useId`s apart from the host's and from each other's. */
let instances = 0;

export interface MountedAccountSettings {
  /** Changes the language, theme or tokens in place. */
  update: (display: EmbedDisplay) => void;
  /** Shows another section (memory routing). */
  navigate: (section: Section) => void;
  unmount: () => void;
}

/** The host's language choice wins over the account's; it can change while mounted. */
function EmbedRoot({ context, router, display }: { context: AppContext; router: DataRouter; display: DisplayStore }) {
  const locale = useSyncExternalStore(display.subscribe, () => display.get().locale);
  return (
    <AppProviders context={{ ...context, language: locale ?? context.language, lockedLanguage: locale }}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}

/** `onAccountChange` after every change of the cached account (not its first load). */
function watchAccount(queryClient: QueryClient, onChange: (user: Account) => void) {
  let known: string | undefined;
  return queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.query.queryHash !== JSON.stringify(accountKeys.account())) return;
    const user = event.query.state.data as Account | null | undefined;
    if (!user) return;
    const stamp = JSON.stringify(user);
    if (known !== undefined && stamp !== known) onChange(user);
    known = stamp;
  });
}

/** `onNavigate` when the widget moves to another section. */
function watchSection(router: DataRouter, onNavigate: (section: Section) => void) {
  let current = sectionOf(router.state.location.pathname);
  return router.subscribe((state) => {
    const section = sectionOf(state.location.pathname);
    if (section && section !== current) onNavigate(section);
    current = section;
  });
}

export function mountAccountSettings(element: HTMLElement, options: EmbedOptions): MountedAccountSettings {
  if (!(element instanceof HTMLElement)) throw new EmbedOptionsError(['Pass the element to show the settings in as the first argument.']);
  const { endpoint, projectId, auth = 'session', routing = 'memory', sections = [...SECTIONS], locale, theme, tokens } = checkEmbedOptions(options);
  const basePath = routing === 'memory' ? '/' : routing.basePath;
  const config = { ...parseRuntimeConfig({ endpoint, projectId, basePath }, basePath), endpoint };

  // The widget's own root inside the host's element: it carries lang, dir, the theme and the tokens.
  const surfaceElement = element.appendChild(element.ownerDocument.createElement('div'));
  surfaceElement.className = 'account-settings';
  const display = createDisplayStore({ locale, theme, tokens });
  applyDisplay(surfaceElement, display.get());
  instances += 1;
  const prefix = `account-settings-${String(instances)}-`;
  const surface = { element: surfaceElement, ownsDocument: false, mainId: `${prefix}main` };

  let jwt: ReturnType<typeof authenticateWithJwt> | null = null;
  const hostSessionId = () => jwt?.sessionId() ?? null;
  const host = createEmbedHost({ sections, auth: auth === 'session' ? 'session' : 'jwt', hostSessionId, chrome: 'widget', onSignOut: options.onSignOut });
  const context = createAppContext({ config, mock: null, lockedLanguage: locale, surface, embed: host });
  if (auth !== 'session') jwt = authenticateWithJwt(context.api.client, auth);
  const routes = embedRoutes({ api: context.api, queryClient: context.queryClient, basename: basePath }, host, display);
  const initialPath = `/${options.initialSection ?? sections[0] ?? 'profile'}`;
  const router = routing === 'memory' ? createMemoryRouter(routes, { initialEntries: [initialPath] }) : createBrowserRouter(routes, { basename: basePath });
  const stopWatching = [
    options.onAccountChange && watchAccount(context.queryClient, options.onAccountChange),
    options.onNavigate && watchSection(router, options.onNavigate),
  ];

  const root = createRoot(surfaceElement, { identifierPrefix: prefix });
  root.render(<EmbedRoot context={context} router={router} display={display} />);

  let mounted = true;
  return {
    update(next) {
      const problems = displayProblems(next);
      if (problems.length) throw new EmbedOptionsError(problems);
      const merged = { ...display.get(), ...next };
      applyDisplay(surfaceElement, merged, display.get());
      display.set(merged);
    },
    navigate(section) {
      if (mounted && host.sections.includes(`/${section}`)) void router.navigate(`/${section}`);
    },
    unmount() {
      if (!mounted) return;
      mounted = false;
      for (const stop of stopWatching) stop?.();
      root.unmount();
      router.dispose();
      context.queryClient.clear();
      surfaceElement.remove();
    },
  };
}
