import type { Caller } from './caller.ts';
import type { BackendRequest } from './http.ts';
import type { MockState } from './state.ts';

export interface BackendOptions {
  /**
   * `always`: every session response carries `X-Fallback-Cookies` (MSW cannot set real cookies, so
   * the SDK keeps the session in `localStorage.cookieFallback`). `cross-domain`: only when the
   * caller's origin is on another registrable domain, as Appwrite does (HTTP server mode).
   */
  fallbackCookies: 'always' | 'cross-domain';
  /** Keep at most this many log rows per user (0 = all). The browser's localStorage cannot hold more. */
  maxLogsPerUser: number;
}

/** Everything a route action may use. Built once per request by the pipeline. */
export interface Context {
  state: MockState;
  req: BackendRequest;
  now: number;
  caller: Caller;
  options: BackendOptions;
}

/** The caller's user; only call on routes whose scope guarantees one. */
export function requireUser(ctx: Context) {
  if (!ctx.caller.user) throw new Error('route scope guarantees a user');
  return ctx.caller.user;
}
