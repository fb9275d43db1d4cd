/** `/account` itself: create, read, delete, name, password, email, phone, prefs, status (contract #1–3, #20–26). */
import { audit } from '../audit.ts';
import { requireUser } from '../context.ts';
import { AppwriteError } from '../errors.ts';
import { json, noContent } from '../http.ts';
import { accountModel } from '../models.ts';
import { checkPersonalData, NewPassword } from '../passwords.ts';
import { NAME_MAX_LENGTH } from '../../../contract/limits.ts';
import { PREFS_MAX_BYTES, prefsSize } from '../../../contract/prefs-size.ts';
import { defineRoute } from '../route.ts';
import { clearSessionCookies } from '../sessions.ts';
import type { Project } from '../project.ts';
import {
  createUser,
  deleteUser,
  findUserByPhone,
  passwordMatches,
  recentlyUsed,
  setPassword,
  setTarget,
  targetOwner,
  touch,
} from '../users.ts';
import { CustomId, Email, Password, Phone, Text, type Validator } from '../validators.ts';

const Prefs: Validator<Record<string, unknown>> = {
  description: 'Value must be a valid object.',
  parse(v) {
    // PHP decodes `[]` and `{}` alike, so an empty array is an empty object; other arrays are not.
    if (Array.isArray(v)) return v.length === 0 ? {} : undefined;
    if (!v || typeof v !== 'object') return undefined;
    return prefsSize(v) <= PREFS_MAX_BYTES ? (v as Record<string, unknown>) : undefined;
  },
};

/** Params whose rules depend on the project's settings are resolved per request. */
const newPassword = (project: Project) => ({ validator: NewPassword(project) });

const createAccount = defineRoute({
  method: 'POST',
  paths: ['/account'],
  scope: 'public',
  authMethod: 'emailPassword',
  rateLimit: { limit: 10, window: 3600, keys: ['url:{url},ip:{ip}'] },
  params: (project) => ({
    userId: { validator: CustomId },
    email: { validator: Email },
    password: newPassword(project),
    name: { validator: Text(NAME_MAX_LENGTH, 0), optional: true, default: '' },
  }),
  action(ctx, p) {
    const id = p.userId === 'unique()' ? undefined : p.userId;
    checkPersonalData(ctx.state.project, { $id: id ?? '', email: p.email.toLowerCase(), name: p.name, phone: '' }, p.password);
    const user = createUser(ctx.state, ctx.now, { userId: p.userId, email: p.email, password: p.password, name: p.name });
    audit(ctx, 'user.create', user);
    return json(201, accountModel(user));
  },
});

const getAccount = defineRoute({
  method: 'GET',
  paths: ['/account'],
  scope: 'account',
  params: {},
  action(ctx) {
    const user = requireUser(ctx);
    // Appwrite refreshes accessedAt at most once a day.
    if (ctx.now - user.accessedAt > 86_400_000) user.accessedAt = ctx.now;
    return json(200, accountModel(user));
  },
});

const deleteAccount = defineRoute({
  method: 'DELETE',
  paths: ['/account'],
  scope: 'account',
  params: {},
  action(ctx) {
    const user = requireUser(ctx);
    audit(ctx, 'user.delete', user);
    deleteUser(ctx.state, user.$id);
    return clearSessionCookies(ctx, noContent());
  },
});

const updateName = defineRoute({
  method: 'PATCH',
  paths: ['/account/name'],
  scope: 'account',
  params: { name: { validator: Text(NAME_MAX_LENGTH) } },
  action(ctx, p) {
    const user = requireUser(ctx);
    user.name = p.name;
    touch(user, ctx.now);
    audit(ctx, 'user.update', user);
    return json(200, accountModel(user));
  },
});

