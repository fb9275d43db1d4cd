/** Changing the signed-in account: name, email, phone, password, status. Each puts the server's new account in the cache. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAppwrite } from '../client/appwrite-context.tsx';
import { callApi } from '../client/errors.ts';
import { sessionKeys } from '../sessions/session-queries.ts';
import { useAccountMutation } from './account-cache.ts';

export function useUpdateName() {
  const { account } = useAppwrite();
  return useAccountMutation((name: string) => callApi(() => account.updateName({ name })));
}

/** Changes the email (the password confirms it); for a guest, also sets the password: the account is saved. */
export function useUpdateEmail() {
  const { account } = useAppwrite();
  return useAccountMutation((input: { email: string; password: string }) => callApi(() => account.updateEmail(input)));
}

export function useUpdatePhone() {
  const { account } = useAppwrite();
  return useAccountMutation((input: { phone: string; password: string }) => callApi(() => account.updatePhone(input)));
}

/** Changing the password signs out every other session (Appwrite's default); the list is re-read. */
export function useUpdatePassword() {
  const { account } = useAppwrite();
  const queryClient = useQueryClient();
  return useAccountMutation((input: { password: string; oldPassword?: string }) => callApi(() => account.updatePassword(input)), {
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeys.list() }),
  });
}

/** Blocks the account (`updateStatus`); the server clears this session. The caller shows a final screen. */
export function useDeactivateAccount() {
  const { account } = useAppwrite();
  return useMutation({ mutationFn: () => callApi(() => account.updateStatus()) });
}
