/** Password-less tokens and JWTs (contract #16–19): the code or link goes to the mock inbox. */
import { requireUser, type Context } from '../context.ts';
import { AppwriteError } from '../errors.ts';
import { audit } from '../audit.ts';
import { json } from '../http.ts';
import { signJwt } from '../jwt.ts';
import { requireSms, requireSmtp, sendEmail, sendSms, withPhrase } from '../outbox.ts';
import { Redirect } from '../redirect.ts';
import { defineRoute } from '../route.ts';
import type { UserRecord } from '../state.ts';
import { issueToken, tokenLink, tokenModel } from '../tokens.ts';
import { createUser, findUserByEmail, findUserByPhone } from '../users.ts';
import { BooleanParam, CustomId, Email, IntegerRange, Phone } from '../validators.ts';

/** The default magic-URL landing when the app passes no `url` (Appwrite uses its console's). */
function defaultMagicUrl(ctx: Context): string {
  const origin = ctx.req.headers.origin ?? `http://${ctx.req.host}`;
  return `${origin}/auth/magic-url`;
}

/** Email-token sign-up: an existing address signs in, a new one becomes a password-less user. */
function userForEmail(ctx: Context, userId: string, email: string, withTargets: boolean): UserRecord {
  // Appwrite looks the address up as typed here, without lower-casing (contract §7.9).
  const existing = findUserByEmail(ctx.state, email);
  if (existing) return existing;
  return createUser(ctx.state, ctx.now, { userId, email, withTargets });
}

const createMagicURLToken = defineRoute({
  method: 'POST',
  paths: ['/account/tokens/magic-url', '/account/sessions/magic-url'],
  scope: 'public',
  authMethod: 'magicURL',
  rateLimit: { limit: 60, window: 3600, keys: ['url:{url},email:{param-email}', 'url:{url},ip:{ip}'] },
  params: (project) => ({
    userId: { validator: CustomId },
    email: { validator: Email },
    url: { validator: Redirect(project), optional: true, default: '' },
    phrase: { validator: BooleanParam(), optional: true, default: false },
  }),
  action(ctx, p) {
    requireSmtp(ctx);
    const user = userForEmail(ctx, p.userId, p.email, false);
    const { token, secret } = issueToken(ctx, user, 'magic-url', { phrase: p.phrase });
    const link = tokenLink(p.url || defaultMagicUrl(ctx), token, secret, { project: ctx.state.project.$id });
    const name = ctx.state.project.name;
    sendEmail(ctx, user, user.email || p.email, {
      subject: `${name} Login`,
      text: withPhrase(`Sign in to ${name} with your secure link. Expires in 1 hour.\n\n${link}`, token.phrase),
      link,
    });
    audit(ctx, 'session.create', user);
    return json(201, tokenModel(token));
  },
});

const createEmailToken = defineRoute({
  method: 'POST',
  paths: ['/account/tokens/email'],
  scope: 'public',
  authMethod: 'emailOTP',
  rateLimit: { limit: 10, window: 3600, keys: ['url:{url},email:{param-email}', 'url:{url},ip:{ip}'] },
  params: {
    userId: { validator: CustomId },
    email: { validator: Email },
    phrase: { validator: BooleanParam(), optional: true, default: false },
  },
  action(ctx, p) {
    requireSmtp(ctx);
    const user = userForEmail(ctx, p.userId, p.email, true);
    const { token, secret } = issueToken(ctx, user, 'email-otp', { phrase: p.phrase });
    const name = ctx.state.project.name;
    sendEmail(ctx, user, user.email || p.email, {
      subject: `OTP for ${name} Login`,
      text: withPhrase(`Use OTP ${secret} to sign in to ${name}. Expires in 15 minutes.`, token.phrase),
      code: secret,
    });
    audit(ctx, 'session.create', user);
    return json(201, tokenModel(token));
  },
});

const createPhoneToken = defineRoute({
  method: 'POST',
  paths: ['/account/tokens/phone', '/account/sessions/phone'],
  scope: 'public',
  authMethod: 'phone',
  rateLimit: { limit: 10, window: 3600, keys: ['url:{url},phone:{param-phone}', 'url:{url},ip:{ip}'] },
  params: { userId: { validator: CustomId }, phone: { validator: Phone } },
  action(ctx, p) {
    requireSms(ctx);
    const user = findUserByPhone(ctx.state, p.phone) ?? createUser(ctx.state, ctx.now, { userId: p.userId, phone: p.phone });
    const { token, secret } = issueToken(ctx, user, 'phone-otp');
    sendSms(ctx, user, p.phone, secret);
    audit(ctx, 'session.create', user);
    return json(201, tokenModel(token));
  },
});

const createJWT = defineRoute({
  method: 'POST',
  paths: ['/account/jwts', '/account/jwt'],
  scope: 'account',
  authMethod: 'jwt',
  rateLimit: { limit: 120, window: 60, keys: ['url:{url},userId:{userId}'] },
  params: { duration: { validator: IntegerRange(0, 3600), optional: true, default: 900 } },
  action(ctx, p) {
    const user = requireUser(ctx);
    if (ctx.caller.via === 'jwt') throw new AppwriteError('user_jwt_creation_denied');
    const session = ctx.caller.session;
    if (!session) throw new AppwriteError('user_session_not_found');
    const exp = Math.floor(ctx.now / 1000) + p.duration;
    return json(201, { jwt: signJwt(ctx.state.jwtKey, { userId: user.$id, sessionId: session.$id, exp }) });
  },
});

export const tokenRoutes = [createMagicURLToken, createEmailToken, createPhoneToken, createJWT];
