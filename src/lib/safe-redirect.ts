/**
 * `?next=` is honoured only for same-origin paths: `/profile?tab=1` yes; `//evil.example`,
 * `/\evil.example`, `https://evil.example`, `javascript:…` no. Returns a router path or null.
 */
export function safeNextPath(raw: string | null | undefined): string | null {
  if (!raw || raw.length > 2048) return null;
  // Browsers treat "\" like "/" and drop tabs/newlines, so "/\evil" and "/\t/evil" mean "//evil".
  if (!raw.startsWith('/') || /[\\\p{Cc}]/u.test(raw) || raw.startsWith('//')) return null;
  const base = 'https://same-origin.invalid';
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return null;
  }
  if (url.origin !== base) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** `/sign-in?next=<current path>` for a guard redirect. */
export function signInPathFor(location: { pathname: string; search: string; hash?: string }): string {
  const next = `${location.pathname}${location.search}${location.hash ?? ''}`;
  return next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`;
}
