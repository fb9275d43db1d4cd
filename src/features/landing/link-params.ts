/**
 * The `?userId&secret&expire` every Appwrite email link carries. `expire` is checked here, before
 * any request, so an old link says "expired" at once (appwrite#1297).
 */
export type LinkParams =
  | { state: 'missing' }
  | { state: 'expired'; userId: string }
  | { state: 'ready'; userId: string; secret: string; expire: string };

export function readLinkParams(params: URLSearchParams, now: number = Date.now()): LinkParams {
  const userId = params.get('userId');
  const secret = params.get('secret');
  // Some mail clients turn the "+" of "+00:00" into a space.
  const expire = params.get('expire')?.replace(' ', '+') ?? '';
  if (!userId || !secret) return { state: 'missing' };
  const expiresAt = Date.parse(expire);
  if (expire && !Number.isNaN(expiresAt) && expiresAt < now) return { state: 'expired', userId };
  return { state: 'ready', userId, secret, expire };
}

/** Removes the secret from the address bar once used, so it is not in history or shared by copy-paste. */
export function forgetSecret(): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has('secret')) return;
  url.searchParams.delete('secret');
  window.history.replaceState(window.history.state, '', url);
}
