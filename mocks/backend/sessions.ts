/** Session lifecycle: creation (with maxSessions pruning), cookies / fallback header, logout. */
import { audit } from './audit.ts';
import { sessionCookieName } from './caller.ts';
import type { Context } from './context.ts';
import { encodeSessionValue, hash, randomHex, uniqueId } from './ids.ts';
import { json, noContent, type BackendResponse } from './http.ts';
import { locate } from './location.ts';
import { sessionModel } from './models.ts';
import type { SessionRecord, UserRecord } from './state.ts';
import { parseUserAgent } from './user-agent.ts';

export interface SessionKind {
  provider: string;
  providerUid: string;
  factors: string[];
}

/** The registrable domain, simplified: last two labels of a hostname; IPs and `localhost` as is. */
function registrableDomain(hostname: string): string {
  if (/^[\d.]+$/.test(hostname) || hostname.includes(':') || !hostname.includes('.')) return hostname;
  return hostname.split('.').slice(-2).join('.');
}

function needsFallback(ctx: Context): boolean {
  if (ctx.options.fallbackCookies === 'always') return true;
  const origin = ctx.req.headers.origin ?? ctx.req.headers.referer;
  if (!origin) return true;
  try {
    const host = ctx.req.host.replace(/:\d+$/, '');
    return registrableDomain(new URL(origin).hostname) !== registrableDomain(host);
  } catch {
    return true;
  }
}

export function startSession(ctx: Context, user: UserRecord, kind: SessionKind): { session: SessionRecord; secret: string } {
  const { state, now } = ctx;
  const secret = randomHex(256);
  const session: SessionRecord = {
    $id: uniqueId(now),
    createdAt: now,
    updatedAt: now,
    userId: user.$id,
    expire: now + state.project.auths.duration * 1000,
    provider: kind.provider,
    providerUid: kind.providerUid,
    providerAccessToken: '',
    providerAccessTokenExpiry: null,
    providerRefreshToken: '',
    factors: [...kind.factors],
    secretHash: hash(secret),
    mfaUpdatedAt: null,
    ...parseUserAgent(ctx.req.headers['user-agent']),
    ...locate(ctx.req.ip),
  };
  state.sessions.push(session);
  pruneSessions(ctx, user);
  audit(ctx, 'session.create', user);
  return { session, secret };
}

/** Appwrite's shutdown hook: delete the oldest sessions while the user has more than maxSessions. */
function pruneSessions(ctx: Context, user: UserRecord): void {
  const max = ctx.state.project.auths.maxSessions;
  if (max <= 0) return;
  const own = ctx.state.sessions.filter((s) => s.userId === user.$id).sort((a, b) => a.createdAt - b.createdAt);
  const excess = new Set(own.slice(0, Math.max(0, own.length - max)));
  if (excess.size) ctx.state.sessions = ctx.state.sessions.filter((s) => !excess.has(s));
}

/** 201 Session with the cookie and, where Appwrite would send it, `X-Fallback-Cookies`. */
export function sessionCreated(ctx: Context, session: SessionRecord, secret: string): BackendResponse {
  const name = sessionCookieName(ctx.state.project.$id);
  const value = encodeSessionValue(session.userId, secret);
  const headers: Record<string, string> = needsFallback(ctx) ? { 'X-Fallback-Cookies': JSON.stringify({ [name]: value }) } : {};
  const response = json(201, sessionModel(session, true), headers);
  response.cookies = [
    { name, value, expires: session.expire, httpOnly: true, sameSite: 'None' },
    { name: `${name}_legacy`, value, expires: session.expire, httpOnly: true },
  ];
  return response;
}

/** Clears both cookies (expired an hour ago) and empties the fallback, as logout does. */
export function clearSessionCookies(ctx: Context, response: BackendResponse): BackendResponse {
  const name = sessionCookieName(ctx.state.project.$id);
  const expires = ctx.now - 3_600_000;
  response.cookies = [
    { name, value: '', expires, httpOnly: true, sameSite: 'None' },
    { name: `${name}_legacy`, value: '', expires, httpOnly: true },
  ];
  if (needsFallback(ctx)) response.headers['X-Fallback-Cookies'] = '[]';
  return response;
}

export function deleteSessions(ctx: Context, user: UserRecord, doomed: SessionRecord[]): BackendResponse {
  const ids = new Set(doomed.map((s) => s.$id));
  ctx.state.sessions = ctx.state.sessions.filter((s) => !ids.has(s.$id));
  for (let i = 0; i < doomed.length; i++) audit(ctx, 'session.delete', user);
  const response = noContent();
  const own = ctx.caller.session;
  return own && ids.has(own.$id) ? clearSessionCookies(ctx, response) : response;
}
