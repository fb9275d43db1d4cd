/** Where form drafts are kept (apart from the hook, so a sign-out can clear them without loading it). */
export const DRAFT_PREFIX = 'account-dashboard:draft:';

/** Forgets every draft (an explicit sign-out: the user is done here). */
export function clearDrafts(): void {
  try {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(DRAFT_PREFIX)) sessionStorage.removeItem(key);
  } catch {
    // nothing kept, nothing to clear
  }
}
