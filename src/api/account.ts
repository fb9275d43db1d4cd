/** The signed-in account and its settings: name, email, phone, password, status. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { accountKeys, useAccountMutation, type Account } from './account-cache.ts';
import type { AppwriteApi } from './client/appwrite.ts';
import { useAppwrite } from './client/appwrite-context.tsx';
import { callApi, isSignedOutError } from './client/errors.ts';
import { sessionKeys } from './sessions.ts';

export type { Account, Prefs } from './account-cache.ts';

/** Signed out is not an error here: `account.get()` failing with 401 `general_unauthorized_scope` → `null`. */
async function getAccountOrNull(api: AppwriteApi): Promise<Account | null> {
  try {
    return await callApi(() => api.account.get());
  } catch (error) {
    if (isSignedOutError(error)) return null;
    throw error;
  }
}

export const accountQueries = {
  account: (api: AppwriteApi) =>
    // Each app instance has its own QueryClient, so `api` need not be part of the key.
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    queryOptions({
      queryKey: accountKeys.account(),
      queryFn: () => getAccountOrNull(api),
      staleTime: 60_000,
    }),
};

export function useUpdateName() {
  const { account } = useAppwrite();
  return useAccountMutation((name: string) => callApi(() => account.updateName({ name })));
}

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
