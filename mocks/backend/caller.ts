/**
 * Who is calling (contract §1.4): cookie `a_session_<project>` (or `_legacy`), then
 * `X-Appwrite-Session`, then `X-Fallback-Cookies`; `X-Appwrite-JWT` last. A value that does not
 * match a live session means "guest", exactly like Appwrite.
 */
import { AppwriteError } from './errors.ts';
import { decodeSessionValue, hash } from './ids.ts';
import { header, type BackendRequest } from './http.ts';
import { verifyJwt } from './jwt.ts';
import type { MockState, SessionRecord, UserRecord } from './state.ts';

export interface Caller {
  user: UserRecord | null;
  session: SessionRecord | null;
  /** How the caller authenticated; the MFA gate and `current` lookups depend on it. */
  via: 'session' | 'jwt' | null;
}

export const GUEST: Caller = { user: null, session: null, via: null };

export function sessionCookieName(projectId: string): string {
  return `a_session_${projectId.toLowerCase()}`;
}

function parseCookies(cookieHeader: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (cookieHeader ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    try {
      out[name] = decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      out[name] = part.slice(eq + 1).trim();
    }
  }
  return out;
}

function fallbackValue(req: BackendRequest, name: string): string | undefined {
  const raw = header(req, 'x-fallback-cookies');
  if (!raw) return undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      const value = (parsed as Record<string, unknown>)[name];
      return typeof value === 'string' ? value : undefined;
    }
  } catch {
    // malformed header: no session
  }
  return undefined;
}

/** The raw session value the request carries, in Appwrite's order of precedence. */
export function sessionValue(req: BackendRequest, projectId: string): string | undefined {
  const name = sessionCookieName(projectId);
  const cookies = parseCookies(header(req, 'cookie'));
  return cookies[name] || cookies[`${name}_legacy`] || header(req, 'x-appwrite-session') || fallbackValue(req, name);
}

function findLiveSession(state: MockState, userId: string, secret: string, now: number) {
  const secretHash = hash(secret);
  return state.sessions.find((s) => s.userId === userId && s.secretHash === secretHash && s.expire >= now) ?? null;
}

export function resolveCaller(state: MockState, req: BackendRequest, now: number): Caller {
  let caller = GUEST;
  const value = sessionValue(req, state.project.$id);
  const decoded = value ? decodeSessionValue(value) : null;
  if (decoded) {
    const user = state.users.find((u) => u.$id === decoded.id);
    const session = user ? findLiveSession(state, user.$id, decoded.secret, now) : null;
    if (user && session) caller = { user, session, via: 'session' };
  }

  const jwt = header(req, 'x-appwrite-jwt');
  if (jwt) {
    if (caller.user) throw new AppwriteError('user_jwt_and_cookie_set');
    const payload = verifyJwt(state.jwtKey, jwt, now);
    if (!payload) throw new AppwriteError('user_jwt_invalid', 'Failed to verify JWT. Invalid token: Signature or expiry check failed.');
    const user = state.users.find((u) => u.$id === payload.userId);
    const session = state.sessions.find((s) => s.$id === payload.sessionId && s.userId === payload.userId && s.expire >= now);
    if (user && session) caller = { user, session, via: 'jwt' };
  }
  return caller;
}
