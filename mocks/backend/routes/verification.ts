/** Email verification by link or code, phone verification by SMS code (contract #29–32, §8). */
import { audit } from '../audit.ts';
import { requireUser, type Context } from '../context.ts';
import { AppwriteError } from '../errors.ts';
import { json } from '../http.ts';
import { requireSms, requireSmtp, sendEmail, sendSms, withPhrase } from '../outbox.ts';
import { Redirect } from '../redirect.ts';
import { defineRoute } from '../route.ts';
import type { TokenKind } from '../state.ts';
import { consumeToken, issueToken, tokenLink, tokenModel } from '../tokens.ts';
import { findUser } from '../users.ts';
import { BooleanParam, Text, UID } from '../validators.ts';

function unverifiedEmailUser(ctx: Context) {
  requireSmtp(ctx);
  const user = requireUser(ctx);
  if (!user.email) throw new AppwriteError('user_email_not_found');
  if (user.emailVerification) throw new AppwriteError('user_email_already_verified');
  return user;
}

const createEmailVerification = defineRoute({
  method: 'POST',
  paths: ['/account/verifications/email', '/account/verification'],
  scope: 'account',
  rateLimit: { limit: 10, window: 3600, keys: ['url:{url},userId:{userId}'] },
  params: (project) => ({ url: { validator: Redirect(project) } }),
  action(ctx, p) {
    const user = unverifiedEmailUser(ctx);
    const { token, secret } = issueToken(ctx, user, 'verification');
    const link = tokenLink(p.url, token, secret);
    const name = ctx.state.project.name;
    sendEmail(ctx, user, user.email, {
      subject: `Account Verification for ${name}`,
      text: `Verify your email to activate your ${name} account.\n\n${link}`,
      link,
    });
    audit(ctx, 'verification.create', user);
    return json(201, tokenModel(token));
  },
});

const createEmailVerificationOTP = defineRoute({
  method: 'POST',
  paths: ['/account/verifications/email/otp'],
  scope: 'account',
  rateLimit: { limit: 10, window: 3600, keys: ['url:{url},userId:{userId}'] },
  params: { phrase: { validator: BooleanParam(), optional: true, default: false } },
  action(ctx, p) {
    const user = unverifiedEmailUser(ctx);
    const { token, secret } = issueToken(ctx, user, 'verification-otp', { phrase: p.phrase });
    const name = ctx.state.project.name;
    sendEmail(ctx, user, user.email, {
      subject: `Account Verification for ${name}`,
      text: withPhrase(`Use OTP ${secret} to verify your email for ${name}. Expires in 15 minutes.`, token.phrase),
      code: secret,
    });
    audit(ctx, 'verification.create', user);
    return json(201, tokenModel(token));
  },
});

/** Confirming works signed out (scope `public`): the link or code is the proof. */
function confirm(kind: TokenKind) {
  return (ctx: Context, p: { userId: string; secret: string }) => {
    const user = findUser(ctx.state, p.userId);
    if (!user) throw new AppwriteError('user_not_found');
    const token = consumeToken(ctx, user.$id, p.secret, [kind]);
    if (kind === 'phone-verification') user.phoneVerification = true;
    else user.emailVerification = true;
    user.updatedAt = ctx.now;
    audit(ctx, 'verification.update', user);
    return json(200, tokenModel(token));
  };
}

const confirmParams = { userId: { validator: UID }, secret: { validator: Text(256) } };

const updateEmailVerification = defineRoute({
  method: 'PUT',
  paths: ['/account/verifications/email', '/account/verification'],
  scope: 'public',
  rateLimit: { limit: 10, window: 3600, keys: ['url:{url},userId:{param-userId}'] },
  params: confirmParams,
  action: confirm('verification'),
});

const updateEmailVerificationOTP = defineRoute({
  method: 'PUT',
  paths: ['/account/verifications/email/otp'],
  scope: 'public',
  rateLimit: { limit: 10, window: 3600, keys: ['url:{url},userId:{param-userId}'] },
  params: confirmParams,
  action: confirm('verification-otp'),
});

const createPhoneVerification = defineRoute({
  method: 'POST',
  paths: ['/account/verifications/phone', '/account/verification/phone'],
  scope: 'account',
  // Appwrite's route is in the `auth` group: with phone sign-in off it answers 501 before the action.
  authMethod: 'phone',
  rateLimit: { limit: 10, window: 3600, keys: ['url:{url},userId:{userId}', 'url:{url},ip:{ip}'] },
  params: {},
  action(ctx) {
    requireSms(ctx);
    const user = requireUser(ctx);
    if (!user.phone) throw new AppwriteError('user_phone_not_found');
    if (user.phoneVerification) throw new AppwriteError('user_phone_already_verified');
    const { token, secret } = issueToken(ctx, user, 'phone-verification');
    sendSms(ctx, user, user.phone, secret);
    audit(ctx, 'verification.create', user);
    return json(201, tokenModel(token));
  },
});

const updatePhoneVerification = defineRoute({
  method: 'PUT',
  paths: ['/account/verifications/phone', '/account/verification/phone'],
  scope: 'public',
  rateLimit: { limit: 10, window: 3600, keys: ['userId:{param-userId}'] },
  params: confirmParams,
  action: confirm('phone-verification'),
});

export const verificationRoutes = [
  createEmailVerification,
  createEmailVerificationOTP,
  updateEmailVerification,
  updateEmailVerificationOTP,
  createPhoneVerification,
  updatePhoneVerification,
];
