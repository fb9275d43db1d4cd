/** One-time secrets in isolation: their shape and lifetime per kind, and what consuming one accepts. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Context } from '../context.ts';
import { seedState } from '../seed.ts';
import type { TokenKind } from '../state.ts';
import { consumeToken, issueToken, tokenLink, tokenModel } from '../tokens.ts';
import { createUser } from '../users.ts';

const NOW = Date.UTC(2026, 10, 29, 12, 0, 0);
const MINUTE = 60_000;

afterEach(() => {
  vi.restoreAllMocks();
});

function setup() {
  const state = seedState('empty', NOW);
  const ctx = { state, now: NOW } as Context;
  const grace = createUser(state, NOW, { userId: 'grace', email: 'grace@example.com' });
  const ada = createUser(state, NOW, { userId: 'ada', email: 'ada@example.com' });
  return { ctx, grace, ada };
}

describe('issueToken', () => {
  it.each<[TokenKind, RegExp, number]>([
    ['magic-url', /^[0-9a-f]{64}$/, 60 * MINUTE],
    ['email-otp', /^\d{6}$/, 15 * MINUTE],
    ['phone-otp', /^\d{6}$/, 15 * MINUTE],
    ['oauth2', /^[0-9a-f]{64}$/, MINUTE],
    ['recovery', /^[0-9a-f]{256}$/, 60 * MINUTE],
    ['recovery-otp', /^\d{6}$/, 15 * MINUTE],
    ['verification', /^[0-9a-f]{256}$/, 60 * MINUTE],
    ['verification-otp', /^\d{6}$/, 15 * MINUTE],
    ['phone-verification', /^\d{6}$/, 60 * MINUTE],
  ])('%s: a secret like %s that lives %i ms, stored only as its hash', (kind, shape, lifetime) => {
    const { ctx, grace } = setup();
    const { token, secret } = issueToken(ctx, grace, kind);
    expect(secret).toMatch(shape);
    expect(token).toMatchObject({ kind, userId: 'grace', createdAt: NOW, expire: NOW + lifetime, phrase: '' });
    expect(Object.values(token)).not.toContain(secret);
    expect(token.secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(ctx.state.tokens).toContain(token);
  });

  it('adds a two-word security phrase when asked, picked from two lists of at least ten words, and keeps the provider of an OAuth2 grant', () => {
    const { ctx, grace } = setup();
    const phrases = new Set<string>();
    for (let i = 0; i < 10; i++) {
      vi.spyOn(Math, 'random').mockReturnValue((i + 0.5) / 10);
      const { token } = issueToken(ctx, grace, 'magic-url', { phrase: true });
      expect(token.phrase).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
      phrases.add(token.phrase);
    }
    expect(phrases.size).toBe(10);
    expect(issueToken(ctx, grace, 'oauth2', { provider: 'github' }).token.provider).toBe('github');
  });
});

describe('consumeToken', () => {
  it('accepts a token up to its expiry to the millisecond, not after', () => {
    const { ctx, grace } = setup();
    const { token, secret } = issueToken(ctx, grace, 'email-otp');
    expect(consumeToken({ ...ctx, now: token.expire }, 'grace', secret, ['email-otp'])).toBe(token);
    const late = issueToken(ctx, grace, 'email-otp');
    expect(() => consumeToken({ ...ctx, now: late.token.expire + 1 }, 'grace', late.secret, ['email-otp'])).toThrow(
      expect.objectContaining({ type: 'user_invalid_token' }),
    );
  });

  it('is single use, and deletes only the token it used', () => {
    const { ctx, grace } = setup();
    const first = issueToken(ctx, grace, 'magic-url');
    const second = issueToken(ctx, grace, 'magic-url');
    consumeToken(ctx, 'grace', first.secret, ['magic-url']);
    expect(ctx.state.tokens).toEqual([second.token]);
    expect(() => consumeToken(ctx, 'grace', first.secret, ['magic-url'])).toThrow(expect.objectContaining({ type: 'user_invalid_token' }));
  });

  it('refuses another user’s token, another kind of token and a wrong secret, and keeps them', () => {
    const { ctx, grace } = setup();
    const { secret } = issueToken(ctx, grace, 'recovery');
    for (const [userId, value, kinds] of [
      ['ada', secret, ['recovery']],
      ['grace', secret, ['verification']],
      ['grace', `${secret.slice(0, -1)}${secret.endsWith('0') ? '1' : '0'}`, ['recovery']],
    ] as const) {
      expect(() => consumeToken(ctx, userId, value, [...kinds])).toThrow(expect.objectContaining({ type: 'user_invalid_token' }));
    }
    expect(ctx.state.tokens).toHaveLength(1);
    expect(consumeToken(ctx, 'grace', secret, ['verification', 'recovery']).kind).toBe('recovery');
  });
});

describe('what a token looks like from outside', () => {
  it('the model never carries the secret, and dates are Appwrite’s', () => {
    const { ctx, grace } = setup();
    const { token } = issueToken(ctx, grace, 'magic-url', { phrase: true });
    expect(tokenModel(token)).toEqual({
      $id: token.$id,
      $createdAt: '2026-11-29T12:00:00.000+00:00',
      userId: 'grace',
      secret: '',
      expire: '2026-11-29T13:00:00.000+00:00',
      phrase: token.phrase,
    });
  });

  it('the link carries userId, secret, expire and the extras, keeping the URL’s own params', () => {
    const { ctx, grace } = setup();
    const { token, secret } = issueToken(ctx, grace, 'recovery');
    const link = new URL(tokenLink('http://localhost:5173/recover?flow=abc', token, secret, { project: 'p1' }));
    expect(Object.fromEntries(link.searchParams)).toEqual({
      flow: 'abc',
      userId: 'grace',
      secret,
      expire: '2026-11-29T13:00:00.000+00:00',
      project: 'p1',
    });
    expect(link.origin + link.pathname).toBe('http://localhost:5173/recover');
  });
});
