/**
 * The account in the query cache: its type, its key (the prefix of every user query key), the one
 * way a fresh account gets there, and the one way everything about it is forgotten.
 */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Models } from 'appwrite';
import { clearDrafts } from '../../lib/forms/draft-storage.ts';
import { clearCooldowns } from '../../lib/cooldown-storage.ts';
import type { AccountError } from '../client/errors.ts';

/** Prefs are an open key-value object (locale, timezone, theme and whatever else the app stores). */
export type Prefs = Record<string, unknown>;
export type Account = Models.User<Prefs>;

export const accountKeys = {
  /** The signed-in account itself (`null` when signed out); prefix of every key below it. */
  account: () => ['account'] as const,
};

export function setAccount(queryClient: QueryClient, account: Account | null): void {
  queryClient.setQueryData(accountKeys.account(), account);
}

/**
 * A mutation whose result is the account (sign-in, a changed name, email, phone, password, prefs): the
 * cache takes the server's copy at once, so every page and guard sees it without a refetch. A sign-in
 * whose account has two-factor on resolves with `null` (auth/signed-in-account.ts): the cached account
 * is dropped, so the next read (a guard's, or a watching page's) answers "second step needed" → /mfa.
 */
export function useAccountMutation<TInput, TError = AccountError, TResult extends Account | null = Account>(
  mutationFn: (input: TInput) => Promise<TResult>,
  options: { onSuccess?: (account: TResult) => unknown } = {},
) {
  const queryClient = useQueryClient();
  return useMutation<TResult, TError, TInput>({
    mutationFn,
    onSuccess: (account) => {
      if (account) setAccount(queryClient, account);
      else void queryClient.resetQueries({ queryKey: accountKeys.account(), exact: true });
      return options.onSuccess?.(account);
    },
  });
}

/**
 * Everything cached about the user but the account entry itself: their queries, and past writes with
 * what was typed into them (passwords included).
 */
export function forgetUserData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey.length > accountKeys.account().length });
  // Not a write still running: this may be its own success (a sign-out), whose callbacks are yet to come.
  const mutations = queryClient.getMutationCache();
  for (const mutation of mutations.getAll()) if (mutation.state.status !== 'pending') mutations.remove(mutation);
}

/**
 * After any sign-out (one session, everywhere, deactivation): drop everything cached about the account
 * and mark it signed out, so the shell sends the user to sign in and nothing stale is shown to the next one.
 */
export function forgetAccount(queryClient: QueryClient): void {
  forgetUserData(queryClient);
  // A sign-out by choice: unsaved drafts go too (a session that merely ended keeps them).
  clearDrafts();
  setAccount(queryClient, null);
}

/**
 * Calls `listener` when the cached account changes hands: signed out (`null`), or another user's id.
 * The first account seen is not a change; a refreshed copy of the same account is not one either.
 */
export function onOwnerChange(queryClient: QueryClient, listener: (owner: string | null) => void): () => void {
  const accountHash = JSON.stringify(accountKeys.account());
  let owner: string | null | undefined;
  return queryClient.getQueryCache().subscribe((event) => {
    if (event.query.queryHash !== accountHash) return;
    const account = event.query.state.data as Account | null | undefined;
    if (account === undefined) return;
    const id = account?.$id ?? null;
    const changed = owner !== undefined && id !== owner;
    owner = id;
    if (changed) listener(id);
  });
}

/**
 * Whoever the cached account is owns the rest of the cache: when it changes hands (signed out, a 401,
 * another user signed in), the rest goes in the same tick, before any page can render it.
 */
export function clearUserDataOnOwnerChange(queryClient: QueryClient): () => void {
  return onOwnerChange(queryClient, (owner) => {
    forgetUserData(queryClient);
    // Signed out: the resend cooldowns (per address) go too.
    if (owner === null) clearCooldowns();
  });
}
