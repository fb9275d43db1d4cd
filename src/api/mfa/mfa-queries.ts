/** Which second factors the account can use (`listMFAFactors`; allowed while a sign-in waits for its second step). */
import { queryOptions } from '@tanstack/react-query';
import type { Models } from 'appwrite';
import { accountKeys } from '../account/account-cache.ts';
import type { AppwriteApi } from '../client/appwrite.ts';
import { callApi } from '../client/errors.ts';

export type MfaFactors = Models.MfaFactors;
/** The factors a person can pick (`custom` is a server-side policy this app does not offer). */
export type Factor = 'totp' | 'email' | 'phone' | 'recoveryCode';

export const mfaKeys = {
  all: () => [...accountKeys.account(), 'mfa'] as const,
  factors: () => [...mfaKeys.all(), 'factors'] as const,
  /** The factor a sign-in waiting for its second step already used (a code by email or text), if known. */
  firstStep: () => [...mfaKeys.all(), 'first-step'] as const,
};

export const mfaQueries = {
  factors: (api: AppwriteApi) =>
    queryOptions({
      queryKey: mfaKeys.factors(),
      queryFn: () => callApi(() => api.account.listMFAFactors()),
      staleTime: 30_000,
    }),
};

/** The factors the account has, in the order they are offered. */
export function usableFactors(factors: MfaFactors): Factor[] {
  return (['totp', 'email', 'phone', 'recoveryCode'] as const).filter((factor) => factors[factor]);
}
