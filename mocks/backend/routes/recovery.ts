/** Password recovery by link (contract #27–28) and by code (appwrite@28, §8). */
import { audit } from '../audit.ts';
import type { Context } from '../context.ts';
import { AppwriteError } from '../errors.ts';
import { json } from '../http.ts';
import { requireSmtp, sendEmail, withPhrase } from '../outbox.ts';
import { NewPassword } from '../passwords.ts';
import { Redirect } from '../redirect.ts';
import { defineRoute } from '../route.ts';
import type { Project } from '../project.ts';
import type { TokenKind } from '../state.ts';
import { consumeToken, issueToken, tokenLink, tokenModel } from '../tokens.ts';
import { findUser, findUserByEmail, recentlyUsed, setPassword } from '../users.ts';
import { BooleanParam, Email, Text, UID } from '../validators.ts';

/** Appwrite reveals whether the address exists (404) and whether it is blocked (403). */
function recoveryUser(ctx: Context, email: string) {
  requireSmtp(ctx, 'SMTP Disabled');
  const user = findUserByEmail(ctx.state, email.toLowerCase());
  if (!user) throw new AppwriteError('user_not_found');
  if (!user.status) throw new AppwriteError('user_blocked');
  return user;
}

const createRecovery = defineRoute({
  method: 'POST',
  paths: ['/account/recovery'],
  scope: 'public',
  rateLimit: { limit: 10, window: 3600, keys: ['url:{url},email:{param-email}', 'url:{url},ip:{ip}'] },
  params: (project) => ({ email: { validator: Email }, url: { validator: Redirect(project) } }),
  action(ctx, p) {
    const user = recoveryUser(ctx, p.email);
    const { token, secret } = issueToken(ctx, user, 'recovery');
    const link = tokenLink(p.url, token, secret);
    const name = ctx.state.project.name;
    sendEmail(ctx, user, user.email, { subject: `Password Reset for ${name}`, text: `Reset your ${name} password using the link.\n\n${link}`, link });
    audit(ctx, 'recovery.create', user);
    return json(201, tokenModel(token));
  },
});

const createRecoveryOTP = defineRoute({
  method: 'POST',
  paths: ['/account/recovery/otp'],
  scope: 'public',
  rateLimit: { limit: 10, window: 3600, keys: ['url:{url},email:{param-email}', 'url:{url},ip:{ip}'] },
  params: { email: { validator: Email }, phrase: { validator: BooleanParam(), optional: true, default: false } },
  action(ctx, p) {
    const user = recoveryUser(ctx, p.email);
    const { token, secret } = issueToken(ctx, user, 'recovery-otp', { phrase: p.phrase });
    const name = ctx.state.project.name;
    sendEmail(ctx, user, user.email, {
      subject: `Password Reset for ${name}`,
      text: withPhrase(`Use OTP ${secret} to reset your ${name} password. Expires in 15 minutes.`, token.phrase),
      code: secret,
    });
    audit(ctx, 'recovery.create', user);
    return json(201, tokenModel(token));
  },
});

const completeParams = (project: Project) => ({
  userId: { validator: UID },
  secret: { validator: Text(256) },
  password: { validator: NewPassword(project) },
});

/** New password, email verified (the inbox was proven), every session signed out when configured. */
function completeRecovery(kind: TokenKind) {
  return (ctx: Context, p: { userId: string; secret: string; password: string }) => {
    const user = findUser(ctx.state, p.userId);
    if (!user) throw new AppwriteError('user_not_found');
    const token = consumeToken(ctx, user.$id, p.secret, [kind]);
    const { auths } = ctx.state.project;
    if (recentlyUsed(user, p.password, auths.passwordHistory)) {
      ctx.state.tokens.push(token); // a refused password does not burn the link
      throw new AppwriteError('password_recently_used');
    }
    setPassword(user, p.password, ctx.now, auths.passwordHistory);
    user.emailVerification = true;
    if (auths.invalidateSessions) ctx.state.sessions = ctx.state.sessions.filter((s) => s.userId !== user.$id);
    audit(ctx, 'recovery.update', user);
    return json(200, tokenModel(token));
  };
}

const updateRecovery = defineRoute({
  method: 'PUT',
  paths: ['/account/recovery'],
  scope: 'public',
  rateLimit: { limit: 10, window: 3600, keys: ['url:{url},userId:{param-userId}'] },
  params: completeParams,
  action: completeRecovery('recovery'),
});

const updateRecoveryOTP = defineRoute({
  method: 'PUT',
  paths: ['/account/recovery/otp'],
  scope: 'public',
  rateLimit: { limit: 10, window: 3600, keys: ['url:{url},userId:{param-userId}'] },
  params: completeParams,
  action: completeRecovery('recovery-otp'),
});

export const recoveryRoutes = [createRecovery, createRecoveryOTP, updateRecovery, updateRecoveryOTP];
