/** Password recovery for a signed-out user: a link or a 6-digit code by email, then a new password. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { accountKeys } from './account/account-cache.ts';
import { useAppwrite } from './client/appwrite-context.tsx';
import { callApi } from './client/errors.ts';

/** Emails a link to `url?userId&secret&expire`. */
export function useRequestRecovery() {
  const { account } = useAppwrite();
  return useMutation({
    mutationFn: ({ email, url }: { email: string; url: string }) => callApi(() => account.createRecovery({ email, url })),
  });
}

/** Emails a 6-digit code; the token names the user the code is for. */
export function useRequestRecoveryCode() {
  const { account } = useAppwrite();
  return useMutation({
    mutationFn: ({ email }: { email: string }) => callApi(() => account.createRecoveryOTP({ email })),
  });
}

/**
 * Sets the new password. The server signs out every session of the account, so the cached account
 * is re-read: if this browser was signed in as that user, it is signed out now.
 */
export function useCompleteRecovery(kind: 'link' | 'code') {
  const { account } = useAppwrite();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { userId: string; secret: string; password: string }) =>
      callApi(() => (kind === 'link' ? account.updateRecovery(input) : account.updateRecoveryOTP(input))),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.account() }),
  });
}
