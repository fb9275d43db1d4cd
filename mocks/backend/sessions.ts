/** Session lifecycle: creation (with maxSessions pruning and alerts), cookies / fallback header, logout. */
import { audit } from './audit.ts';
import { sessionCookieName } from './caller.ts';
import type { Context } from './context.ts';
import { encodeSessionValue, hash, randomHex, uniqueId } from './ids.ts';
import { json, noContent, type BackendResponse } from './http.ts';
import { locate } from './location.ts';
import { sessionModel } from './models.ts';
import { sendEmail } from './outbox.ts';
import type { SessionRecord, TokenRecord, UserRecord } from './state.ts';
import { parseUserAgent } from './user-agent.ts';

export interface SessionKind {
  provider: string;
  providerUid: string;
  factors: string[];
}

/** The registrable domain, simplified: last two labels of a hostname (`localhost` stays itself); IP addresses as is. */
function registrableDomain(hostname: string): string {
  if (/^[\d.]+$/.test(hostname) || hostname.includes(':')) return hostname;
  return hostname.split('.').slice(-2).join('.');
}

/** Appwrite sends `X-Fallback-Cookies` when the caller's site is on another domain than the API. */
export function needsFallback(ctx: Context): boolean {
  if (ctx.options.fallbackCookies === 'always') return true;
  const origin = ctx.req.headers.origin ?? ctx.req.headers.referer;
  if (!origin) return true;
  try {
    const host = new URL(`http://${ctx.req.host}`).hostname;
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
  sendSessionAlert(ctx, user, session);
  return { session, secret };
}

/** Appwrite's shutdown hook: delete the oldest sessions while the user has more than maxSessions. */
function pruneSessions(ctx: Context, user: UserRecord): void {
  const max = ctx.state.project.auths.maxSessions;
  if (max <= 0) return;
  const own = ctx.state.sessions.filter((s) => s.userId === user.$id).sort((a, b) => a.createdAt - b.createdAt);
  const excess = new Set(own.slice(0, Math.max(0, own.length - max)));
  ctx.state.sessions = ctx.state.sessions.filter((s) => !excess.has(s));
}

/** "Security alert: new session" (contract §9); not for the email-code sign-in, which just proved the inbox. */
function sendSessionAlert(ctx: Context, user: UserRecord, session: SessionRecord): void {
  const { project } = ctx.state;
  if (!project.auths.sessionAlerts || !project.smtp || !user.email || session.provider === 'token') return;
  if (ctx.state.sessions.filter((s) => s.userId === user.$id).length < 2) return; // the first session is no surprise
  sendEmail(ctx, user, user.email, {
    subject: `Security alert: new session on your ${project.name} account`,
    text: `New login detected on ${project.name}.\n\nIP: ${session.ip}\nClient: ${session.clientName || 'Unknown'}\nCountry: ${session.countryName}`,
  });
}

/** What a session made from a token carries, per token kind (contract §2.4). */
export function sessionKindForToken(token: TokenRecord): SessionKind {
  switch (token.kind) {
    case 'magic-url':
      return { provider: 'magic-url', providerUid: '', factors: ['email'] };
    case 'phone-otp':
      return { provider: 'phone', providerUid: '', factors: ['phone'] };
    case 'oauth2':
      return { provider: token.provider ?? 'oauth2', providerUid: '', factors: ['email', 'oauth2'] };
    default:
      return { provider: 'token', providerUid: '', factors: ['email'] };
  }
}

/** 201 Session with the cookie and, where Appwrite would send it, `X-Fallback-Cookies`. */
export function sessionCreated(ctx: Context, session: SessionRecord, secret: string): BackendResponse {
  const name = sessionCookieName(ctx.state.project.$id);
  const value = encodeSessionValue(session.userId, secret);
  const headers: Record<string, string> = needsFallback(ctx) ? { 'X-Fallback-Cookies': JSON.stringify({ [name]: value }) } : {};
  const response = json(201, sessionModel(session, true), headers);
  response.cookies = sessionCookies(name, value, session.expire);
  return response;
}

export function sessionCookies(name: string, value: string, expires: number): NonNullable<BackendResponse['cookies']> {
  return [
    { name, value, expires, httpOnly: true, sameSite: 'None' },
    { name: `${name}_legacy`, value, expires, httpOnly: true },
  ];
}

/** Clears both cookies (expired an hour ago) and empties the fallback, as logout does. */
export function clearSessionCookies(ctx: Context, response: BackendResponse): BackendResponse {
  response.cookies = sessionCookies(sessionCookieName(ctx.state.project.$id), '', ctx.now - 3_600_000);
  if (needsFallback(ctx)) response.headers['X-Fallback-Cookies'] = '[]';
  return response;
}

export function deleteSessions(ctx: Context, user: UserRecord, doomed: SessionRecord[]): BackendResponse {
  const ids = new Set(doomed.map((s) => s.$id));
  ctx.state.sessions = ctx.state.sessions.filter((s) => !ids.has(s.$id));
  // Push targets die with the session that registered them.
  user.targets = user.targets.filter((t) => !t.sessionId || !ids.has(t.sessionId));
  audit(ctx, 'session.delete', user);
  const response = noContent();
  const own = ctx.caller.session;
  return own && ids.has(own.$id) ? clearSessionCookies(ctx, response) : response;
}
