/**
 * One embedded settings instance, however it is shown: in a host page's element (mount.tsx) or alone in
 * an iframe (frame/start-frame.tsx). Its own React root, SDK client, query cache and router; the host's
 * display choices in a store (changed in place); the host's callbacks fed from the cache and the router.
 */
import type { QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, createMemoryRouter, RouterProvider, type DataRouter } from 'react-router';
import { accountKeys, setAccount, type Account } from '../../api/account/account-cache.ts';
import type { AppSurface, EmbedHost, MockInfo } from '../../config/runtime-config-context.tsx';
import type { RuntimeConfig } from '../../config/runtime-config.ts';
import { AppProviders, createAppContext, type AppContext } from '../app-context.tsx';
import { applyDisplay, createDisplayStore, sectionOf, type DisplayStore } from './embed-host.ts';
import { displayProblems, EmbedOptionsError, type EmbedDisplay, type EmbedOptions, type JwtAuth, type MountedAccountSettings, type Section } from './embed-options.ts';
import { embedRoutes } from './embed-routes.tsx';
import { authenticateWithJwt } from './jwt-auth.ts';

export interface WidgetSetup extends Pick<EmbedOptions, 'onSignOut' | 'onAccountChange' | 'onNavigate'> {
  /** Where React renders. */
  container: HTMLElement;
  surface: AppSurface & { element: HTMLElement };
  config: RuntimeConfig & { endpoint: string };
  mock: MockInfo | null;
  auth: 'session' | JwtAuth;
  sections: readonly Section[];
  /** Where a memory-routed widget starts: a section (`/profile`), or one of the embed routes' notes. */
  initialPath: string;
  routing: 'memory' | { basePath: string };
  chrome: 'widget' | 'frame';
  display: EmbedDisplay;
  identifierPrefix: string;
  /** See EmbedHost.linkBase. */
  linkBase?: string | null;
}

/** The host's language choice wins over the account's; it can change while mounted. */
function WidgetRoot({ context, router, display }: { context: AppContext; router: DataRouter; display: DisplayStore }) {
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
  const accountHash = JSON.stringify(accountKeys.account());
  return queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.query.queryHash !== accountHash) return;
    const user = event.query.state.data as Account | null | undefined;
    if (!user) return;
    const stamp = JSON.stringify(user);
    if (known !== undefined && stamp !== known) onChange(user);
    known = stamp;
  });
}

/** `onNavigate` when the widget moves to another section. */
function watchSection(router: DataRouter, basename: string, onNavigate: (section: Section) => void) {
  let current = sectionOf(router.state.location.pathname, basename);
  return router.subscribe((state) => {
    const section = sectionOf(state.location.pathname, basename);
    if (section && section !== current) onNavigate(section);
    current = section;
  });
}

export function createWidget(setup: WidgetSetup): MountedAccountSettings {
  const { surface, config, routing, sections } = setup;
  const display = createDisplayStore(setup.display);
  applyDisplay(surface.element, display.get());

  let jwt: ReturnType<typeof authenticateWithJwt> | null = null;
  const host: EmbedHost = {
    sections: sections.map((section) => `/${section}`),
    auth: setup.auth === 'session' ? 'session' : 'jwt',
    hostSessionId: () => jwt?.sessionId() ?? null,
    chrome: setup.chrome,
    signedOut: () => setup.onSignOut?.(),
    linkBase: setup.linkBase ?? null,
  };
  const context = createAppContext({ config, mock: setup.mock, lockedLanguage: setup.display.locale, surface, embed: host });
  if (setup.auth !== 'session') jwt = authenticateWithJwt(context.api.client, setup.auth);
  const basename = routing === 'memory' ? '/' : routing.basePath;
  const routes = embedRoutes({ api: context.api, queryClient: context.queryClient, basename }, host, display);
  const router = routing === 'memory' ? createMemoryRouter(routes, { initialEntries: [setup.initialPath] }) : createBrowserRouter(routes, { basename });
  const stopWatching = [
    setup.onAccountChange && watchAccount(context.queryClient, setup.onAccountChange),
    setup.onNavigate && watchSection(router, basename, setup.onNavigate),
  ];

  const root = createRoot(setup.container, { identifierPrefix: setup.identifierPrefix });
  root.render(<WidgetRoot context={context} router={router} display={display} />);

  let mounted = true;
  return {
    update(next) {
      const problems = displayProblems(next);
      if (problems.length) throw new EmbedOptionsError(problems);
      const merged = { ...display.get(), ...next };
      applyDisplay(surface.element, merged, display.get());
      display.set(merged);
    },
    navigate(section) {
      if (mounted && host.sections.includes(`/${section}`)) void router.navigate(`/${section}`);
    },
    signOut() {
      if (!mounted) return;
      // The host's JWT would still work: drop it, so nothing shows the account again.
      jwt?.forget();
      setAccount(context.queryClient, null);
    },
    unmount() {
      if (!mounted) return;
      mounted = false;
      for (const stop of stopWatching) stop?.();
      root.unmount();
      router.dispose();
      context.queryClient.clear();
    },
  };
}
