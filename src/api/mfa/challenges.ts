/**
 * Confirming a second factor: a challenge (`createMFAChallenge`; email and phone send a code), then its
 * code (`updateMFAChallenge`). The session gains the factor; the account, and everything read while the
 * factor was missing, is read again.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { AuthenticationFactor } from 'appwrite';
import { accountQueries } from '../account/account-queries.ts';
import { accountKeys } from '../account/account-cache.ts';
import { useAppwrite } from '../client/appwrite-context.tsx';
import { callApi } from '../client/errors.ts';
import type { Factor } from './mfa-queries.ts';
import './mfa-errors.ts';

/**
 * SDK 28's enum says `recoverycode`, which the server accepts but can never complete (contract §2.2
 * #41, appwrite#10740): send the `recoveryCode` it matches.
 */
const FACTOR_VALUES: Record<Factor, AuthenticationFactor> = {
  totp: AuthenticationFactor.Totp,
  email: AuthenticationFactor.Email,
  phone: AuthenticationFactor.Phone,
  // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- the value the server matches is not in the SDK's enum
  recoveryCode: 'recoveryCode' as AuthenticationFactor,
};

/** Starts a challenge; for email and phone the server sends the code now. */
export function useCreateChallenge() {
  const { account } = useAppwrite();
  return useMutation({ mutationFn: (factor: Factor) => callApi(() => account.createMFAChallenge({ factor: FACTOR_VALUES[factor] })) });
}

export interface CompleteChallengeInput {
  /** An open challenge (email, phone); without one, a challenge of `factor` is started first (authenticator, recovery code). */
  challengeId?: string;
  factor: Factor;
  otp: string;
}

export function useCompleteChallenge() {
  const api = useAppwrite();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ challengeId, factor, otp }: CompleteChallengeInput) => {
      const id = challengeId ?? (await callApi(() => api.account.createMFAChallenge({ factor: FACTOR_VALUES[factor] }))).$id;
      return callApi(() => api.account.updateMFAChallenge({ challengeId: id, otp }));
    },
    onSuccess: async () => {
      // The account is readable now (after a sign-in's second step): read it before anything waits on it.
      await queryClient.query({ ...accountQueries.account(api), staleTime: 0 });
      // The session's factors changed; a used recovery code is gone.
      await queryClient.invalidateQueries({ queryKey: accountKeys.account(), predicate: (query) => query.queryKey.length > 1 });
    },
  });
}
