/**
 * The signed-in pages in menu order: one list feeds the router (lazy code + data warmers) and the
 * settings navigation (which preloads both when a link is hovered or focused).
 */
import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import type { AppwriteApi } from '../api/client/appwrite.ts';
import { logQueries } from '../api/logs.ts';
import { sessionQueries } from '../api/sessions.ts';
import type { MessageKey } from '../lib/i18n/catalog-en.ts';
import { ignoreError } from '../lib/ignore-error.ts';
import { offsetFor, parsePageParams } from '../lib/pagination.ts';

export interface PageDeps {
  queryClient: QueryClient;
  api: AppwriteApi;
}

/** A page's lazily loaded code, in the shape of React Router's `lazy`. */
export type LazyPage = () => Promise<{ Component: ComponentType }>;

export interface SettingsPage {
  path: string;
  /** Navigation label; pages without one (e.g. /verify-phone) are reached by links only. */
  label?: MessageKey;
  load: LazyPage;
  /** The page paints before the account check of a cold start answers (it shows skeletons for the account). */
  beforeAccount?: boolean;
  /** Starts the page's queries (never rejects: failures are the page's to show). */
  data?: (deps: PageDeps, url: URL) => Promise<unknown>[];
}

export const SETTINGS_PAGES: SettingsPage[] = [
  { path: '/profile', label: 'nav.profile', beforeAccount: true, load: () => import('../features/profile/profile-page.tsx').then((m) => ({ Component: m.ProfilePage })) },
  { path: '/email', label: 'nav.email', load: () => import('../features/email/email-page.tsx').then((m) => ({ Component: m.EmailPage })) },
  { path: '/phone', label: 'nav.phone', load: () => import('../features/phone/phone-page.tsx').then((m) => ({ Component: m.PhonePage })) },
  { path: '/password', label: 'nav.password', load: () => import('../features/password/password-page.tsx').then((m) => ({ Component: m.PasswordPage })) },
  { path: '/preferences', label: 'nav.preferences', load: () => import('../features/preferences/preferences-page.tsx').then((m) => ({ Component: m.PreferencesPage })) },
  {
    path: '/sessions',
    label: 'nav.sessions',
    beforeAccount: true,
    load: () => import('../features/sessions/sessions-page.tsx').then((m) => ({ Component: m.SessionsPage })),
    data: ({ queryClient, api }) => [queryClient.query(sessionQueries.list(api)).catch(ignoreError)],
  },
  {
    path: '/activity',
    label: 'nav.activity',
    beforeAccount: true,
    load: () => import('../features/activity/activity-page.tsx').then((m) => ({ Component: m.ActivityPage })),
    data: ({ queryClient, api }, url) => {
      const { page, limit } = parsePageParams(url.searchParams);
      return [queryClient.query(logQueries.page(api, { limit, offset: offsetFor(page, limit) })).catch(ignoreError)];
    },
  },
  { path: '/deactivate', label: 'nav.deactivate', load: () => import('../features/deactivate/deactivate-page.tsx').then((m) => ({ Component: m.DeactivatePage })) },
  { path: '/verify-phone', load: () => import('../features/phone/verify-phone-page.tsx').then((m) => ({ Component: m.VerifyPhonePage })) },
];
