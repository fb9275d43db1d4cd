/** Which second factors the account can use (`listMFAFactors`; allowed while a sign-in waits for its second step). */
import { queryOptions } from '@tanstack/react-query';
import type { Models } from 'appwrite';
import type { AppwriteApi } from '../client/appwrite.ts';
import { callApi } from '../client/errors.ts';
import { mfaKeys } from './mfa-keys.ts';

export type MfaFactors = Models.MfaFactors;
/** The factors a person can pick (`custom` is a server-side policy this app does not offer). */
export type Factor = 'totp' | 'email' | 'phone' | 'recoveryCode';

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
