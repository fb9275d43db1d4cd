/** Where resend cooldowns are kept (apart from the hook, so a sign-out can clear them without loading it). */
export const COOLDOWN_PREFIX = 'account-dashboard:cooldown:';

/** Forgets every cooldown (on sign-out: nothing about the last user's addresses stays behind). */
export function clearCooldowns(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith(COOLDOWN_PREFIX)) localStorage.removeItem(key);
}
