/**
 * Appwrite's abuse limiter (contract §1.8): fixed windows aligned to floor(now/window)*window,
 * one counter per resolved key; request `limit + 1` in a window is refused.
 */
import type { RateLimitCounter } from './state.ts';

export interface RateLimitRule {
  limit: number;
  /** Window length in seconds. */
  window: number;
  /** Key templates, e.g. `url:{url},ip:{ip}` or `url:{url},email:{param-email}`; each is checked. */
  keys: string[];
  /** Appwrite's `abuse-reset: [201]`: a successful create clears the counters (login-style routes). */
  resetOnCreated?: boolean;
}

export interface RateLimitResult {
  allowed: boolean;
  headers: Record<string, string>;
  keys: string[];
}

export function resolveKey(template: string, values: Record<string, string>): string {
  return template.replace(/\{([a-zA-Z-]+)\}/g, (_, name: string) => values[name] ?? '');
}

export function checkRateLimit(
  counters: Record<string, RateLimitCounter>,
  rule: RateLimitRule,
  values: Record<string, string>,
  nowMs: number,
): RateLimitResult {
  const nowSec = Math.floor(nowMs / 1000);
  const windowStart = Math.floor(nowSec / rule.window) * rule.window;
  const keys = rule.keys.map((k) => resolveKey(k, values));
  let allowed = true;
  let remaining = rule.limit;
  for (const key of keys) {
    const existing = counters[key];
    const counter = existing && existing.windowStart === windowStart ? existing : { windowStart, count: 0 };
    if (counter.count >= rule.limit) allowed = false;
    counter.count += 1;
    counters[key] = counter;
    remaining = Math.min(remaining, Math.max(0, rule.limit - counter.count));
  }
  return {
    allowed,
    keys,
    headers: {
      'X-RateLimit-Limit': String(rule.limit),
      'X-RateLimit-Remaining': String(remaining),
      'X-RateLimit-Reset': String(windowStart + rule.window),
    },
  };
}

export function clearRateLimit(counters: Record<string, RateLimitCounter>, keys: string[]): void {
  for (const key of keys) Reflect.deleteProperty(counters, key);
}
