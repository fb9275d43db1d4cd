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

/**
 * Where an app instance shows itself. The app on its own page owns the document: `lang`, `dir` and the
 * theme go on <html>, each page sets the title, and the device remembers theme and language. An instance
 * embedded in a host page owns only its element: those go on it, and nothing global is written.
 */
export interface AppSurface {
  /** Carries `lang`, `dir` and `data-theme`; null while rendering outside a browser (the prerender). */
  element: HTMLElement | null;
  /** The whole page is ours (title, device memory). */
  ownsDocument: boolean;
  /** The id of the page's main region (the skip link's target): unique among the instances on a page. */
  mainId: string;
}

export const DOCUMENT_SURFACE: AppSurface = {
  element: typeof document === 'undefined' ? null : document.documentElement,
  ownsDocument: true,
  mainId: 'main',
};

/** One app instance's environment: every layer may read it (the bottom layer, so it imports none). */
export interface AppEnvironment {
  config: RuntimeConfig;
  mock: MockInfo | null;
  /** Default: the document (the app on its own page). */
  surface?: AppSurface;
  /** Set when the instance is embedded in a host app (app/embed/). */
  embed?: EmbedHost;
}

/** What the settings pages need to know about the host app they are embedded in. */
export interface EmbedHost {
  /** The settings pages shown, in order (paths such as `/profile`). */
  sections: readonly string[];
  /** `jwt`: the host's session lends the widget JWTs; ending that session is the host's business. */
  auth: 'session' | 'jwt';
  /** The session behind the host's JWT (shown as this device, with no sign-out); null in session auth. */
  hostSessionId: () => string | null;
  /** `frame`: alone in an iframe (one section, no navigation of its own). */
  chrome: 'widget' | 'frame';
  /** Tells the host the widget is signed out (once per sign-out). */
  signedOut: () => void;
  /** Where the links in emails lead (an absolute URL ending in `/`): the deployed dashboard; null: this page's address. */
  linkBase: string | null;
}

const EnvironmentContext = createContext<AppEnvironment | null>(null);

export function EnvironmentProvider({ value, children }: { value: AppEnvironment; children: ReactNode }) {
  return <EnvironmentContext value={value}>{children}</EnvironmentContext>;
}

/** Where this instance shows itself (see AppSurface); outside an app (a component on its own), the document. */
export function useSurface(): AppSurface {
  return use(EnvironmentContext)?.surface ?? DOCUMENT_SURFACE;
}

/** Sets (or, with undefined, removes) display attributes on a surface's element. */
export function markSurface(element: HTMLElement, attributes: Partial<Record<'lang' | 'dir' | 'data-theme', string | undefined>>) {
  for (const name of ['lang', 'dir', 'data-theme'] as const) {
    if (!(name in attributes)) continue;
    const value = attributes[name];
    if (value === undefined) element.removeAttribute(name);
    else element.setAttribute(name, value);
  }
}

/** The host app this instance is embedded in; null for the app on its own page. */
export function useEmbedHost(): EmbedHost | null {
  return use(EnvironmentContext)?.embed ?? null;
}

export function useEnvironment(): AppEnvironment {
  const environment = use(EnvironmentContext);
  if (!environment) throw new Error('EnvironmentProvider is missing: wrap the tree in its provider');
  return environment;
}
