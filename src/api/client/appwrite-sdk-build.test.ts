/**
 * build/plugins/tree-shakeable-sdk.ts rewrites parts of the SDK so unused parts tree-shake (enums as
 * object literals, Query/Operator in pure wrappers). Vitest runs the SDK through the same plugins:
 * the values must be exactly the SDK's.
 */
import { AuthenticationFactor, AuthenticatorType, Flag, OAuthProvider, Operator, Query, Timezone } from 'appwrite';
import { describe, expect, it } from 'vitest';

describe('the tree-shakeable SDK build', () => {
  it('keeps every enum key and value', () => {
    expect(OAuthProvider.Github).toBe('github');
    expect(AuthenticatorType.Totp).toBe('totp');
    expect(AuthenticationFactor).toEqual({ Email: 'email', Phone: 'phone', Totp: 'totp', Recoverycode: 'recoverycode', Custom: 'custom' });
    expect(Flag.Afghanistan).toBe('af');
    expect(Object.keys(Flag).length).toBeGreaterThan(190);
    expect(Timezone.AmericaNewYork).toBe('america/new_york');
  });

  it('keeps the Query and Operator builders working', () => {
    expect(JSON.parse(Query.limit(5))).toEqual({ method: 'limit', values: [5] });
    expect(JSON.parse(Query.or([Query.equal('a', 1), Query.isNull('b')]))).toMatchObject({ method: 'or' });
    expect(JSON.parse(Operator.increment(2))).toMatchObject({ method: 'increment', values: [2] });
  });
});
