/** Two-factor authentication (contract #36–45, §2.7): TOTP, email/phone challenges, recovery codes. */
import { OTP_LENGTH } from '../../../contract/limits.ts';
import { audit } from '../audit.ts';
import { formatDate } from '../clock.ts';
import { requireUser, type Context } from '../context.ts';
import { AppwriteError } from '../errors.ts';
import { json, noContent } from '../http.ts';
import { hash, randomDigits, randomHex, uniqueId } from '../ids.ts';
import { verifiedExtraFactors } from '../mfa.ts';
import { accountModel, sessionModel } from '../models.ts';
import { requireSms, requireSmtp, sendEmail, sendSms } from '../outbox.ts';
import { defineRoute } from '../route.ts';
import type { ChallengeRecord, SessionRecord } from '../state.ts';
import { newTotpSecret, totpUri, verifyTotp } from '../totp.ts';
import { BooleanParam, Text, type Validator } from '../validators.ts';

const AuthenticatorType: Validator<'totp'> = {
  description: 'Value must be one of (totp)',
  parse: (v) => (typeof v === 'string' && v.toLowerCase() === 'totp' ? 'totp' : undefined),
};

const FACTORS = ['email', 'phone', 'totp', 'recoverycode', 'custom'];
const Factor: Validator<string> = {
  description: 'Value must be one of (email, phone, totp, recoveryCode, custom)',
  parse: (v) => (typeof v === 'string' && FACTORS.includes(v.toLowerCase()) ? v : undefined),
};

function currentSession(ctx: Context): SessionRecord {
  const session = ctx.caller.via === 'session' ? ctx.caller.session : null;
  if (!session) throw new AppwriteError('user_session_not_found');
  return session;
}

function addFactor(session: SessionRecord, factor: string) {
  if (!session.factors.includes(factor)) session.factors.push(factor);
}

function recoveryCodes(): string[] {
  return Array.from({ length: 6 }, () => randomHex(10));
}

/** Reading or regenerating needs codes to exist; the two routes share their pipeline labels. */
function codesRoute(method: 'GET' | 'PATCH', regenerate: boolean) {
  return defineRoute({
    method,
    paths: ['/account/mfa/recovery-codes'],
    scope: 'account',
    groups: ['mfaProtected'],
    params: {},
    action(ctx) {
      const user = requireUser(ctx);
      if (!user.recoveryCodes.length) throw new AppwriteError('user_recovery_codes_not_found');
      if (regenerate) {
        user.recoveryCodes = recoveryCodes();
        audit(ctx, 'user.update', user);
      }
      return json(200, { recoveryCodes: [...user.recoveryCodes] });
    },
  });
}

const updateMFA = defineRoute({
  method: 'PATCH',
  paths: ['/account/mfa'],
  scope: 'account',
  params: { mfa: { validator: BooleanParam() } },
  action(ctx, p) {
    const user = requireUser(ctx);
    user.mfa = p.mfa;
    user.updatedAt = ctx.now;
    // Enabling counts the factors already verified for this session, so the caller is not locked out.
    if (p.mfa && ctx.caller.via === 'session' && ctx.caller.session) {
      for (const factor of verifiedExtraFactors(user)) addFactor(ctx.caller.session, factor);
    }
    audit(ctx, 'user.update', user);
    return json(200, accountModel(user));
  },
});

const listFactors = defineRoute({
  method: 'GET',
  paths: ['/account/mfa/factors'],
  scope: 'account',
  groups: ['mfa'],
  params: {},
  action(ctx) {
    const user = requireUser(ctx);
    return json(200, {
      totp: Boolean(user.totp?.verified),
      phone: Boolean(user.phone && user.phoneVerification),
      email: Boolean(user.email && user.emailVerification),
      recoveryCode: user.recoveryCodes.length > 0,
      custom: false,
    });
  },
});

const createAuthenticator = defineRoute({
  method: 'POST',
  paths: ['/account/mfa/authenticators/:type'],
  scope: 'account',
  params: { type: { validator: AuthenticatorType } },
  action(ctx) {
    const user = requireUser(ctx);
    if (user.totp?.verified) throw new AppwriteError('user_authenticator_already_verified');
    const secret = newTotpSecret();
    user.totp = { secret, verified: false }; // an unverified one is replaced
    audit(ctx, 'user.update', user);
    return json(200, { secret, uri: totpUri(secret, ctx.state.project.name, user.email) });
  },
});

const verifyAuthenticator = defineRoute({
  method: 'PUT',
  paths: ['/account/mfa/authenticators/:type'],
  scope: 'account',
  params: { type: { validator: AuthenticatorType }, otp: { validator: Text(256) } },
  action(ctx, p) {
    const user = requireUser(ctx);
    if (!user.totp) throw new AppwriteError('user_authenticator_not_found');
    if (user.totp.verified) throw new AppwriteError('user_authenticator_already_verified');
    if (!verifyTotp(user.totp.secret, p.otp, ctx.now)) throw new AppwriteError('user_invalid_token');
    user.totp.verified = true;
    if (ctx.caller.session) addFactor(ctx.caller.session, 'totp');
    audit(ctx, 'user.update', user);
    return json(200, accountModel(user));
  },
});

