import { describe, expect, it } from 'vitest';
import { allowedOrigins, parentOrigin, readEmbedOrigins, readHostMessage } from './frame-messages.ts';

describe('messages from the host page', () => {
  it('reads each known message of the right shape', () => {
    expect(readHostMessage({ type: 'account-settings:theme', theme: 'dark' })).toEqual({ type: 'account-settings:theme', theme: 'dark' });
    expect(readHostMessage({ type: 'account-settings:locale', locale: 'ar' })).toEqual({ type: 'account-settings:locale', locale: 'ar' });
    expect(readHostMessage({ type: 'account-settings:navigate', section: 'sessions', extra: 1 })).toEqual({ type: 'account-settings:navigate', section: 'sessions' });
    expect(readHostMessage({ type: 'account-settings:sign-out' })).toEqual({ type: 'account-settings:sign-out' });
    expect(readHostMessage({ type: 'account-settings:jwt', jwt: 'eyJ.eyJ.sig' })).toEqual({ type: 'account-settings:jwt', jwt: 'eyJ.eyJ.sig' });
  });

  it('ignores anything else', () => {
    for (const data of [
      null,
      'account-settings:sign-out',
      ['account-settings:theme'],
      { type: 'account-settings:theme', theme: 'blue' },
      { type: 'account-settings:theme' },
      { type: 'account-settings:locale', locale: 'it' },
      { type: 'account-settings:navigate', section: '../sign-in' },
      { type: 'account-settings:navigate', section: 'https://evil.example/' },
      { type: 'account-settings:jwt', jwt: '<img src=x onerror=alert(1)>' },
      { type: 'account-settings:jwt', jwt: `a.b.${'c'.repeat(5000)}` },
      { type: 'account-settings:resize', height: 10 },
      { type: 'something-else' },
    ]) {
      expect(readHostMessage(data), JSON.stringify(data)).toBeNull();
    }
  });
});

describe('who the frame talks to', () => {
  it('takes the runtime config’s origins exactly, and nothing that is not an origin', () => {
    const origins = ['https://app.example.com', 'http://localhost:5173', 'self'];
    expect(readEmbedOrigins(origins)).toEqual(origins);
    expect(readEmbedOrigins([])).toEqual([]);
    for (const bad of [['https://app.example.com/'], ['https://app.example.com/path'], ['https://App.example.com'], ['https://app.example.com:443'], ['*'], ['app.example.com'], ['javascript:alert(1)'], 'https://app.example.com', [42], undefined]) {
      expect(() => readEmbedOrigins(bad), JSON.stringify(bad)).toThrow(/"embedOrigins" must be a list of origins/);
    }
  });

  const allowed = allowedOrigins(['https://app.example.com', 'self'], 'https://account.example.com');

  it('resolves "self" to the frame’s own origin', () => {
    expect([...allowed]).toEqual(['https://app.example.com', 'https://account.example.com']);
  });

  it('talks to a listed parent only, known from ancestorOrigins or else the referrer', () => {
    expect(parentOrigin(allowed, ['https://app.example.com'], '')).toBe('https://app.example.com');
    expect(parentOrigin(allowed, undefined, 'https://app.example.com/settings?x=1')).toBe('https://app.example.com');
    expect(parentOrigin(allowed, ['https://evil.example'], 'https://app.example.com/')).toBeNull();
    // An allowed page framed by another one: every page up the chain must be allowed.
    expect(parentOrigin(allowed, ['https://app.example.com', 'https://evil.example'], '')).toBeNull();
    expect(parentOrigin(allowed, ['https://app.example.com', 'https://account.example.com'], '')).toBe('https://app.example.com');
    expect(parentOrigin(allowed, undefined, 'https://app.example.com.evil.example/')).toBeNull();
    expect(parentOrigin(allowed, undefined, '')).toBeNull();
    expect(parentOrigin(allowed, undefined, 'not a url')).toBeNull();
  });
});
