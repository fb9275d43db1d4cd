import { useMutation, useQueryClient } from '@tanstack/react-query';
import { forgetAccount } from '../account/account-cache.ts';
import { useAppwrite } from '../client/appwrite-context.tsx';
import { callApi, isSignedOutError } from '../client/errors.ts';

/** Deletes the current session. A session that is already gone counts as signed out. */
export function useSignOut() {
  const { account } = useAppwrite();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      try {
        await callApi(() => account.deleteSession({ sessionId: 'current' }));
      } catch (error) {
        if (!isSignedOutError(error)) throw error;
      }
    },
    onSuccess: () => forgetAccount(queryClient),
  });
}