const deleteAuthenticator = defineRoute({
  method: 'DELETE',
  paths: ['/account/mfa/authenticators/:type'],
  scope: 'account',
  groups: ['mfaProtected'],
  params: { type: { validator: AuthenticatorType } },
  action(ctx) {
    const user = requireUser(ctx);
    if (!user.totp) throw new AppwriteError('user_authenticator_not_found');
    user.totp = null; // user.mfa stays as it is, like Appwrite
    audit(ctx, 'user.update', user);
    return noContent();
  },
});

function challengeModel(challenge: ChallengeRecord) {
  return { $id: challenge.$id, $createdAt: formatDate(challenge.createdAt), userId: challenge.userId, expire: formatDate(challenge.expire) };
}

const createChallenge = defineRoute({
  method: 'POST',
  paths: ['/account/mfa/challenges', '/account/mfa/challenge'],
  scope: 'account',
  groups: ['mfa'],
  rateLimit: { limit: 10, window: 3600, keys: ['url:{url},userId:{userId}'] },
  params: { factor: { validator: Factor } },
  action(ctx, p) {
    const user = requireUser(ctx);
    const lower = p.factor.toLowerCase();
    // Stored as sent: SDK v25's `recoverycode` passes here but can never be completed, as on Appwrite.
    const factor = lower === 'recoverycode' ? p.factor : lower;
    if (factor === 'custom') throw new AppwriteError('user_auth_method_unsupported', 'The requested factor is disabled by the MFA factors policy');
    let code = '';
    if (factor === 'phone') {
      requireSms(ctx);
      if (!user.phone) throw new AppwriteError('user_phone_not_found');
      if (!user.phoneVerification) throw new AppwriteError('user_phone_not_verified');
      code = randomDigits(OTP_LENGTH);
      sendSms(ctx, user, user.phone, code);
    } else if (factor === 'email') {
      requireSmtp(ctx);
      if (!user.email) throw new AppwriteError('user_email_not_found');
      if (!user.emailVerification) throw new AppwriteError('user_email_not_verified');
      code = randomDigits(OTP_LENGTH);
      const name = ctx.state.project.name;
      sendEmail(ctx, user, user.email, { subject: `Verification Code for ${name}`, text: `Use ${code} to verify your sign-in to ${name}. Expires in 1 hour.`, code });
    }
    const challenge: ChallengeRecord = {
      $id: uniqueId(ctx.now),
      createdAt: ctx.now,
      userId: user.$id,
      factor,
      codeHash: code ? hash(code) : '',
      expire: ctx.now + 3_600_000,
    };
    ctx.state.challenges.push(challenge);
    audit(ctx, 'challenge.create', user);
    return json(201, challengeModel(challenge));
  },
});

const completeChallenge = defineRoute({
  method: 'PUT',
  paths: ['/account/mfa/challenges', '/account/mfa/challenge'],
  scope: 'account',
  groups: ['mfa'],
  rateLimit: { limit: 10, window: 3600, keys: ['url:{url},challengeId:{param-challengeId}'] },
  params: { challengeId: { validator: Text(256) }, otp: { validator: Text(256) } },
  action(ctx, p) {
    const user = requireUser(ctx);
    const challenge = ctx.state.challenges.find((c) => c.$id === p.challengeId && c.userId === user.$id && c.expire >= ctx.now);
    if (!challenge) throw new AppwriteError('user_invalid_token');
    let ok: boolean;
    if (challenge.factor === 'totp') ok = Boolean(user.totp?.verified && verifyTotp(user.totp.secret, p.otp, ctx.now));
    else if (challenge.factor === 'recoveryCode') ok = user.recoveryCodes.includes(p.otp.toLowerCase());
    else ok = challenge.codeHash === hash(p.otp);
    if (!ok) throw new AppwriteError('user_invalid_token');
    ctx.state.challenges = ctx.state.challenges.filter((c) => c !== challenge);
    if (challenge.factor === 'recoveryCode') user.recoveryCodes = user.recoveryCodes.filter((c) => c !== p.otp.toLowerCase());
    const session = currentSession(ctx);
    addFactor(session, challenge.factor);
    session.mfaUpdatedAt = ctx.now;
    audit(ctx, 'challenges.update', user);
    return json(200, { ...sessionModel(session, false), countryName: '' });
  },
});

const createRecoveryCodes = defineRoute({
  method: 'POST',
  paths: ['/account/mfa/recovery-codes'],
  scope: 'account',
  params: {},
  action(ctx) {
    const user = requireUser(ctx);
    if (user.recoveryCodes.length) throw new AppwriteError('user_recovery_codes_already_exists');
    user.recoveryCodes = recoveryCodes();
    audit(ctx, 'user.update', user);
    return json(201, { recoveryCodes: [...user.recoveryCodes] });
  },
});

const getRecoveryCodes = codesRoute('GET', false);
const regenerateRecoveryCodes = codesRoute('PATCH', true);

export const mfaRoutes = [
  updateMFA,
  listFactors,
  createAuthenticator,
  verifyAuthenticator,
  deleteAuthenticator,
  createChallenge,
  completeChallenge,
  createRecoveryCodes,
  getRecoveryCodes,
  regenerateRecoveryCodes,
];
