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
}

function emailTarget(email: string, now: number): TargetRecord {
  return { $id: uniqueId(now), createdAt: now, updatedAt: now, name: '', providerId: null, providerType: 'email', identifier: email, expired: false };
}

export function findUserByEmail(state: MockState, email: string): UserRecord | undefined {
  return state.users.find((u) => u.email !== '' && u.email === email);
}

export function createUser(state: MockState, now: number, input: NewUser): UserRecord {
  const id = input.userId === 'unique()' ? uniqueId(now) : input.userId;
  const email = input.email?.toLowerCase() ?? '';
  if (state.users.some((u) => u.$id === id) || (email && findUserByEmail(state, email))) {
    throw new AppwriteError('user_already_exists');
  }
  const salt = randomHex(16);
  const user: UserRecord = {
    $id: id,
    createdAt: now,
    updatedAt: now,
    name: input.name ?? '',
    registration: now,
    status: true,
    labels: [],
    passwordHash: input.password ? hashPassword(input.password, salt) : null,
    passwordSalt: salt,
    passwordUpdate: input.password ? now : null,
    passwordHistory: [],
    email,
    phone: input.phone ?? '',
    emailVerification: false,
    phoneVerification: false,
    mfa: false,
    prefs: {},
    targets: email ? [emailTarget(email, now)] : [],
    accessedAt: now,
  };
  state.users.push(user);
  return user;
}

export function passwordMatches(user: UserRecord, password: string): boolean {
  return user.passwordHash !== null && user.passwordHash === hashPassword(password, user.passwordSalt);
}

export function touch(user: UserRecord, now: number): void {
  user.updatedAt = now;
}
