import { useMutation, useQueryClient } from '@tanstack/react-query';
import { diffPrefs, mergePrefs, type Conflict, type Prefs } from '../lib/prefs/merge-prefs.ts';
import { useAppwrite } from './appwrite-context.tsx';
import type { Account } from './account-queries.ts';
import { AccountError, callApi } from './errors.ts';
import { accountKeys } from './query-keys.ts';

/** Thrown instead of writing when another device changed a key this one changed too. */
export class PrefsConflict extends Error {
  override readonly name = 'PrefsConflict';
  constructor(readonly conflicts: Conflict[]) {
    super('prefs conflict');
  }
}

export interface SavePrefsInput {
  /** The prefs the edit started from. */
  base: Prefs;
  edited: Prefs;
  resolutions?: Record<string, 'mine' | 'theirs'>;
}

/**
 * Merge-safe `updatePrefs`: re-read the latest prefs, apply only this device's changes, write. A key
 * changed on both sides is not overwritten silently: PrefsConflict lists it for the user to decide.
 */
export function useSavePrefs() {
  const { account } = useAppwrite();
  const queryClient = useQueryClient();
  return useMutation<Account, AccountError | PrefsConflict, SavePrefsInput>({
    mutationFn: async ({ base, edited, resolutions }) => {
      const latest = await callApi(() => account.getPrefs());
      const { merged, conflicts } = mergePrefs(base, diffPrefs(base, edited), latest, resolutions);
      if (conflicts.length) throw new PrefsConflict(conflicts);
      return callApi(() => account.updatePrefs({ prefs: merged }));
    },
    onSuccess: (user) => queryClient.setQueryData(accountKeys.account(), user),
  });
}
