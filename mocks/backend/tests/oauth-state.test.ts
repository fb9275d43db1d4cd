import { describe, expect, it } from 'vitest';
import { readFlowState, signFlowState, type FlowState } from '../oauth-state.ts';
import { base64url, fromBase64url, hmacSignature, sameSignature } from '../signing.ts';

const KEY = 'a-random-jwt-key';
const FLOW: FlowState = { mode: 'session', provider: 'github', success: 'http://localhost/done', failure: 'http://localhost/sign-in?é=1' };

describe('OAuth2 state', () => {
  it('reads back what it signed (non-ASCII included), in both modes', () => {
    expect(readFlowState(KEY, signFlowState(KEY, FLOW))).toEqual(FLOW);
    const token = { ...FLOW, mode: 'token' as const };
    expect(readFlowState(KEY, signFlowState(KEY, token))).toEqual(token);
  });

  it('refuses a state signed with another key, altered, truncated, extended or junk', () => {
    const state = signFlowState(KEY, FLOW);
    const [body = '', sig = ''] = state.split('.');
    const forged = base64url(new TextEncoder().encode(JSON.stringify({ ...FLOW, success: 'https://evil.example/' })));
    for (const bad of [
      signFlowState('another-key', FLOW),
      `${forged}.${sig}`,
      `${body}.${sig.slice(0, -1)}`,
      `${body}.${sig}x`,
      `${body}.${sig}.extra`,
      `${body}.`,
      `.${sig}`,
      body,
      '',
      'junk',
    ]) {
      expect(readFlowState(KEY, bad)).toBeNull();
    }
  });

  it('is not the JWT key’s plain signature of the body (a key of its own)', () => {
    const [body = ''] = signFlowState(KEY, FLOW).split('.');
    expect(readFlowState(KEY, `${body}.${hmacSignature(KEY, body)}`)).toBeNull();
  });

  it('refuses a correctly signed body that is not a flow', () => {
    const sign = (value: unknown) => {
      const body = base64url(new TextEncoder().encode(JSON.stringify(value)));
      return `${body}.${hmacSignature(hmacSignature(KEY, 'oauth2-state'), body)}`;
    };
    expect(readFlowState(KEY, sign(FLOW))).toEqual(FLOW);
    for (const value of [null, 'text', { ...FLOW, mode: 'admin' }, { ...FLOW, provider: 1 }, { ...FLOW, success: null }, { ...FLOW, failure: undefined }]) {
      expect(readFlowState(KEY, sign(value))).toBeNull();
    }
    // A flow whose provider is not UTF-8: refused, not read with replacement characters.
    const flowBytes = new TextEncoder().encode(JSON.stringify({ ...FLOW, provider: 'PROVIDER' }));
    const at = new TextDecoder().decode(flowBytes).indexOf('PROVIDER');
    flowBytes.set([0xff, 0xfe], at);
    const binary = base64url(flowBytes);
    expect(readFlowState(KEY, `${binary}.${hmacSignature(hmacSignature(KEY, 'oauth2-state'), binary)}`)).toBeNull();
  });
});

describe('signing helpers', () => {
  it('base64url has no padding and uses - and _', () => {
    expect(base64url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
    expect(base64url('a')).toBe('YQ');
    expect(fromBase64url('-_8')).toBe(String.fromCharCode(0xfb, 0xff));
  });

  it('sameSignature is equality, including on length', () => {
    expect(sameSignature('abc', 'abc')).toBe(true);
    expect(sameSignature('abc', 'abd')).toBe(false);
    expect(sameSignature('abc', 'xbc')).toBe(false);
    expect(sameSignature('abc', 'abcd')).toBe(false);
    expect(sameSignature('', '')).toBe(true);
  });

  it('hmacSignature is HMAC-SHA256 (RFC 4231 case 2) in base64url', () => {
    expect(hmacSignature('Jefe', 'what do ya want for nothing?')).toBe(base64url(hexBytes('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843')));
  });
});

function hexBytes(hex: string): Uint8Array {
  return Uint8Array.from(hex.match(/../g) ?? [], (h) => parseInt(h, 16));
}
