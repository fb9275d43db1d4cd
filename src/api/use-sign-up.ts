import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ID } from 'appwrite';
import { useAppwrite } from './appwrite-context.tsx';
import { AccountError, callApi } from './errors.ts';
import { accountKeys } from './query-keys.ts';

export interface SignUpInput {
  name: string;
  email: string;
  password: string;
}

/** Thrown when the account was created but the follow-up sign-in failed (e.g. rate limited). */
export class SignedUpButNotSignedIn extends Error {
  override readonly name = 'SignedUpButNotSignedIn';
  constructor(readonly reason: AccountError) {
    super(reason.message, { cause: reason });
  }
}

/** Creates the account, then signs in (Appwrite's `create` makes no session). */
export function useSignUp() {
  const { account } = useAppwrite();
  const queryClient = useQueryClient();
  return useMutation<Awaited<ReturnType<typeof account.get>>, AccountError | SignedUpButNotSignedIn, SignUpInput>({
    mutationFn: async ({ name, email, password }) => {
      await callApi(() => account.create({ userId: ID.unique(), email, password, name: name || undefined }));
      try {
        await callApi(() => account.createEmailPasswordSession({ email, password }));
        return await callApi(() => account.get());
      } catch (error) {
        throw new SignedUpButNotSignedIn(error as AccountError);
      }
    },
    onSuccess: (user) => {
      queryClient.setQueryData(accountKeys.account(), user);
    },
  });
}
