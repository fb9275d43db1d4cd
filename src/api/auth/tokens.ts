/** Password-less sign-in: request a magic link or a code, then exchange `userId` + secret for a session. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ID } from 'appwrite';
import { useAccountMutation } from '../account/account-cache.ts';
import { useAppwrite } from '../client/appwrite-context.tsx';
import { callApi } from '../client/errors.ts';
import { mfaKeys } from '../mfa/mfa-keys.ts';
import { accountAfterSignIn } from './signed-in-account.ts';

export function useRequestMagicLink() {
  const { account } = useAppwrite();
  return useMutation({
    mutationFn: ({ email, url, phrase }: { email: string; url: string; phrase: boolean }) =>
      callApi(() => account.createMagicURLToken({ userId: ID.unique(), email, url, phrase })),
  });
}

export function useRequestEmailCode() {
  const { account } = useAppwrite();
  return useMutation({
    mutationFn: ({ email, phrase }: { email: string; phrase: boolean }) => callApi(() => account.createEmailToken({ userId: ID.unique(), email, phrase })),
  });
}

export function useRequestPhoneCode() {
  const { account } = useAppwrite();
  return useMutation({
    mutationFn: ({ phone }: { phone: string }) => callApi(() => account.createPhoneToken({ userId: ID.unique(), phone })),
  });
}

export interface TokenSessionInput {
  userId: string;
  secret: string;
  /** How the secret reached the user: that factor cannot be the second step too. */
  via?: 'email' | 'phone';
}

/**
 * `createSession(userId, secret)` for magic links, email/phone codes and OAuth2 tokens; `null` when the
 * account has two-factor on and the session needs its second step.
 */
export function useTokenSession() {
  const { account } = useAppwrite();
  const queryClient = useQueryClient();
  return useAccountMutation(async ({ userId, secret, via }: TokenSessionInput) => {
    await callApi(() => account.createSession({ userId, secret }));
    return accountAfterSignIn(account, () => queryClient.setQueryData(mfaKeys.firstStep(), via ?? null));
  });
}
