/** The sign-in accounts of other services (OAuth2 identities) linked to this account. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Models } from 'appwrite';
import { accountKeys } from './account/account-cache.ts';
import type { AppwriteApi } from './client/appwrite.ts';
import { useAppwrite } from './client/appwrite-context.tsx';
import { callApi, registerErrorMessages } from './client/errors.ts';

registerErrorMessages({ user_identity_not_found: 'errors.notFound' });

export type Identity = Models.Identity;

export const identityKeys = {
  list: () => [...accountKeys.account(), 'identities'] as const,
};

export const identityQueries = {
  list: (api: AppwriteApi) =>
    queryOptions({
      queryKey: identityKeys.list(),
      queryFn: () => callApi(() => api.account.listIdentities()),
      staleTime: 30_000,
    }),
};

export function useUnlinkIdentity() {
  const { account } = useAppwrite();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (identityId: string) => callApi(() => account.deleteIdentity({ identityId })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: identityKeys.list() }),
  });
}
