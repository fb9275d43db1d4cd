/**
 * Confirming a second factor: a challenge (`createMFAChallenge`; email and phone send a code), then its
 * code (`updateMFAChallenge`). The session gains the factor; the account, and everything read while the
 * factor was missing, is read again.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { AuthenticationFactor, type Models } from 'appwrite';
import { accountKeys, setAccount } from '../account/account-cache.ts';
import { useAppwrite } from '../client/appwrite-context.tsx';
import { callApi, isSecondFactorRequired } from '../client/errors.ts';
import type { Factor } from './mfa-queries.ts';
import './mfa-errors.ts';

export type Challenge = Models.MfaChallenge;

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

/** A challenge lives an hour; one about to end is not worth a code. */
export function isOpen(challenge: Challenge | undefined): challenge is Challenge {
  return challenge !== undefined && Date.parse(challenge.expire) - Date.now() > 60_000;
}

/** Starts a challenge; for email and phone the server sends the code now. Each counts against 10 an hour. */
export function useCreateChallenge() {
  const { account } = useAppwrite();
  return useMutation({ mutationFn: (factor: Factor) => callApi(() => account.createMFAChallenge({ factor: FACTOR_VALUES[factor] })) });
}

export interface CompleteChallengeInput {
  factor: Factor;
  otp: string;
  /** The open challenge of `factor`; a wrong code leaves it open, so retries reuse it (and the rate limit). */
  challenge?: Challenge | undefined;
  /** Told about a challenge started here (authenticator, recovery code), to reuse after a wrong code. */
  onStarted?: (challenge: Challenge) => void;
}

/**
 * Resolves `{ done: false }` when the session still needs a second step afterwards: the factor was the
 * one the sign-in itself used (the server counts each factor once), so another must be chosen.
 */
export function useCompleteChallenge() {
  const api = useAppwrite();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ factor, otp, challenge, onStarted }: CompleteChallengeInput) => {
      let open = isOpen(challenge) ? challenge : undefined;
      if (!open) {
        open = await callApi(() => api.account.createMFAChallenge({ factor: FACTOR_VALUES[factor] }));
        onStarted?.(open);
      }
      const challengeId = open.$id;
      await callApi(() => api.account.updateMFAChallenge({ challengeId, otp }));
      // A read started before this (a refetch on focus) would answer "more factors": drop it, read afresh.
      await queryClient.cancelQueries({ queryKey: accountKeys.account(), exact: true });
      try {
        setAccount(queryClient, await callApi(() => api.account.get()));
        return { done: true };
      } catch (error) {
        if (isSecondFactorRequired(error)) return { done: false };
        // The factor counted already; the account is read again when next needed.
        void queryClient.invalidateQueries({ queryKey: accountKeys.account(), exact: true });
        return { done: true };
      }
    },
    // The session's factors changed; a used recovery code is gone.
    onSuccess: ({ done }) => (done ? queryClient.invalidateQueries({ queryKey: accountKeys.account(), predicate: (query) => query.queryKey.length > 1 }) : undefined),
  });
}
