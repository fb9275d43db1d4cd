/** Password-less sign-in: request a link or code, then exchange `userId` + secret for a session. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ID } from 'appwrite';
import { useAppwrite } from './appwrite-context.tsx';
import { callApi } from './errors.ts';
import { accountKeys } from './query-keys.ts';

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

/** `createSession(userId, secret)` for magic links, email/phone codes and OAuth2 tokens; caches the account. */
export function useTokenSession() {
  const { account } = useAppwrite();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ userId, secret }: { userId: string; secret: string }) => {
      await callApi(() => account.createSession({ userId, secret }));
      return callApi(() => account.get());
    },
    onSuccess: (user) => queryClient.setQueryData(accountKeys.account(), user),
  });
}

export function useGuestSession() {
  const { account } = useAppwrite();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await callApi(() => account.createAnonymousSession());
      return callApi(() => account.get());
    },
    onSuccess: (user) => queryClient.setQueryData(accountKeys.account(), user),
  });
}

/** A guest keeps everything by adding an email and password (Appwrite's updateEmail sets the password). */
export function useSaveGuestAccount() {
  const { account } = useAppwrite();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ email, password }: { email: string; password: string }) => callApi(() => account.updateEmail({ email, password })),
    onSuccess: (user) => queryClient.setQueryData(accountKeys.account(), user),
  });
}
