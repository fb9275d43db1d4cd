import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAppwrite } from './appwrite-context.tsx';
import { callApi } from './errors.ts';
import { accountKeys } from './query-keys.ts';

export function useUpdateName() {
  const { account } = useAppwrite();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => callApi(() => account.updateName({ name })),
    onSuccess: (user) => {
      queryClient.setQueryData(accountKeys.account(), user);
    },
  });
}
