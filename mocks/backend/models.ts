/**
 * Appwrite response models, serialised key by key in the server's model order (contract §3).
 * Secrets are never rendered: `secret` is always "" for browser clients.
 */
import type { LogModel } from '../../contract/log-model.ts';
import { formatDate } from './clock.ts';
import type { LogRecord, SessionRecord, TargetRecord, UserRecord } from './state.ts';

const FREE_EMAIL_DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'live.com',
  'icloud.com', 'me.com', 'aol.com', 'proton.me', 'protonmail.com', 'gmx.de', 'web.de', 'mail.ru',
]);

function emailMeta(email: string) {
  if (!email) {
    return { emailCanonical: null, emailIsFree: null, emailIsDisposable: null, emailIsCorporate: null, emailIsCanonical: null };
  }
  const domain = email.slice(email.lastIndexOf('@') + 1);
  const free = FREE_EMAIL_DOMAINS.has(domain);
  return { emailCanonical: email, emailIsFree: free, emailIsDisposable: false, emailIsCorporate: !free, emailIsCanonical: true };
}

export function targetModel(target: TargetRecord, userId: string) {
  return {
    $id: target.$id,
    $createdAt: formatDate(target.createdAt),
    $updatedAt: formatDate(target.updatedAt),
    name: target.name,
    userId,
    providerId: target.providerId,
    providerType: target.providerType,
    identifier: target.identifier,
    expired: target.expired,
  };
}

export function accountModel(user: UserRecord) {
  const meta = emailMeta(user.email);
  return {
    $id: user.$id,
    $createdAt: formatDate(user.createdAt),
    $updatedAt: formatDate(user.updatedAt),
    name: user.name,
    registration: formatDate(user.registration),
    status: user.status,
    labels: [...user.labels],
    passwordUpdate: formatDate(user.passwordUpdate),
    email: user.email,
    phone: user.phone,
    emailVerification: user.emailVerification,
    emailCanonical: meta.emailCanonical,
    emailIsFree: meta.emailIsFree,
    emailIsDisposable: meta.emailIsDisposable,
    emailIsCorporate: meta.emailIsCorporate,
    emailIsCanonical: meta.emailIsCanonical,
    phoneVerification: user.phoneVerification,
    mfa: user.mfa,
    prefs: structuredClone(user.prefs),
    targets: user.targets.map((t) => targetModel(t, user.$id)),
    accessedAt: formatDate(user.accessedAt),
    impersonator: false,
    impersonatorUserId: null,
  };
}

export function sessionModel(session: SessionRecord, current: boolean) {
  return {
    $id: session.$id,
    $createdAt: formatDate(session.createdAt),
    $updatedAt: formatDate(session.updatedAt),
    userId: session.userId,
    expire: formatDate(session.expire),
    provider: session.provider,
    providerUid: session.providerUid,
    providerAccessToken: session.providerAccessToken,
    providerAccessTokenExpiry: formatDate(session.providerAccessTokenExpiry),
    providerRefreshToken: session.providerRefreshToken,
    ip: session.ip,
    osCode: session.osCode,
    osName: session.osName,
    osVersion: session.osVersion,
    clientType: session.clientType,
    clientCode: session.clientCode,
    clientName: session.clientName,
    clientVersion: session.clientVersion,
    clientEngine: session.clientEngine,
    clientEngineVersion: session.clientEngineVersion,
    deviceName: session.deviceName,
    deviceBrand: session.deviceBrand,
    deviceModel: session.deviceModel,
    countryCode: session.countryCode,
    countryName: session.countryName,
    current,
    factors: [...session.factors],
    secret: '',
    mfaUpdatedAt: formatDate(session.mfaUpdatedAt),
  };
}

export function sessionListModel(sessions: SessionRecord[], isCurrent: (s: SessionRecord) => boolean) {
  return { total: sessions.length, sessions: sessions.map((s) => sessionModel(s, isCurrent(s))) };
}

export function logModel(log: LogRecord): LogModel {
  return {
    event: log.event,
    userId: log.userId,
    userEmail: log.userEmail,
    userName: log.userName,
    mode: log.mode,
    userType: log.userType,
    ip: log.ip,
    // The audits worker stores second precision.
    time: formatDate(Math.floor(log.time / 1000) * 1000),
    osCode: log.osCode,
    osName: log.osName,
    osVersion: log.osVersion,
    clientType: log.clientType,
    clientCode: log.clientCode,
    clientName: log.clientName,
    clientVersion: log.clientVersion,
    clientEngine: log.clientEngine,
    clientEngineVersion: log.clientEngineVersion,
    deviceName: log.deviceName,
    deviceBrand: log.deviceBrand,
    deviceModel: log.deviceModel,
    countryCode: log.countryCode,
    countryName: log.countryName,
  };
}
