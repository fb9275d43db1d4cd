/**
 * The embedded mock in the browser: an MSW worker in front of the backend, state in localStorage.
 * Tabs of one profile share one server: every request re-reads state another tab has written.
 */
import { setupWorker } from 'msw/browser';
import type { ComponentType } from 'react';
import { DEMO_USER } from '../contract/demo.ts';
import { createBackend, type StateStore } from './backend/backend.ts';
import type { MockState } from './backend/state.ts';
import { appwriteHandlers } from './handlers/appwrite-handlers.ts';
import { createInboxStore } from './inbox/inbox-store.ts';
import type { MockInboxLabels as InboxLabels, MockOAuthConsentLabels as OAuthConsentLabels } from '../contract/mock-ui-labels.ts';
import { createMockInbox } from './inbox/mock-inbox.tsx';
import { createMockOAuthConsent } from './oauth/mock-oauth-consent.tsx';

const STATE_KEY = 'appwrite-mock:state';
const REVISION_KEY = 'appwrite-mock:revision';

function localStorageStore(): StateStore {
  let revision: string | null = null;
  return {
    read() {
      revision = localStorage.getItem(REVISION_KEY);
      const raw = localStorage.getItem(STATE_KEY);
      return raw === null ? null : (JSON.parse(raw) as unknown);
    },
    write(state: MockState) {
      revision = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
      try {
        localStorage.setItem(STATE_KEY, JSON.stringify(state));
        localStorage.setItem(REVISION_KEY, revision);
      } catch (error) {
        console.warn('[mock] could not persist state', error);
      }
    },
    changedElsewhere: () => localStorage.getItem(REVISION_KEY) !== revision,
  };
}

export interface MockWorkerOptions {
  endpoint: string;
  projectId: string;
  /** The app's name, shown in the mock's emails; without one the mock project keeps its own. */
  projectName?: string | undefined;
  /** Where the app is served from; the worker script lives there. */
  basePath: string;
}

export interface MockWorkerInfo {
  demoCredentials: { email: string; password: string };
  /** Set when the persisted mock state was unreadable and was replaced by a fresh seed. */
  stateWasReset: boolean;
  /** The floating inbox of sent emails and SMS; the app passes its words. */
  Inbox: ComponentType<{ labels: InboxLabels }>;
  /** The mock provider's consent page, for the app to serve at `<endpoint path>/account/tokens/oauth2/:provider`. */
  OAuthConsent: ComponentType<{ labels: OAuthConsentLabels }>;
}

export async function startMockWorker(options: MockWorkerOptions): Promise<MockWorkerInfo> {
  let stateWasReset = false;
  const backend = createBackend({
    store: localStorageStore(),
    // This page's own host is a registered platform, so redirect URLs back to it are accepted.
    project: { $id: options.projectId, ...(options.projectName ? { name: options.projectName } : {}), platforms: [...new Set(['localhost', location.hostname])] },
    // localStorage holds ~5 MB: keep the newest rows of each user's security log.
    maxLogsPerUser: 1000,
    onCorruptState: () => {
      stateWasReset = true;
    },
  });
  // Another tab changed the shared state: pick it up now so the inbox (and this tab) stay current.
  addEventListener('storage', (event) => {
    if (event.key === REVISION_KEY) backend.sync();
  });
  const worker = setupWorker(...appwriteHandlers(backend, options.endpoint));
  const base = options.basePath.endsWith('/') ? options.basePath : `${options.basePath}/`;
  await worker.start({
    serviceWorker: { url: `${base}mockServiceWorker.js`, options: { scope: base } },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return {
    demoCredentials: { email: DEMO_USER.email, password: DEMO_USER.password },
    stateWasReset,
    Inbox: createMockInbox(createInboxStore(backend)),
    OAuthConsent: createMockOAuthConsent(backend, new URL(options.endpoint).pathname),
  };
}
