/** Which second factors a user has verified (contract §2.7); the MFA gate needs at least one. */
import type { UserRecord } from './state.ts';

export function verifiedExtraFactors(user: UserRecord): string[] {
  const factors: string[] = [];
  if (user.email && user.emailVerification) factors.push('email');
  if (user.phone && user.phoneVerification) factors.push('phone');
  if (user.totp?.verified) factors.push('totp');
  return factors;
}
