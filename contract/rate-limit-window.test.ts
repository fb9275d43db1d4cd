import { describe, expect, it } from 'vitest';
import { rateLimitWindowEnd } from './rate-limit-window.ts';

describe('rateLimitWindowEnd', () => {
  it('is the start of the next window aligned to the clock (Appwrite’s fixed windows)', () => {
    expect(rateLimitWindowEnd(Date.UTC(2026, 0, 1, 10, 15, 30))).toBe(Date.UTC(2026, 0, 1, 11, 0, 0));
    expect(rateLimitWindowEnd(Date.UTC(2026, 0, 1, 10, 0, 0))).toBe(Date.UTC(2026, 0, 1, 11, 0, 0));
    expect(rateLimitWindowEnd(Date.UTC(2026, 0, 1, 10, 0, 59), 60)).toBe(Date.UTC(2026, 0, 1, 10, 1, 0));
  });
});
