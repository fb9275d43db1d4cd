/**
 * Signing in with a password or as a guest, and signing up. Each puts the fresh account in the cache so
 * guards see it at once; a password sign-in to an account with two-factor on resolves with `null`.
 */
import { ID } from 'appwrite';
import { useAccountMutation } from '../account/account-cache.ts';
import { useAppwrite } from '../client/appwrite-context.tsx';
import { AccountError, callApi } from '../client/errors.ts';
import { accountAfterSignIn } from './signed-in-account.ts';

export interface SignInInput {
  email: string;
  password: string;
}

export function useSignIn() {
  const { account } = useAppwrite();
  return useAccountMutation(async ({ email, password }: SignInInput) => {
    await callApi(() => account.createEmailPasswordSession({ email, password }));
    return accountAfterSignIn(account);
  });
}

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
  return useAccountMutation<SignUpInput, AccountError | SignedUpButNotSignedIn>(async ({ name, email, password }) => {
    await callApi(() => account.create({ userId: ID.unique(), email, password, name: name || undefined }));
    try {
      await callApi(() => account.createEmailPasswordSession({ email, password }));
      return await callApi(() => account.get());
    } catch (error) {
      throw new SignedUpButNotSignedIn(error as AccountError);
    }
  });
}

/** An anonymous (guest) session. */
export function useGuestSession() {
  const { account } = useAppwrite();
  return useAccountMutation(async () => {
    await callApi(() => account.createAnonymousSession());
    return callApi(() => account.get());
  });
}
