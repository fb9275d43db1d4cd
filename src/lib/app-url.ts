/**
 * An absolute URL to a route of this app (for links Appwrite puts in emails and OAuth returns). `basePath`:
 * where the app is, on this origin (`/account/`) or anywhere (`https://account.example.com/`).
 */
export function appUrl(basePath: string, path: string, params: Record<string, string | null | undefined> = {}): string {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const url = new URL(`${base}${path.replace(/^\//, '')}`, window.location.origin);
  for (const [key, value] of Object.entries(params)) if (value) url.searchParams.set(key, value);
  return url.toString();
}
