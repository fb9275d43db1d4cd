/**
 * Appwrite's abuse limiter counts in fixed windows aligned to the clock, `floor(now / window) * window`
 * (contract §1.8); every Account route a user's forms call has a one-hour window. Browsers on another
 * origin cannot read `X-RateLimit-Reset`, so the end of a window is computed from the clock.
 */
export const RATE_LIMIT_WINDOW_SECONDS = 3600;

export function rateLimitWindowEnd(nowMs: number, windowSeconds: number = RATE_LIMIT_WINDOW_SECONDS): number {
  const windowMs = windowSeconds * 1000;
  return (Math.floor(nowMs / windowMs) + 1) * windowMs;
}
