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
  // Defence in depth: the checks above already keep the origin (a mutation test cannot tell this line is there).
  if (url.origin !== base) return null;
  // Validate what is returned, not only what came in: "/.//evil" and "/%2e%2e//evil" normalise to "//evil".
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith('//') ? null : path;
}

type Where = { pathname: string; search: string; hash?: string };

/** `<page>?next=<current path>` for a guard redirect to `page`. */
function withNext(page: string, location: Where): string {
  const next = `${location.pathname}${location.search}${location.hash ?? ''}`;
  return next === '/' ? page : `${page}?next=${encodeURIComponent(next)}`;
}

/** `/sign-in?next=<current path>`: the visitor is signed out. */
export function signInPathFor(location: Where): string {
  return withNext('/sign-in', location);
}

/** `/mfa?next=<current path>`: the session still needs its second step. */
export function secondStepPathFor(location: Where): string {
  return withNext('/mfa', location);
}
