/** Email, phone, password and status changes of the signed-in account. Each puts the new account in the cache. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAppwrite } from './appwrite-context.tsx';
import { callApi } from './errors.ts';
import { accountKeys } from './query-keys.ts';

function useAccountMutation<T>(call: (input: T) => Promise<Awaited<ReturnType<ReturnType<typeof useAppwrite>['account']['get']>>>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: T) => callApi(() => call(input)),
    onSuccess: (user) => queryClient.setQueryData(accountKeys.account(), user),
  });
}

export function useUpdateEmail() {
  const { account } = useAppwrite();
  return useAccountMutation((input: { email: string; password: string }) => account.updateEmail(input));
}

export function useUpdatePhone() {
  const { account } = useAppwrite();
  return useAccountMutation((input: { phone: string; password: string }) => account.updatePhone(input));
}

/** Changing the password signs out every other session (Appwrite's default); the list is re-read. */
export function useUpdatePassword() {
  const { account } = useAppwrite();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { password: string; oldPassword?: string }) => callApi(() => account.updatePassword(input)),
    onSuccess: async (user) => {
      queryClient.setQueryData(accountKeys.account(), user);
      await queryClient.invalidateQueries({ queryKey: accountKeys.sessions() });
    },
  });
}

/** Blocks the account (`updateStatus`); the server clears this session. The caller shows a final screen. */
export function useDeactivateAccount() {
  const { account } = useAppwrite();
  return useMutation({ mutationFn: () => callApi(() => account.updateStatus()) });
}

export function useRequestEmailVerificationCode() {
  const { account } = useAppwrite();
  return useMutation({ mutationFn: () => callApi(() => account.createEmailVerificationOTP({})) });
}

export function useConfirmEmailVerificationCode() {
  const { account } = useAppwrite();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { userId: string; secret: string }) => callApi(() => account.updateEmailVerificationOTP(input)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.account() }),
  });
}
