/**
 * Verifying the account's email (by link or code) and phone (by SMS code). A confirmed verification
 * returns a token, not the account: the account is re-read to show its new state.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { accountKeys } from './account/account-cache.ts';
import { useAppwrite } from './client/appwrite-context.tsx';
import { callApi } from './client/errors.ts';

interface SecretInput {
  userId: string;
  secret: string;
}

/** A mutation that confirms something about the account, then re-reads it. */
function useConfirmation(confirm: (input: SecretInput) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SecretInput) => callApi(() => confirm(input)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.account() }),
  });
}

/** Emails a link to `url?userId&secret&expire`. */
export function useRequestEmailVerification() {
  const { account } = useAppwrite();
  return useMutation({ mutationFn: ({ url }: { url: string }) => callApi(() => account.createEmailVerification({ url })) });
}

/** The landing page of that link. */
export function useConfirmEmailVerification() {
  const { account } = useAppwrite();
  return useConfirmation((input) => account.updateEmailVerification(input));
}

/** Emails a 6-digit code instead of a link. */
export function useRequestEmailVerificationCode() {
  const { account } = useAppwrite();
  return useMutation({ mutationFn: () => callApi(() => account.createEmailVerificationOTP({})) });
}

export function useConfirmEmailVerificationCode() {
  const { account } = useAppwrite();
  return useConfirmation((input) => account.updateEmailVerificationOTP(input));
}

/** Texts a 6-digit code to the account's phone. */
export function useRequestPhoneVerification() {
  const { account } = useAppwrite();
  return useMutation({ mutationFn: () => callApi(() => account.createPhoneVerification()) });
}

export function useConfirmPhoneVerification() {
  const { account } = useAppwrite();
  return useConfirmation((input) => account.updatePhoneVerification(input));
}
