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
import { sessionRoutes } from './routes/sessions.ts';
import { seedState, type SeedName } from './seed.ts';
import { isMockState, type MockState } from './state.ts';

export const ROUTES: Route[] = [...accountRoutes, ...sessionRoutes];

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
  /** Overrides the project's id/name (the dashboard's runtime config may name its own). */
  project?: { $id?: string; name?: string };
  wallClock?: () => number;
  /** Called when persisted state was unreadable and has been replaced by a fresh seed. */
  onCorruptState?: () => void;
}

export interface Backend {
  handle(req: BackendRequest): BackendResponse;
  reset(seed?: SeedName): void;
  readonly state: MockState;
  readonly clock: Clock;
}

export function createBackend(config: BackendConfig = {}): Backend {
  const options: BackendOptions = { fallbackCookies: config.fallbackCookies ?? 'always' };
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

  return {
    get state() {
      return state;
    },
    clock,
    reset(seed = 'demo') {
      state = fresh(seed);
      store?.write(state);
    },
    handle(req) {
      if (store?.changedElsewhere()) state = load();
      let response: BackendResponse;
      if (req.path.startsWith('/mock/')) {
        try {
          response = handleControl(this, req);
        } catch (error) {
          response = errorResponse(error instanceof AppwriteError ? error : new AppwriteError('general_server_error'));
        }
      } else {
        response = runPipeline(state, ROUTES, req, clock.now(), options);
      }
      if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS') store?.write(state);
      return response;
    },
  };
}
