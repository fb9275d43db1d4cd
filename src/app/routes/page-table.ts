/**
 * Every page of the app, as data: its path, the module that holds it and the component that module
 * exports. Type imports only, so the build reads this file too: the route preloads and the prerender
 * find each page's chunks from `module`. The router loads the code through page-modules.ts.
 */
import type { MessageKey } from '../../lib/i18n/catalog-en.ts';

export interface PageEntry {
  path: string;
  /** The module under src/ that exports `component`. */
  module: string;
  component: string;
}

export interface AuthPageEntry extends PageEntry {
  /** Prerendered at build time; a URL with one of `variantParams` shows another variant, so it opens live. */
  prerender?: { variantParams: string[] };
}

export interface SettingsPageEntry extends PageEntry {
  /** Navigation label; pages without one (e.g. /verify-phone) are reached by links only. */
  label?: MessageKey;
  /** The page paints before the account check of a cold start answers (it shows skeletons for the account). */
  beforeAccount?: boolean;
  /** A destructive page: set apart in the navigation and marked as such. */
  destructive?: boolean;
  /** A page reached from another one (no label): it belongs to that page's section (an embedded widget shows both or neither). */
  partOf?: string;
}

/** Signed-out pages and email-link landings. Landings read their link before they show anything: not prerendered. */
export const AUTH_PAGES: AuthPageEntry[] = [
  { path: '/sign-in', module: 'features/auth/sign-in-page.tsx', component: 'SignInPage', prerender: { variantParams: ['method'] } },
  { path: '/sign-up', module: 'features/auth/sign-up-page.tsx', component: 'SignUpPage', prerender: { variantParams: [] } },
  { path: '/forgot-password', module: 'features/auth/forgot-password-page.tsx', component: 'ForgotPasswordPage', prerender: { variantParams: ['mode'] } },
  { path: '/mfa', module: 'features/auth/mfa-page.tsx', component: 'MfaPage' },
  { path: '/recovery', module: 'features/landing/recovery-page.tsx', component: 'RecoveryPage' },
  { path: '/verify-email', module: 'features/landing/verify-email-page.tsx', component: 'VerifyEmailPage' },
  { path: '/magic-url', module: 'features/landing/magic-url-page.tsx', component: 'MagicUrlPage' },
  { path: '/oauth/success', module: 'features/landing/oauth-pages.tsx', component: 'OAuthSuccessPage' },
  { path: '/oauth/failure', module: 'features/landing/oauth-pages.tsx', component: 'OAuthFailurePage' },
  { path: '/deactivated', module: 'features/deactivate/deactivated-page.tsx', component: 'DeactivatedPage' },
];

/** The layout of every signed-in page: a lazy chunk of its own, loaded with the page. */
export const SETTINGS_SHELL: PageEntry = { path: '/', module: 'app/layouts/app-shell.tsx', component: 'AppShell' };

/** The signed-in pages in menu order: one list feeds the router and the settings navigation. */
export const SETTINGS_PAGES: SettingsPageEntry[] = [
  { path: '/profile', module: 'features/profile/profile-page.tsx', component: 'ProfilePage', label: 'nav.profile', beforeAccount: true },
  { path: '/email', module: 'features/email/email-page.tsx', component: 'EmailPage', label: 'nav.email' },
  { path: '/phone', module: 'features/phone/phone-page.tsx', component: 'PhonePage', label: 'nav.phone' },
  { path: '/password', module: 'features/password/password-page.tsx', component: 'PasswordPage', label: 'nav.password' },
  { path: '/security', module: 'features/security/security-page.tsx', component: 'SecurityPage', label: 'nav.security' },
  { path: '/preferences', module: 'features/preferences/preferences-page.tsx', component: 'PreferencesPage', label: 'nav.preferences' },
  { path: '/sessions', module: 'features/sessions/sessions-page.tsx', component: 'SessionsPage', label: 'nav.sessions', beforeAccount: true },
  { path: '/activity', module: 'features/activity/activity-page.tsx', component: 'ActivityPage', label: 'nav.activity', beforeAccount: true },
  { path: '/deactivate', module: 'features/deactivate/deactivate-page.tsx', component: 'DeactivatePage', label: 'nav.deactivate', destructive: true },
  { path: '/verify-phone', module: 'features/phone/verify-phone-page.tsx', component: 'VerifyPhonePage', partOf: '/phone' },
];

/** The language of the prerendered pages; a visitor in another one gets the live page (start-after-paint.ts). */
export const PRERENDER_LANGUAGE = 'en';

/** Pages prerendered at build time: their first paint depends on the build's config only. */
export const PRERENDERED_PAGES: { path: string; variantParams: string[] }[] = [
  ...AUTH_PAGES.flatMap((page) => (page.prerender ? [{ path: page.path, variantParams: page.prerender.variantParams }] : [])),
  ...SETTINGS_PAGES.map((page) => ({ path: page.path, variantParams: [] })),
];
