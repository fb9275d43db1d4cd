/** `/account/sessions…`: email+password login, read and delete (contract §2.2 #6, #8, #9). */
import { requireUser, type Context } from '../context.ts';
import { AppwriteError } from '../errors.ts';
import { json } from '../http.ts';
import { sessionModel } from '../models.ts';
import { defineRoute } from '../route.ts';
import { deleteSessions, sessionCreated, startSession } from '../sessions.ts';
import { findUserByEmail, passwordMatches } from '../users.ts';
import { Email, Password, UID, type Validator } from '../validators.ts';

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

const getSession = defineRoute({
  method: 'GET',
  paths: ['/account/sessions/:sessionId'],
  scope: 'account',
  params: { sessionId: { validator: SessionId, optional: true, default: 'current' } },
  action(ctx, p) {
    const session = findOwnSession(ctx, p.sessionId);
    return json(200, sessionModel(session, session.$id === ctx.caller.session?.$id && ctx.caller.via === 'session'));
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

export const sessionRoutes = [createEmailPasswordSession, getSession, deleteSession];
