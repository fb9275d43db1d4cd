/** `/account/sessions…`: list, read, refresh, delete, and every way to create one (contract #4–13). */
import { requireUser, type Context } from '../context.ts';
import { AppwriteError } from '../errors.ts';
import { json } from '../http.ts';
import { sessionListModel, sessionModel } from '../models.ts';
import { defineRoute } from '../route.ts';
import { deleteSessions, sessionCreated, sessionKindForToken, startSession } from '../sessions.ts';
import type { TokenKind } from '../state.ts';
import { consumeToken } from '../tokens.ts';
import { createUser, findUser, findUserByEmail, passwordMatches } from '../users.ts';
import { CustomId, Email, Password, Text, UID, type Validator } from '../validators.ts';

/** `current` or a session id. */
const SessionId: Validator<string> = {
  description: UID.description,
  parse: (v) => (v === 'current' ? v : UID.parse(v)),
};

function findOwnSession(ctx: Context, sessionId: string) {
  const user = requireUser(ctx);
  if (sessionId === 'current') {
    // With JWT auth there is no "current" cookie session (contract §2.2 #6).
    if (ctx.caller.via !== 'session' || !ctx.caller.session) throw new AppwriteError('user_session_not_found');
    return ctx.caller.session;
  }
  const session = ctx.state.sessions.find((s) => s.$id === sessionId && s.userId === user.$id && s.expire >= ctx.now);
  if (!session) throw new AppwriteError('user_session_not_found');
  return session;
}

function isCurrent(ctx: Context, sessionId: string): boolean {
  return ctx.caller.via === 'session' && ctx.caller.session?.$id === sessionId;
}

const listSessions = defineRoute({
  method: 'GET',
  paths: ['/account/sessions'],
  scope: 'account',
  params: {},
  action(ctx) {
    const user = requireUser(ctx);
    const own = ctx.state.sessions.filter((s) => s.userId === user.$id && s.expire >= ctx.now);
    return json(200, sessionListModel(own, (s) => isCurrent(ctx, s.$id)));
  },
});

const deleteAllSessions = defineRoute({
  method: 'DELETE',
  paths: ['/account/sessions'],
  scope: 'account',
  rateLimit: { limit: 100, window: 3600, keys: ['url:{url},ip:{ip}'] },
  params: {},
  action(ctx) {
    const user = requireUser(ctx);
    return deleteSessions(ctx, user, ctx.state.sessions.filter((s) => s.userId === user.$id));
  },
});

const getSession = defineRoute({
  method: 'GET',
  paths: ['/account/sessions/:sessionId'],
  scope: 'account',
  params: { sessionId: { validator: SessionId, optional: true, default: 'current' } },
  action(ctx, p) {
    const session = findOwnSession(ctx, p.sessionId);
    return json(200, sessionModel(session, isCurrent(ctx, session.$id)));
  },
});

const updateSession = defineRoute({
  method: 'PATCH',
  paths: ['/account/sessions/:sessionId'],
  scope: 'account',
  rateLimit: { limit: 10, window: 3600, keys: ['url:{url},ip:{ip}'] },
  params: { sessionId: { validator: SessionId, optional: true, default: 'current' } },
  action(ctx, p) {
    const session = findOwnSession(ctx, p.sessionId);
    session.expire = ctx.now + ctx.state.project.auths.duration * 1000;
    session.updatedAt = ctx.now;
    // Quirk kept from Appwrite: this path renders current:false and an empty countryName.
    return json(200, { ...sessionModel(session, false), countryName: '' });
  },
});

const deleteSession = defineRoute({
  method: 'DELETE',
  paths: ['/account/sessions/:sessionId'],
  scope: 'account',
  groups: ['mfa'],
  rateLimit: { limit: 100, window: 3600, keys: ['url:{url},ip:{ip}'] },
  params: { sessionId: { validator: SessionId } },
  action(ctx, p) {
    const session = findOwnSession(ctx, p.sessionId);
    return deleteSessions(ctx, requireUser(ctx), [session]);
  },
});

