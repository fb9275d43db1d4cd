import { createContext, use, type ReactNode } from 'react';
import type { RuntimeConfig } from './runtime-config.ts';

/** What the app knows about the embedded mock; null when talking to a real Appwrite. */
export interface MockInfo {
  demoCredentials: { email: string; password: string };
  stateWasReset: boolean;
}

interface AppEnvironment {
  config: RuntimeConfig;
  mock: MockInfo | null;
}

const EnvironmentContext = createContext<AppEnvironment | null>(null);

export function EnvironmentProvider({ value, children }: { value: AppEnvironment; children: ReactNode }) {
  return <EnvironmentContext value={value}>{children}</EnvironmentContext>;
}

export function useEnvironment(): AppEnvironment {
  const value = use(EnvironmentContext);
  if (!value) throw new Error('useEnvironment must be used inside <EnvironmentProvider>');
  return value;
}
