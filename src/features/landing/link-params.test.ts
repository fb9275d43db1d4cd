import { describe, expect, it } from 'vitest';
import { readLinkParams } from './link-params.ts';

const NOW = Date.parse('2026-11-26T12:00:00.000Z');

describe('readLinkParams', () => {
  it('is missing without userId or secret', () => {
    expect(readLinkParams(new URLSearchParams('userId=u'), NOW)).toEqual({ state: 'missing' });
    expect(readLinkParams(new URLSearchParams('secret=s'), NOW)).toEqual({ state: 'missing' });
  });

  it('is expired from `expire` alone, before any request', () => {
    expect(readLinkParams(new URLSearchParams('userId=u&secret=s&expire=2026-11-26T11:59:59.000%2B00:00'), NOW)).toEqual({ state: 'expired', userId: 'u' });
  });

  it('reads a "+" that a mail client turned into a space', () => {
    expect(readLinkParams(new URLSearchParams('userId=u&secret=s&expire=2026-11-26T11:00:00.000+00:00'), NOW).state).toBe('expired');
  });

  it('is ready when not expired, or when the link has no expire', () => {
    expect(readLinkParams(new URLSearchParams('userId=u&secret=s&expire=2026-11-26T13:00:00.000%2B00:00'), NOW)).toMatchObject({ state: 'ready', secret: 's' });
    expect(readLinkParams(new URLSearchParams('userId=u&secret=s'), NOW)).toMatchObject({ state: 'ready' });
  });
});
