/** The account's prefs, saved merge-safe: another device's changes are never overwritten silently. */
import { diffPrefs, mergePrefs, type Conflict } from '../lib/prefs/merge-prefs.ts';
import { type Prefs, useAccountMutation } from './account/account-cache.ts';
import { useAppwrite } from './client/appwrite-context.tsx';
import { callApi, type AccountError } from './client/errors.ts';

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
 * `updatePrefs` after re-reading the latest prefs and applying only this device's changes. A key
 * changed on both sides is not overwritten: PrefsConflict lists it for the user to decide.
 */
export function useSavePrefs() {
  const { account } = useAppwrite();
  return useAccountMutation<SavePrefsInput, AccountError | PrefsConflict>(async ({ base, edited, resolutions }) => {
    const latest = await callApi(() => account.getPrefs());
    const { merged, conflicts } = mergePrefs(base, diffPrefs(base, edited), latest, resolutions);
    if (conflicts.length) throw new PrefsConflict(conflicts);
    return callApi(() => account.updatePrefs({ prefs: merged }));
  });
}
