import type { ComponentType } from 'react';
import { createRequiredContext } from '../../lib/required-context.tsx';
import type { RuntimeConfig } from './runtime-config.ts';

/** What the app knows about the embedded mock; null when talking to a real Appwrite. */
export interface MockInfo {
  demoCredentials: { email: string; password: string };
  stateWasReset: boolean;
  /** The mock's inbox panel (emails and SMS with their links and codes). */
  Inbox?: ComponentType;
  /** The mock OAuth2 provider's consent page (navigations bypass the mock worker). */
  OAuthConsent?: ComponentType;
}

export interface AppEnvironment {
  config: RuntimeConfig;
  mock: MockInfo | null;
}

export const [EnvironmentProvider, useEnvironment] = createRequiredContext<AppEnvironment>('EnvironmentProvider');
