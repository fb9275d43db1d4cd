/** Password recovery by link or code, and email/phone verification. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAppwrite } from './appwrite-context.tsx';
import { callApi } from './errors.ts';
import { accountKeys } from './query-keys.ts';

export function useRequestRecovery() {
  const { account } = useAppwrite();
  return useMutation({
    mutationFn: ({ email, url }: { email: string; url: string }) => callApi(() => account.createRecovery({ email, url })),
  });
}

export function useRequestRecoveryCode() {
  const { account } = useAppwrite();
  return useMutation({
    mutationFn: ({ email }: { email: string }) => callApi(() => account.createRecoveryOTP({ email })),
  });
}

/** Completes recovery; every session is signed out by the server, so the local account is forgotten. */
export function useCompleteRecovery(kind: 'link' | 'code') {
  const { account } = useAppwrite();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { userId: string; secret: string; password: string }) =>
      callApi(() => (kind === 'link' ? account.updateRecovery(input) : account.updateRecoveryOTP(input))),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.account() }),
  });
}

export function useConfirmEmailVerification() {
  const { account } = useAppwrite();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { userId: string; secret: string }) => callApi(() => account.updateEmailVerification(input)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.account() }),
  });
}

export function useRequestEmailVerification() {
  const { account } = useAppwrite();
  return useMutation({
    mutationFn: ({ url }: { url: string }) => callApi(() => account.createEmailVerification({ url })),
  });
}

export function useRequestPhoneVerification() {
  const { account } = useAppwrite();
  return useMutation({ mutationFn: () => callApi(() => account.createPhoneVerification()) });
}

export function useConfirmPhoneVerification() {
  const { account } = useAppwrite();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { userId: string; secret: string }) => callApi(() => account.updatePhoneVerification(input)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.account() }),
  });
}
