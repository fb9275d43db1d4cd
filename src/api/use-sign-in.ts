import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAppwrite } from './appwrite-context.tsx';
import { callApi } from './errors.ts';
import { accountKeys } from './query-keys.ts';

export interface SignInInput {
  email: string;
  password: string;
}

/** Email + password sign-in; the fresh account lands in the cache so guards see it at once. */
export function useSignIn() {
  const { account } = useAppwrite();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ email, password }: SignInInput) => {
      await callApi(() => account.createEmailPasswordSession({ email, password }));
      return callApi(() => account.get());
    },
    onSuccess: (user) => {
      queryClient.setQueryData(accountKeys.account(), user);
    },
  });
}