const updatePassword = defineRoute({
  method: 'PATCH',
  paths: ['/account/password'],
  scope: 'account',
  rateLimit: { limit: 10, window: 3600, keys: ['url:{url},ip:{ip}'] },
  params: (project) => ({
    password: newPassword(project),
    oldPassword: { validator: Text(256, 0), optional: true, default: '' },
  }),
  action(ctx, p) {
    const user = requireUser(ctx);
    const { auths } = ctx.state.project;
    if (user.passwordHash !== null && !passwordMatches(user, p.oldPassword)) throw new AppwriteError('user_invalid_credentials');
    if (recentlyUsed(user, p.password, auths.passwordHistory)) throw new AppwriteError('password_recently_used');
    checkPersonalData(ctx.state.project, user, p.password);
    setPassword(user, p.password, ctx.now, auths.passwordHistory);
    if (auths.invalidateSessions) {
      const own = ctx.caller.session?.$id;
      ctx.state.sessions = ctx.state.sessions.filter((s) => s.userId !== user.$id || s.$id === own);
    }
    audit(ctx, 'user.update', user);
    return json(200, accountModel(user));
  },
});

const updateEmail = defineRoute({
  method: 'PATCH',
  paths: ['/account/email'],
  scope: 'account',
  params: { email: { validator: Email }, password: { validator: Password } },
  action(ctx, p) {
    const user = requireUser(ctx);
    const email = p.email.toLowerCase();
    if (user.passwordHash !== null && !passwordMatches(user, p.password)) throw new AppwriteError('user_invalid_credentials');
    const owner = targetOwner(ctx.state, email);
    if (owner && owner !== user) throw new AppwriteError('user_target_already_exists');
    if (ctx.state.users.some((u) => u !== user && u.email === email)) throw new AppwriteError('general_bad_request');
    user.email = email;
    user.emailVerification = false;
    // A password-less account (guest, magic link, phone) gets this password: it becomes a full account.
    if (user.passwordHash === null) setPassword(user, p.password, ctx.now, ctx.state.project.auths.passwordHistory);
    setTarget(user, 'email', email, ctx.now);
    touch(user, ctx.now);
    audit(ctx, 'user.update', user);
    return json(200, accountModel(user));
  },
});

const updatePhone = defineRoute({
  method: 'PATCH',
  paths: ['/account/phone'],
  scope: 'account',
  params: { phone: { validator: Phone }, password: { validator: Password } },
  action(ctx, p) {
    const user = requireUser(ctx);
    if (user.passwordHash !== null && !passwordMatches(user, p.password)) throw new AppwriteError('user_invalid_credentials');
    const owner = targetOwner(ctx.state, p.phone);
    if (owner && owner !== user) throw new AppwriteError('user_target_already_exists');
    const holder = findUserByPhone(ctx.state, p.phone);
    if (holder && holder !== user) throw new AppwriteError('user_phone_already_exists');
    user.phone = p.phone;
    user.phoneVerification = false;
    if (user.passwordHash === null) setPassword(user, p.password, ctx.now, ctx.state.project.auths.passwordHistory);
    setTarget(user, 'sms', p.phone, ctx.now);
    touch(user, ctx.now);
    audit(ctx, 'user.update', user);
    return json(200, accountModel(user));
  },
});

const getPrefs = defineRoute({
  method: 'GET',
  paths: ['/account/prefs'],
  scope: 'account',
  params: {},
  action: (ctx) => json(200, structuredClone(requireUser(ctx).prefs)),
});

const updatePrefs = defineRoute({
  method: 'PATCH',
  paths: ['/account/prefs'],
  scope: 'account',
  params: { prefs: { validator: Prefs } },
  action(ctx, p) {
    const user = requireUser(ctx);
    user.prefs = structuredClone(p.prefs);
    touch(user, ctx.now);
    audit(ctx, 'user.update', user);
    return json(200, accountModel(user));
  },
});

const updateStatus = defineRoute({
  method: 'PATCH',
  paths: ['/account/status'],
  scope: 'account',
  params: {},
  action(ctx) {
    const user = requireUser(ctx);
    user.status = false;
    touch(user, ctx.now);
    audit(ctx, 'user.update', user);
    return clearSessionCookies(ctx, json(200, accountModel(user)));
  },
});

export const accountRoutes = [
  createAccount,
  getAccount,
  deleteAccount,
  updateName,
  updatePassword,
  updateEmail,
  updatePhone,
  getPrefs,
  updatePrefs,
  updateStatus,
];
