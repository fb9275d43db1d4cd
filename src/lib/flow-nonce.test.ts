import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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

describe('flow nonces: limits', () => {
  const KEY = 'account-dashboard:flows';
  beforeEach(() => localStorage.clear());
  afterEach(() => vi.restoreAllMocks());

  it('lives exactly an hour: not one millisecond more', () => {
    const now = 1_000_000;
    const nonce = startFlow(now);
    expect(isOwnFlow(nonce, now + 3_600_000 - 1)).toBe(true);
    expect(isOwnFlow(nonce, now + 3_600_000)).toBe(false);
  });

  it('every flow gets its own nonce, and ending one leaves the others', () => {
    const first = startFlow(1_000);
    const second = startFlow(2_000);
    expect(first).not.toBe(second);
    endFlow(first, 2_000);
    expect(isOwnFlow(first, 2_000)).toBe(false);
    expect(isOwnFlow(second, 2_000)).toBe(true);
  });

  it('keeps the 20 newest flows and drops expired ones when writing', () => {
    const nonces = Array.from({ length: 21 }, (_, i) => startFlow(1_000 + i));
    expect(isOwnFlow(nonces[0] ?? null, 1_100)).toBe(false);
    expect(nonces.slice(1).every((n) => isOwnFlow(n, 1_100))).toBe(true);
    localStorage.clear();
    const old = startFlow(0);
    startFlow(3_600_000);
    const stored = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, number>;
    expect(Object.keys(stored)).not.toContain(old);
    expect(Object.keys(stored)).toHaveLength(1);
  });

  it('ending an unknown or missing flow writes nothing', () => {
    startFlow(1_000);
    const before = localStorage.getItem(KEY);
    const write = vi.spyOn(Storage.prototype, 'setItem');
    endFlow('not-a-flow', 1_000);
    endFlow(null, 1_000);
    endFlow('', 1_000);
    expect(write).not.toHaveBeenCalled();
    expect(localStorage.getItem(KEY)).toBe(before);
  });

  it('when storage refuses, a flow still starts but is not vouched for (the landing page asks first)', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const nonce = startFlow();
    expect(nonce).toMatch(/^[0-9a-f]{32}$/);
    expect(isOwnFlow(nonce)).toBe(false);
  });

  it('an expiry stored as text does not count, however large', () => {
    localStorage.setItem(KEY, '{"y": "99999999999999"}');
    expect(isOwnFlow('y', 1_000)).toBe(false);
  });

  it('reads stored JSON that is not an object as no flows', () => {
    for (const junk of ['null', '42', '"x"']) {
      localStorage.setItem(KEY, junk);
      expect(isOwnFlow('x')).toBe(false);
      expect(() => startFlow()).not.toThrow();
    }
  });
});

