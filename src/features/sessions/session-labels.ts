import type { Session } from '../../api/sessions/session-queries.ts';
import { deviceLine } from '../../lib/device-label.ts';
import type { MessageKey } from '../../lib/i18n/catalog-en.ts';
import type { Translate } from '../../lib/i18n/i18n.ts';
import { providerName } from '../../lib/provider-name.ts';
import '../../lib/i18n/en/device.ts';

const PROVIDER_KEYS: Record<string, MessageKey> = {
  email: 'providers.email',
  anonymous: 'providers.anonymous',
  'magic-url': 'providers.magic-url',
  token: 'providers.token',
  phone: 'providers.phone',
};

export function isOAuthSession(session: Pick<Session, 'provider'>): boolean {
  return !(session.provider in PROVIDER_KEYS);
}

export function providerLabel(provider: string, t: Translate): string {
  const key = PROVIDER_KEYS[provider];
  if (key) return t(key);
  return t('providers.oauth', { provider: providerName(provider) });
}

const FACTOR_KEYS: Record<string, MessageKey> = {
  password: 'factors.password',
  email: 'factors.email',
  phone: 'factors.phone',
  totp: 'factors.totp',
  recoveryCode: 'factors.recoveryCode',
  oauth2: 'factors.oauth2',
  anonymous: 'factors.anonymous',
  token: 'factors.token',
};

/** The factors as a list in the language's way ("Password, Email"; «كلمة المرور، والبريد الإلكتروني»). */
export function factorLabels(factors: string[], t: Translate, locale: string): string {
  return new Intl.ListFormat(locale, { type: 'unit', style: 'short' }).format(factors.map((f) => (FACTOR_KEYS[f] ? t(FACTOR_KEYS[f]) : f)));
}

export function sessionDevice(session: Session, t: Translate): string {
  return deviceLine(session, { browser: t('device.unknownBrowser'), device: t('device.unknownDevice'), on: (client, os) => t('device.clientOnOs', { client, os }) });
}

/** This device first, then the newest sign-ins. */
export function orderSessions(sessions: Session[]): Session[] {
  return [...sessions].sort((a, b) => Number(b.current) - Number(a.current) || Date.parse(b.$createdAt) - Date.parse(a.$createdAt));
}
