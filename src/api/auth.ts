/** Signing in (password, guest, OAuth2), up and out. Each sign-in puts the fresh account in the cache so guards see it at once. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ID, OAuthProvider } from 'appwrite';
import { forgetAccount, useAccountMutation } from './account-cache.ts';
import type { AppwriteApi } from './client/appwrite.ts';
import { useAppwrite } from './client/appwrite-context.tsx';
import { AccountError, callApi, isSignedOutError } from './client/errors.ts';

export interface SignInInput {
  email: string;
  password: string;
}

export function useSignIn() {
  const { account } = useAppwrite();
  return useAccountMutation(async ({ email, password }: SignInInput) => {
    await callApi(() => account.createEmailPasswordSession({ email, password }));
    return callApi(() => account.get());
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

/** An anonymous (guest) session. */
export function useGuestSession() {
  const { account } = useAppwrite();
  return useAccountMutation(async () => {
    await callApi(() => account.createAnonymousSession());
    return callApi(() => account.get());
  });
}

/** A guest keeps everything by adding an email and password (Appwrite's updateEmail sets the password). */
export function useSaveGuestAccount() {
  const { account } = useAppwrite();
  return useAccountMutation((input: { email: string; password: string }) => callApi(() => account.updateEmail(input)));
}

const PROVIDERS = new Map<string, OAuthProvider>(Object.values(OAuthProvider).map((p) => [p, p]));

/** The SDK's provider enum value for a configured id, if Appwrite knows it. */
export function oauthProvider(id: string): OAuthProvider | undefined {
  return PROVIDERS.get(id);
}

/**
 * OAuth2 with the token flow: the provider returns to `success?userId&secret`, where the app calls
 * createSession (tokens.ts). Unlike the cookie flow it works when the API is on another site
 * (third-party cookies). The SDK navigates the browser away.
 */
export function startOAuth(api: AppwriteApi, provider: OAuthProvider, success: string, failure: string): void {
  api.account.createOAuth2Token({ provider, success, failure });
}
