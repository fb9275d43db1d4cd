/**
 * The mock Appwrite Account backend: state + routes + pipeline, with no MSW, React or DOM.
 * Adapters (MSW worker, MSW node, node:http) turn their requests into `BackendRequest`s.
 */
import { createClock, type Clock } from './clock.ts';
import type { BackendOptions } from './context.ts';
import { handleControl } from './control.ts';
import { AppwriteError } from './errors.ts';
import type { BackendRequest, BackendResponse } from './http.ts';
import { errorResponse, runPipeline } from './pipeline.ts';
import type { Route } from './route.ts';
import { accountRoutes } from './routes/account.ts';
import { identityRoutes } from './routes/identities.ts';
import { logRoutes } from './routes/logs.ts';
import { mfaRoutes } from './routes/mfa.ts';
import { oauthRoutes } from './routes/oauth2.ts';
import { recoveryRoutes } from './routes/recovery.ts';
import { sessionRoutes } from './routes/sessions.ts';
import { targetRoutes } from './routes/targets.ts';
import { tokenRoutes } from './routes/tokens.ts';
import { verificationRoutes } from './routes/verification.ts';
import { seedState, type SeedName } from './seed.ts';
import { isMockState, type Faults, type MockState } from './state.ts';

export const ROUTES: Route[] = [
  ...accountRoutes,
  ...sessionRoutes,
  ...tokenRoutes,
  ...recoveryRoutes,
  ...verificationRoutes,
  ...logRoutes,
  ...identityRoutes,
  ...mfaRoutes,
  ...targetRoutes,
  ...oauthRoutes,
];

/** Largest request body accepted; anything bigger is refused before parsing. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

export function bodyTooLarge(): AppwriteError {
  return new AppwriteError('general_bad_request', 'Request body is too large.');
}

function faultsFor(faults: Faults | null, req: BackendRequest): Faults | null {
  if (!faults) return null;
  return faults.paths.length && !faults.paths.some((p) => req.path.startsWith(p)) ? null : faults;
}

/** Injected faults for API paths (never the control API, so tests can always clean up). */
function applyFaults(faults: Faults | null, random: () => number): BackendResponse | null {
  if (!faults) return null;
  if (faults.offline) return { status: 0, headers: {}, networkError: true, delayMs: faults.latencyMs };
  if (faults.failRate > 0 && random() < faults.failRate) {
    const response = errorResponse(new AppwriteError('general_server_error'));
    response.status = faults.failStatus;
    (response.body as { code: number }).code = faults.failStatus;
    return { ...response, delayMs: faults.latencyMs };
  }
  return null;
}

/** Where state lives between requests: memory (tests, HTTP server) or localStorage (browser). */
export interface StateStore {
  /** The persisted state as stored, or null when there is none. Throws or returns junk when corrupt. */
  read(): unknown;
  write(state: MockState): void;
  /** True when someone else (another tab) wrote since our last read or write. */
  changedElsewhere(): boolean;
}

export interface BackendConfig extends Partial<BackendOptions> {
  store?: StateStore;
  seed?: SeedName;
  /** Overrides project settings (the dashboard's runtime config names its own id and name). */
  project?: { $id?: string; name?: string; platforms?: string[] };
  maxLogsPerUser?: number;
  wallClock?: () => number;
  /** Called when persisted state was unreadable and has been replaced by a fresh seed. */
  onCorruptState?: () => void;
  /** For fault injection (`failRate`); tests may make it deterministic. */
  random?: () => number;
}

export interface Backend {
  handle(req: BackendRequest): BackendResponse;
  reset(seed?: SeedName): void;
  /** Re-reads state another tab has written, if any. */
  sync(): void;
  /** Called after every change of state (a mutating request, a reset, a sync that found news). */
  subscribe(listener: () => void): () => void;
  readonly state: MockState;
  readonly clock: Clock;
  /** The latest API requests answered (method, path, status; 0 = network error), oldest first. */
  readonly requests: RequestRecord[];
}

export interface RequestRecord {
  method: string;
  path: string;
  status: number;
}

const MAX_REQUEST_LOG = 500;

export function createBackend(config: BackendConfig = {}): Backend {
  const options: BackendOptions = { fallbackCookies: config.fallbackCookies ?? 'always', maxLogsPerUser: config.maxLogsPerUser ?? 0 };
  const wallClock = config.wallClock ?? Date.now;
  const store = config.store;

  const fresh = (seed: SeedName): MockState => {
    const state = seedState(seed, wallClock());
    Object.assign(state.project, config.project);
    return state;
  };

  const load = (): MockState => {
    let persisted: unknown;
    try {
      persisted = store?.read() ?? null;
    } catch {
      persisted = undefined; // unreadable: treated as corrupt below
    }
    if (persisted === null) return fresh(config.seed ?? 'demo');
    if (isMockState(persisted)) return Object.assign(persisted, { project: { ...persisted.project, ...config.project } });
    config.onCorruptState?.();
    return fresh(config.seed ?? 'demo');
  };

  let state = load();
  const clock = createClock(() => state, wallClock);
  store?.write(state);
  // What this instance answered (not the control API), for tests to count writes; memory only.
  const requests: RequestRecord[] = [];
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const listener of listeners) listener();
  };

  return {
    get state() {
      return state;
    },
    requests,
    clock,
    reset(seed = 'demo') {
      state = fresh(seed);
      store?.write(state);
      changed();
    },
    sync() {
      if (!store?.changedElsewhere()) return;
      state = load();
      changed();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    handle(req) {
      if (store?.changedElsewhere()) state = load();
      let response: BackendResponse;
      if (req.bodyText.length > MAX_BODY_BYTES) {
        response = errorResponse(bodyTooLarge());
      } else if (req.path.startsWith('/mock/')) {
        try {
          response = handleControl(this, req);
        } catch (error) {
          response = errorResponse(error instanceof AppwriteError ? error : new AppwriteError('general_server_error'));
        }
      } else {
        // Faults (latency too) only for the paths they name.
        const faults = faultsFor(state.faults, req);
        const fault = applyFaults(faults, config.random ?? Math.random);
        response = fault ?? runPipeline(state, ROUTES, req, clock.now(), options);
        if (!fault && faults?.latencyMs) response.delayMs = faults.latencyMs;
        requests.push({ method: req.method, path: req.path, status: response.status });
        if (requests.length > MAX_REQUEST_LOG) requests.splice(0, requests.length - MAX_REQUEST_LOG);
      }
      const isRead = req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS';
      if (response.stateChanged ?? !isRead) {
        store?.write(state);
        changed();
      }
      delete response.stateChanged;
      return response;
    },
  };
}
