import { createContext, use, type ComponentType, type ReactNode } from 'react';
import type { MockInboxLabels, MockOAuthConsentLabels } from '../../contract/mock-ui-labels.ts';
import type { RuntimeConfig } from './runtime-config.ts';

export type { MockInboxLabels, MockOAuthConsentLabels };

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
