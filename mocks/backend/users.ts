/** User records: creation with Appwrite's uniqueness rules, passwords, messaging targets. */
import { AppwriteError } from './errors.ts';
import { hashPassword, randomHex, uniqueId } from './ids.ts';
import type { MockState, TargetRecord, UserRecord } from './state.ts';

export interface NewUser {
  /** A CustomId or `unique()`. */
  userId: string;
  email?: string;
  phone?: string;
  password?: string | null;
  name?: string;
  /** Magic-URL sign-up creates no email target (contract #16). */
  withTargets?: boolean;
}

function target(type: 'email' | 'sms', identifier: string, now: number): TargetRecord {
  return { $id: uniqueId(now), createdAt: now, updatedAt: now, name: '', providerId: null, providerType: type, identifier, expired: false };
}

export function findUser(state: MockState, userId: string): UserRecord | undefined {
  return state.users.find((u) => u.$id === userId);
}

export function findUserByEmail(state: MockState, email: string): UserRecord | undefined {
  return state.users.find((u) => u.email !== '' && u.email === email);
}

export function findUserByPhone(state: MockState, phone: string): UserRecord | undefined {
  return state.users.find((u) => u.phone !== '' && u.phone === phone);
}

/** Any user's messaging target with this identifier (how Appwrite detects "address taken"). */
export function targetOwner(state: MockState, identifier: string): UserRecord | undefined {
  return state.users.find((u) => u.targets.some((t) => t.identifier === identifier));
}

export function createUser(state: MockState, now: number, input: NewUser): UserRecord {
  const id = input.userId === 'unique()' ? uniqueId(now) : input.userId;
  const email = input.email?.toLowerCase() ?? '';
  const phone = input.phone ?? '';
  if (findUser(state, id) || (email && findUserByEmail(state, email)) || (phone && findUserByPhone(state, phone))) {
    throw new AppwriteError('user_already_exists');
  }
  const salt = randomHex(16);
  const withTargets = input.withTargets ?? true;
  const targets: TargetRecord[] = [];
  if (withTargets && email) targets.push(target('email', email, now));
  if (withTargets && phone) targets.push(target('sms', phone, now));
  const passwordHash = input.password ? hashPassword(input.password, salt) : null;
  const user: UserRecord = {
    $id: id,
    createdAt: now,
    updatedAt: now,
    name: input.name ?? '',
    registration: now,
    status: true,
    labels: [],
    passwordHash,
    passwordSalt: salt,
    passwordUpdate: input.password ? now : null,
    passwordHistory: passwordHash ? [passwordHash] : [],
    email,
    phone,
    emailVerification: false,
    phoneVerification: false,
    mfa: false,
    prefs: {},
    targets,
    accessedAt: now,
    totp: null,
    recoveryCodes: [],
  };
  state.users.push(user);
  return user;
}

export function passwordMatches(user: UserRecord, password: string): boolean {
  return user.passwordHash !== null && user.passwordHash === hashPassword(password, user.passwordSalt);
}

/** True when `password` equals one of the last `history` passwords (Appwrite's passwordHistory). */
export function recentlyUsed(user: UserRecord, password: string, history: number): boolean {
  if (history <= 0) return false;
  const candidate = hashPassword(password, user.passwordSalt);
  return user.passwordHistory.slice(-history).includes(candidate);
}

export function setPassword(user: UserRecord, password: string, now: number, history: number): void {
  user.passwordHash = hashPassword(password, user.passwordSalt);
  user.passwordUpdate = now;
  user.passwordHistory = [...user.passwordHistory, user.passwordHash].slice(-Math.max(history, 1));
  user.updatedAt = now;
}

/** Replaces (or adds) the user's target of a type, as updateEmail / updatePhone do. */
export function setTarget(user: UserRecord, type: 'email' | 'sms', identifier: string, now: number): void {
  const existing = user.targets.find((t) => t.providerType === type);
  if (existing) {
    existing.identifier = identifier;
    existing.updatedAt = now;
  } else {
    user.targets.push(target(type, identifier, now));
  }
}

export function touch(user: UserRecord, now: number): void {
  user.updatedAt = now;
}

/** Removes a user and everything that hangs off it (Appwrite's async delete worker). */
export function deleteUser(state: MockState, userId: string): void {
  state.users = state.users.filter((u) => u.$id !== userId);
  state.sessions = state.sessions.filter((s) => s.userId !== userId);
  state.tokens = state.tokens.filter((t) => t.userId !== userId);
  state.challenges = state.challenges.filter((c) => c.userId !== userId);
  state.identities = state.identities.filter((i) => i.userId !== userId);
}
