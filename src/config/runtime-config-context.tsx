import { createContext, use, type ComponentType, type ReactNode } from 'react';
import type { RuntimeConfig } from './runtime-config.ts';

/**
 * The words of the mock's inbox, from the app's catalogue: the mock may not import src/, so the app passes
 * them in (mocks/inbox/mock-inbox.tsx mirrors this shape; main.tsx's assignment checks they agree).
 */
export interface MockInboxLabels {
  button: string;
  /** The button's accessible name, with the number of messages. */
  count: (count: number) => string;
  /** After the button's word in the drawer's heading: "Inbox (demo)". */
  demo: string;
  clearAll: string;
  close: string;
  list: string;
  empty: string;
  smsTo: (to: string) => string;
  emailTo: (recipient: string) => string;
  openLink: string;
  openInNewTab: string;
  copyCode: (code: string) => string;
  copied: string;
}

/** The words of the mock OAuth2 provider's consent page (mocks/oauth/mock-oauth-consent.tsx mirrors it). */
export interface MockOAuthConsentLabels {
  unavailableTitle: string;
  /** Followed by the request that turns the provider on. */
  unavailableBody: (status: number) => string;
  pageTitle: (provider: string) => string;
  heading: (app: string, provider: string) => string;
  intro: string;
  email: string;
  name: string;
  allow: string;
  deny: string;
}

/** What the app knows about the embedded mock; null when talking to a real Appwrite. */
export interface MockInfo {
  demoCredentials: { email: string; password: string };
  stateWasReset: boolean;
  /** The mock's inbox panel (emails and SMS with their links and codes). */
  Inbox?: ComponentType<{ labels: MockInboxLabels }>;
  /** The mock OAuth2 provider's consent page (navigations bypass the mock worker); the router mounts it with its labels. */
  OAuthConsent?: ComponentType<{ labels: MockOAuthConsentLabels }>;
}

/** One app instance's environment: every layer may read it (the bottom layer, so it imports none). */
export interface AppEnvironment {
  config: RuntimeConfig;
  mock: MockInfo | null;
}

const EnvironmentContext = createContext<AppEnvironment | null>(null);

export function EnvironmentProvider({ value, children }: { value: AppEnvironment; children: ReactNode }) {
  return <EnvironmentContext value={value}>{children}</EnvironmentContext>;
}

export function useEnvironment(): AppEnvironment {
  const environment = use(EnvironmentContext);
  if (!environment) throw new Error('EnvironmentProvider is missing: wrap the tree in its provider');
  return environment;
}
