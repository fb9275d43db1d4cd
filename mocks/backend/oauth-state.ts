/**
 * The OAuth2 `state` the mock provider carries from the start route to the callback. Appwrite checks
 * the URLs in it against the platforms again at the callback; the mock also signs it (HMAC with a key
 * derived from this state's random JWT key), so a state nobody issued is refused before it is read.
 */
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { base64url, fromBase64url, hmacSignature, sameSignature } from './signing.ts';

export interface FlowState {
  mode: 'session' | 'token';
  provider: string;
  success: string;
  failure: string;
}

/** A key of its own, so no other signature made with the JWT key can pass for a state's. */
function stateKey(jwtKey: string): string {
  return hmacSignature(jwtKey, 'oauth2-state');
}

export function signFlowState(jwtKey: string, flow: FlowState): string {
  const body = base64url(utf8ToBytes(JSON.stringify(flow)));
  return `${body}.${hmacSignature(stateKey(jwtKey), body)}`;
}

function isFlowState(value: unknown): value is FlowState {
  // Object() reads null or a primitive as an object without these fields.
  const v = Object(value) as Record<string, unknown>;
  return (v.mode === 'session' || v.mode === 'token') && [v.provider, v.success, v.failure].every((s) => typeof s === 'string');
}

/** The flow, or null when the state is not one this backend signed (forged, altered, truncated, junk). */
export function readFlowState(jwtKey: string, state: string): FlowState | null {
  const [body, sig, extra] = state.split('.');
  if (!body || !sig || extra !== undefined || !sameSignature(hmacSignature(stateKey(jwtKey), body), sig)) return null;
  let parsed: unknown;
  try {
    const binary = fromBase64url(body);
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
  } catch {
    // Not base64url, not UTF-8 or not JSON: `parsed` stays undefined, which is no flow.
  }
  return isFlowState(parsed) ? parsed : null;
}
