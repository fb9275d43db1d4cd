import { describe, expect, it } from 'vitest';
import { PREFS_MAX_BYTES, prefsSize } from './prefs-size.ts';

describe('prefs size', () => {
  it('counts like PHP json_encode and knows the 65 535-byte boundary', () => {
    expect(prefsSize({ a: 'é' })).toBe('{"a":"\\u00e9"}'.length);
    expect(prefsSize({ u: 'a/b' })).toBe('{"u":"a\\/b"}'.length);
    const overhead = prefsSize({ k: '' });
    expect(prefsSize({ k: 'x'.repeat(PREFS_MAX_BYTES - overhead) })).toBe(PREFS_MAX_BYTES);
    expect(prefsSize({ k: 'x'.repeat(PREFS_MAX_BYTES - overhead + 1) })).toBe(PREFS_MAX_BYTES + 1);
  });

  it('counts each UTF-16 unit of a non-ASCII character as one escape (an emoji is two)', () => {
    expect(prefsSize({ e: '😀' })).toBe('{"e":"\\ud83d\\ude00"}'.length);
  });
});
