/** New-password rules of the project (contract §2.5): strength, dictionary, personal data. */
import { COMMON_PASSWORDS } from '../../contract/common-passwords.ts';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../contract/limits.ts';
import { AppwriteError } from './errors.ts';
import type { Project } from './project.ts';
import type { UserRecord } from './state.ts';
import type { Validator } from './validators.ts';

let common: Set<string> | null = null;

/** Appwrite rejects the 10 000 most common passwords when `passwordDictionary` is on. */
function commonPasswords(): Set<string> {
  common ??= new Set(COMMON_PASSWORDS);
  return common;
}

export function NewPassword(project: Project): Validator<string> {
  if (project.auths.passwordDictionary) {
    return {
      // (sic) Appwrite's message says 265.
      description: 'Password must be between 8 and 265 characters long, and should not be one of the commonly used password.',
      parse: (v) => (typeof v === 'string' && v.length >= PASSWORD_MIN_LENGTH && v.length <= PASSWORD_MAX_LENGTH && !commonPasswords().has(v.toLowerCase()) ? v : undefined),
    };
  }
  return {
    description: 'Password must be between 8 and 256 characters long.',
    parse: (v) => (typeof v === 'string' && v.length >= PASSWORD_MIN_LENGTH && v.length <= PASSWORD_MAX_LENGTH ? v : undefined),
  };
}

/** `personalDataCheck`: the password may not contain the user's id, email, its local part, name or phone. */
export function checkPersonalData(project: Project, user: Pick<UserRecord, '$id' | 'email' | 'name' | 'phone'>, password: string): void {
  if (!project.auths.personalDataCheck) return;
  const lower = password.toLowerCase();
  const parts = [user.$id, user.email, user.email.split('@')[0] ?? '', user.name, user.phone, user.phone.replace(/^\+/, '')]
    .map((p) => p.toLowerCase().trim())
    .filter((p) => p.length > 0);
  if (parts.some((p) => lower.includes(p))) throw new AppwriteError('password_personal_data');
}