const createEmailPasswordSession = defineRoute({
  method: 'POST',
  paths: ['/account/sessions/email', '/account/sessions'],
  scope: 'public',
  groups: ['session'],
  authMethod: 'emailPassword',
  rateLimit: { limit: 10, window: 3600, keys: ['url:{url},email:{param-email}'], resetOnCreated: true },
  params: { email: { validator: Email }, password: { validator: Password } },
  action(ctx, p) {
    const email = p.email.toLowerCase();
    const user = findUserByEmail(ctx.state, email);
    if (!user || !passwordMatches(user, p.password)) throw new AppwriteError('user_invalid_credentials');
    // Checked after the password, like Appwrite, so a blocked account is not revealed to guessers.
    if (!user.status) throw new AppwriteError('user_blocked');
    const { session, secret } = startSession(ctx, user, { provider: 'email', providerUid: email, factors: ['password'] });
    return sessionCreated(ctx, session, secret);
  },
});

const createAnonymousSession = defineRoute({
  method: 'POST',
  paths: ['/account/sessions/anonymous'],
  scope: 'public',
  groups: ['session'],
  authMethod: 'anonymous',
  rateLimit: { limit: 50, window: 3600, keys: ['ip:{ip}'] },
  params: {},
  action(ctx) {
    const user = createUser(ctx.state, ctx.now, { userId: 'unique()' });
    const { session, secret } = startSession(ctx, user, { provider: 'anonymous', providerUid: '', factors: ['anonymous'] });
    return sessionCreated(ctx, session, secret);
  },
});

/** The shared closure of createSession and the deprecated PUT routes (`A:85-281`). */
function tokenSession(kinds: TokenKind[]) {
  return (ctx: Context, p: { userId: string; secret: string }) => {
    const user = findUser(ctx.state, p.userId);
    if (!user) throw new AppwriteError('user_invalid_token');
    const token = consumeToken(ctx, user.$id, p.secret, kinds);
    // Proving the inbox or phone verifies it. No status check here: a blocked user's next call fails.
    if (token.kind === 'magic-url' || token.kind === 'email-otp') user.emailVerification = true;
    if (token.kind === 'phone-otp') user.phoneVerification = true;
    const { session, secret } = startSession(ctx, user, sessionKindForToken(token));
    return sessionCreated(ctx, session, secret);
  };
}

const tokenParams = { userId: { validator: CustomId }, secret: { validator: Text(256) } };

const createSession = defineRoute({
  method: 'POST',
  paths: ['/account/sessions/token'],
  scope: 'public',
  groups: ['session'],
  rateLimit: { limit: 10, window: 3600, keys: ['ip:{ip},userId:{param-userId}'], resetOnCreated: true },
  params: tokenParams,
  action: tokenSession(['magic-url', 'email-otp', 'phone-otp', 'oauth2']),
});

const updateMagicURLSession = defineRoute({
  method: 'PUT',
  paths: ['/account/sessions/magic-url'],
  scope: 'public',
  groups: ['session'],
  authMethod: 'magicURL',
  rateLimit: { limit: 10, window: 3600, keys: ['ip:{ip},userId:{param-userId}'], resetOnCreated: true },
  params: tokenParams,
  action: tokenSession(['magic-url']),
});

const updatePhoneSession = defineRoute({
  method: 'PUT',
  paths: ['/account/sessions/phone'],
  scope: 'public',
  groups: ['session'],
  authMethod: 'phone',
  rateLimit: { limit: 10, window: 3600, keys: ['ip:{ip},userId:{param-userId}'] },
  params: tokenParams,
  action: tokenSession(['phone-otp']),
});

export const sessionRoutes = [
  listSessions,
  deleteAllSessions,
  getSession,
  updateSession,
  deleteSession,
  createEmailPasswordSession,
  createAnonymousSession,
  createSession,
  updateMagicURLSession,
  updatePhoneSession,
];
