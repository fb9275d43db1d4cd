/** The keys of two-factor state in the cache (apart, so sign-in code can note the first step without the queries). */
import { accountKeys } from '../account/account-cache.ts';

export const mfaKeys = {
  all: () => [...accountKeys.account(), 'mfa'] as const,
  factors: () => [...mfaKeys.all(), 'factors'] as const,
  /** The factor a sign-in waiting for its second step already used (a code by email or text), if known. */
  firstStep: () => [...mfaKeys.all(), 'first-step'] as const,
};
