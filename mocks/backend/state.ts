/** The mock's whole world. Plain JSON so it can be persisted and restored as is. */
import type { DeviceFields, LogModel } from '../../contract/log-model.ts';
import { DEFAULT_PROJECT, type Project } from './project.ts';

export interface TargetRecord {
  $id: string;
  createdAt: number;
  updatedAt: number;
  name: string;
  providerId: string | null;
  providerType: 'email' | 'sms' | 'push';
  identifier: string;
  expired: boolean;
  /** Push targets are bound to the session that registered them. */
  sessionId?: string;
}

export type TokenKind =
  | 'magic-url'
  | 'email-otp'
  | 'phone-otp'
  | 'oauth2'
  | 'recovery'
  | 'recovery-otp'
  | 'verification'
  | 'verification-otp'
  | 'phone-verification';

export interface TokenRecord {
  $id: string;
  createdAt: number;
  userId: string;
  kind: TokenKind;
  secretHash: string;
  expire: number;
  phrase: string;
  /** OAuth2 tokens: the provider the session will carry. */
  provider?: string;
}

export interface ChallengeRecord {
  $id: string;
  createdAt: number;
  userId: string;
  /** As the client sent it: Appwrite matches `recoveryCode` exactly when completing (contract §7.6). */
  factor: string;
  /** Hash of the code sent by email/SMS; empty for totp and recovery codes. */
  codeHash: string;
  expire: number;
}

export interface IdentityRecord {
  $id: string;
  createdAt: number;
  updatedAt: number;
  userId: string;
  provider: string;
  providerUid: string;
  providerEmail: string;
  providerAccessToken: string;
  providerAccessTokenExpiry: number | null;
  providerRefreshToken: string;
}

export interface Message {
  $id: string;
  channel: 'email' | 'sms';
  to: string;
  toName: string;
  subject: string;
  text: string;
  link: string | null;
  code: string | null;
  createdAt: number;
}

export interface Faults {
  latencyMs: number;
  offline: boolean;
  /** 0–1: share of matching requests that fail with `failStatus`. */
  failRate: number;
  failStatus: number;
  /** Path prefixes (below /v1) the faults apply to; empty = every API path. */
  paths: string[];
}

export interface UserRecord {
  $id: string;
  createdAt: number;
  updatedAt: number;
  name: string;
  registration: number;
  status: boolean;
  labels: string[];
  /** Salted hash; null when the user never set a password (anonymous, magic URL, phone, OAuth). */
  passwordHash: string | null;
  passwordSalt: string;
  passwordUpdate: number | null;
  passwordHistory: string[];
  email: string;
  phone: string;
  emailVerification: boolean;
  phoneVerification: boolean;
  mfa: boolean;
  prefs: Record<string, unknown>;
  targets: TargetRecord[];
  accessedAt: number;
  /** The TOTP authenticator, once added (verified after the first correct code). */
  totp: { secret: string; verified: boolean } | null;
  /** MFA recovery codes still unused; empty when none were generated. */
  recoveryCodes: string[];
}

/** The device fields Appwrite stores on sessions and log rows. */
export type ClientInfo = DeviceFields;

export interface Location {
  ip: string;
  countryCode: string;
  countryName: string;
}

export interface SessionRecord extends ClientInfo, Location {
  $id: string;
  createdAt: number;
  updatedAt: number;
  userId: string;
  expire: number;
  provider: string;
  providerUid: string;
  providerAccessToken: string;
  providerAccessTokenExpiry: number | null;
  providerRefreshToken: string;
  factors: string[];
  /** sha256 of the session secret; the secret itself only travels in the cookie value. */
  secretHash: string;
  mfaUpdatedAt: number | null;
}

/** A row of the security log as stored: Appwrite's Log model, its time in epoch milliseconds. */
export interface LogRecord extends Omit<LogModel, 'time'> {
  time: number;
}

export interface RateLimitCounter {
  windowStart: number;
  count: number;
}

export interface MockState {
  version: 1;
  project: Project;
  users: UserRecord[];
  sessions: SessionRecord[];
  tokens: TokenRecord[];
  challenges: ChallengeRecord[];
  identities: IdentityRecord[];
  /** Security log rows per user id, oldest first (the API returns newest first). */
  logs: Record<string, LogRecord[]>;
  /** The mock inbox: every email and SMS "sent", oldest first. */
  messages: Message[];
  faults: Faults | null;
  rateLimits: Record<string, RateLimitCounter>;
  /** Milliseconds added to the wall clock by `/mock/clock`. */
  clockOffset: number;
  /** HMAC key for JWTs issued by this backend. */
  jwtKey: string;
}

export function emptyState(jwtKey: string, project: Project = DEFAULT_PROJECT): MockState {
  return {
    version: 1,
    project: structuredClone(project),
    users: [],
    sessions: [],
    tokens: [],
    challenges: [],
    identities: [],
    logs: {},
    messages: [],
    faults: null,
    rateLimits: {},
    clockOffset: 0,
    jwtKey,
  };
}

/** Cheap structural check used when restoring persisted state; anything else is treated as corrupt. */
export function isMockState(value: unknown): value is MockState {
  if (!value || typeof value !== 'object') return false;
  const v = value as Partial<MockState>;
  return (
    v.version === 1 &&
    typeof v.project === 'object' &&
    Array.isArray(v.users) &&
    Array.isArray(v.sessions) &&
    Array.isArray(v.tokens) &&
    Array.isArray(v.challenges) &&
    Array.isArray(v.identities) &&
    Array.isArray(v.messages) &&
    typeof v.logs === 'object' &&
    !Array.isArray(v.logs) &&
    typeof v.rateLimits === 'object' &&
    typeof v.clockOffset === 'number' &&
    typeof v.jwtKey === 'string'
  );
}
