import { beforeEach, describe, expect, it } from 'vitest';
import { endFlow, isOwnFlow, startFlow } from './flow-nonce.ts';

describe('flow nonces', () => {
  beforeEach(() => localStorage.clear());

  it('knows a flow this browser started, until it ends or an hour passes', () => {
    const now = Date.now();
    const nonce = startFlow(now);
    expect(nonce).toMatch(/^[0-9a-f]{32}$/);
    expect(isOwnFlow(nonce, now + 59 * 60_000)).toBe(true);
    expect(isOwnFlow(nonce, now + 61 * 60_000)).toBe(false);
    endFlow(nonce, now);
    expect(isOwnFlow(nonce, now)).toBe(false);
  });

  it('knows nothing of a flow started elsewhere, of a missing one, or of inherited keys', () => {
    startFlow();
    expect(isOwnFlow('0123456789abcdef0123456789abcdef')).toBe(false);
    expect(isOwnFlow(null)).toBe(false);
    expect(isOwnFlow('')).toBe(false);
    expect(isOwnFlow('constructor')).toBe(false);
    expect(isOwnFlow('__proto__')).toBe(false);
  });

  it('survives junk in storage', () => {
    localStorage.setItem('account-dashboard:flows', '{"x": "soon", "__proto__": 99999999999999}');
    expect(isOwnFlow('x')).toBe(false);
    const nonce = startFlow();
    expect(isOwnFlow(nonce)).toBe(true);
    localStorage.setItem('account-dashboard:flows', 'not json');
    expect(isOwnFlow(nonce)).toBe(false);
  });
});
