import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearCooldowns, COOLDOWN_PREFIX } from './cooldown-storage.ts';
import { COOLDOWN_EVENT, readUntil, startCooldown, storageKey } from './start-cooldown.ts';

describe('cooldown storage', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => vi.restoreAllMocks());

  it('keys a cooldown by a salted hash: stable in this browser, never the address itself', () => {
    const key = storageKey('recovery:grace@example.com');
    expect(key.startsWith(COOLDOWN_PREFIX)).toBe(true);
    expect(key).not.toContain('grace');
    expect(storageKey('recovery:grace@example.com')).toBe(key);
    expect(storageKey('recovery:ada@example.com')).not.toBe(key);
    expect(storageKey('verification:grace@example.com')).not.toBe(key);
    expect(localStorage.getItem('account-dashboard:cooldown-salt')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('keys stay the same from one version to the next, so a deploy keeps running cooldowns', () => {
    localStorage.setItem('account-dashboard:cooldown-salt', 'fixed-salt');
    // cyrb53 of "fixed-salt:recovery:grace@example.com" in base 36 (the same function gives the published 7929297801672961 for "a").
    expect(storageKey('recovery:grace@example.com')).toBe('account-dashboard:cooldown:g49c6lvcb0');
  });

  it('makes a salt of 32 hex digits, small bytes padded', () => {
    vi.spyOn(crypto, 'getRandomValues').mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
      if (array instanceof Uint8Array) array.forEach((_, i) => (array[i] = i));
      return array;
    });
    storageKey('x');
    expect(localStorage.getItem('account-dashboard:cooldown-salt')).toBe('000102030405060708090a0b0c0d0e0f');
  });

  it('another browser (another salt) keys the same address differently', () => {
    const here = storageKey('recovery:grace@example.com');
    localStorage.setItem('account-dashboard:cooldown-salt', 'another-browser');
    expect(storageKey('recovery:grace@example.com')).not.toBe(here);
  });

  it('starts a cooldown of 60 s by default (or as asked) and tells the components showing it', () => {
    vi.spyOn(Date, 'now').mockReturnValue(1_000_000);
    const heard: string[] = [];
    const listener = (event: Event) => heard.push((event as CustomEvent<string>).detail);
    window.addEventListener(COOLDOWN_EVENT, listener);
    startCooldown('phone:+14155550123');
    startCooldown('email:a@example.com', 30);
    window.removeEventListener(COOLDOWN_EVENT, listener);
    expect(readUntil('phone:+14155550123')).toBe(1_060_000);
    expect(readUntil('email:a@example.com')).toBe(1_030_000);
    expect(heard).toEqual(['phone:+14155550123', 'email:a@example.com']);
  });

  it('reads no cooldown (0) when there is none or storage holds junk', () => {
    expect(readUntil('nothing')).toBe(0);
    localStorage.setItem(storageKey('junk'), 'soon');
    expect(readUntil('junk')).toBe(0);
  });

  it('clearing forgets every cooldown and nothing else', () => {
    startCooldown('a');
    startCooldown('b');
    localStorage.setItem('theme', 'dark');
    clearCooldowns();
    expect(readUntil('a')).toBe(0);
    expect(readUntil('b')).toBe(0);
    expect(localStorage.getItem('theme')).toBe('dark');
    expect(Object.keys(localStorage).filter((k) => k.startsWith(COOLDOWN_PREFIX))).toEqual([]);
  });
});
