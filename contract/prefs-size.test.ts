import { describe, expect, it } from 'vitest';
import { PREFS_MAX_BYTES, prefsSize } from './prefs-size.ts';

describe('prefs size', () => {
  it('is limited to 65 535 bytes, as Appwrite’s Assoc validator', () => {
    expect(PREFS_MAX_BYTES).toBe(65_535);
  });

  it('counts like PHP json_encode and knows the 65 535-byte boundary', () => {
    expect(prefsSize({ a: 'é' })).toBe('{"a":"\\u00e9"}'.length);
    expect(prefsSize({ u: 'a/b' })).toBe('{"u":"a\\/b"}'.length);
    // {"k":"…"} is 8 bytes around the value.
    expect(prefsSize({ k: 'x'.repeat(65_527) })).toBe(65_535);
    expect(prefsSize({ k: 'x'.repeat(65_528) })).toBe(65_536);
  });

  it('counts DEL (U+007F) and other ASCII as one byte, and the first non-ASCII character as an escape', () => {
    expect(prefsSize({ d: '\u007f' })).toBe('{"d":"\u007f"}'.length);
    expect(prefsSize({ d: '~' })).toBe(9);
    expect(prefsSize({ d: '\u0080' })).toBe('{"d":"\\u0080"}'.length);
  });

  it('counts each UTF-16 unit of a non-ASCII character as one escape (an emoji is two)', () => {
    expect(prefsSize({ e: '😀' })).toBe('{"e":"\\ud83d\\ude00"}'.length);
  });

  it('escapes every slash, in keys as well as values', () => {
    expect(prefsSize({ 'a/b': '//' })).toBe('{"a\\/b":"\\/\\/"}'.length);
  });
});
