/**
 * What two-step verification can rely on (contract §2.7). Appwrite enforces it only while the account
 * has a verified second factor (authenticator, verified email, verified phone); recovery codes stand in
 * for one but do not count.
 */
import type { MfaFactors } from '../../api/mfa/mfa-queries.ts';

export type SecondFactor = 'totp' | 'email' | 'phone';

/** The second factors that can be used now, in the order the page lists them. */
export function readySecondFactors(factors: MfaFactors): SecondFactor[] {
  return (['totp', 'email', 'phone'] as const).filter((factor) => factors[factor]);
}

/** Turning it on with none would protect nothing: refused, with what to set up first. */
export function canTurnOn(factors: MfaFactors): boolean {
  return readySecondFactors(factors).length > 0;
}

/** Turning it on first shows recovery codes when there are none, so a lost phone is not a lost account. */
export function needsRecoveryCodesFirst(factors: MfaFactors): boolean {
  return !factors.recoveryCode;
}
