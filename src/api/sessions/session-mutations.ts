/** Signing sessions out (one, the others, all) and extending them. The list is re-read after each change, never trusted locally. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { forgetAccount } from '../account/account-cache.ts';
import { useAppwrite } from '../client/appwrite-context.tsx';
import { AccountError, callApi, toAccountError } from '../client/errors.ts';
import { sessionKeys, sessionQueries, type Session } from './session-queries.ts';

/** A session that is already gone (signed out elsewhere) counts as signed out. */
function isGone(error: unknown): boolean {
  return error instanceof AccountError && error.status === 404 && error.type === 'user_session_not_found';
}

export function useDeleteSession() {
  const { account } = useAppwrite();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (sessionId: string) => {
      try {
        await callApi(() => account.deleteSession({ sessionId }));
      } catch (error) {
        if (!isGone(error)) throw error;
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: sessionKeys.list() }),
  });
}

export interface SignOutOthersResult {
  signedOut: string[];
  failed: { sessionId: string; error: AccountError }[];
}

/**
 * Appwrite has no "all but this one" call: delete each other session in turn, reporting progress,
 * and collect failures so the user can retry just those.
 */
export function useSignOutSessions() {
  const { account } = useAppwrite();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ sessionIds, onProgress }: { sessionIds: string[]; onProgress?: (done: number, total: number) => void }) => {
      const result: SignOutOthersResult = { signedOut: [], failed: [] };
      for (const [index, sessionId] of sessionIds.entries()) {
        try {
          await account.deleteSession({ sessionId });
          result.signedOut.push(sessionId);
        } catch (error) {
          const normalised = toAccountError(error);
          if (isGone(normalised)) result.signedOut.push(sessionId);
          else result.failed.push({ sessionId, error: normalised });
        }
        onProgress?.(index + 1, sessionIds.length);
      }
      return result;
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: sessionKeys.list() }),
  });
}

/** Every session including this one (`DELETE /account/sessions`); then the app is signed out. */
export function useSignOutEverywhere() {
  const { account } = useAppwrite();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => callApi(() => account.deleteSessions()),
    onSuccess: () => forgetAccount(queryClient),
  });
}

/** `PATCH /account/sessions/{id}`: extends the session (and refreshes an OAuth provider token). */
export function useRefreshSession() {
  const api = useAppwrite();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sessionId: string) => callApi(() => api.account.updateSession({ sessionId })),
    onSuccess: (updated: Session) => {
      // Take the new expiry from the response at once; the refetch below confirms the rest.
      queryClient.setQueryData(sessionQueries.list(api).queryKey, (list) =>
        list ? { ...list, sessions: list.sessions.map((s) => (s.$id === updated.$id ? { ...s, expire: updated.expire } : s)) } : list,
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: sessionKeys.list() }),
  });
}
