import { describe, expect, it } from 'vitest';
import type { SignInMethod } from '../../config/runtime-config.ts';
import { unlinkBlocker } from './sign-in-ways.ts';

const ALL: SignInMethod[] = ['emailPassword', 'magicUrl', 'emailCode', 'phoneCode', 'anonymous'];
const github = { $id: 'github-1' };
const bare = { email: 'octo@example.com', emailVerification: false, phone: '', phoneVerification: false, passwordUpdate: '' };

describe('unlinking a sign-in account', () => {
  it('is refused for the only way in, and says what to add first', () => {
    expect(unlinkBlocker(github, { account: bare, identities: [github], methods: ALL })).toBe('password');
    expect(unlinkBlocker(github, { account: bare, identities: [github], methods: ['magicUrl'] })).toBe('email');
    expect(unlinkBlocker(github, { account: bare, identities: [github], methods: ['phoneCode'] })).toBe('phone');
    expect(unlinkBlocker(github, { account: bare, identities: [github], methods: ['anonymous'] })).toBe('link');
  });

  it('is allowed with a password, a verified email or phone, or another linked account', () => {
    expect(unlinkBlocker(github, { account: { ...bare, passwordUpdate: '2026-01-01T00:00:00.000+00:00' }, identities: [github], methods: ALL })).toBeNull();
    expect(unlinkBlocker(github, { account: { ...bare, emailVerification: true }, identities: [github], methods: ALL })).toBeNull();
    expect(unlinkBlocker(github, { account: { ...bare, phone: '+14155550123', phoneVerification: true }, identities: [github], methods: ALL })).toBeNull();
    expect(unlinkBlocker(github, { account: bare, identities: [github, { $id: 'google-1' }], methods: ALL })).toBeNull();
  });

  it('counts a way only if this app offers it, and only when it really works', () => {
    const password = { ...bare, passwordUpdate: '2026-01-01T00:00:00.000+00:00' };
    expect(unlinkBlocker(github, { account: password, identities: [github], methods: ['magicUrl'] })).toBe('email');
    expect(unlinkBlocker(github, { account: { ...bare, emailVerification: true }, identities: [github], methods: ['emailPassword'] })).toBe('password');
    // An unverified phone does not count for text-message sign-in.
    expect(unlinkBlocker(github, { account: { ...bare, phone: '+14155550123' }, identities: [github], methods: ['phoneCode'] })).toBe('phone');
  });
});
