import { describe, expect, it } from 'vitest';
import { diffPrefs, hasChanges, mergePrefs, setKey } from './merge-prefs.ts';
import { parseTyped, toText, typeOf } from './typed-value.ts';

describe('merge-safe prefs', () => {
  const base = { theme: 'light', locale: 'en', tags: ['a'] };

  it('writes only my changes over the latest copy, keeping keys other devices added', () => {
    const changes = diffPrefs(base, { theme: 'dark', locale: 'en' }); // theme changed, tags removed
    expect(changes).toEqual({ set: { theme: 'dark' }, removed: ['tags'] });
    const latest = { ...base, timezone: 'Europe/Berlin' };
    expect(mergePrefs(base, changes, latest)).toEqual({ merged: { theme: 'dark', locale: 'en', timezone: 'Europe/Berlin' }, conflicts: [] });
  });

  it('reports a conflict when another device changed a key I also changed, and honours the choice', () => {
    const changes = diffPrefs(base, { ...base, theme: 'dark' });
    const latest = { ...base, theme: 'system' };
    expect(mergePrefs(base, changes, latest).conflicts).toEqual([{ key: 'theme', mine: 'dark', theirs: 'system' }]);
    expect(mergePrefs(base, changes, latest, { theme: 'mine' }).merged.theme).toBe('dark');
    expect(mergePrefs(base, changes, latest, { theme: 'theirs' })).toEqual({ merged: latest, conflicts: [] });
  });

  it('is no conflict when both devices made the same change', () => {
    const changes = diffPrefs(base, { ...base, theme: 'dark' });
    expect(mergePrefs(base, changes, { ...base, theme: 'dark' }).conflicts).toEqual([]);
  });

  it('a key I removed but another device changed is a conflict; removed on both sides is not', () => {
    const changes = diffPrefs(base, { theme: 'light', locale: 'en' });
    expect(mergePrefs(base, changes, { ...base, tags: ['a', 'b'] }).conflicts).toEqual([{ key: 'tags', mine: undefined, theirs: ['a', 'b'] }]);
    expect(mergePrefs(base, changes, { theme: 'light', locale: 'en' }).conflicts).toEqual([]);
  });
});

describe('typed values', () => {
  it('keeps types and rejects text that is not of the chosen type', () => {
    expect(typeOf(3)).toBe('number');
    expect(typeOf({ a: 1 })).toBe('json');
    expect(parseTyped('number', '4.5')).toEqual({ value: 4.5 });
    expect(parseTyped('number', 'four')).toEqual({ error: 'prefs.errors.number' });
    expect(parseTyped('boolean', 'false')).toEqual({ value: false });
    expect(parseTyped('boolean', 'no')).toEqual({ error: 'prefs.errors.boolean' });
    expect(parseTyped('json', '{"a":[1]}')).toEqual({ value: { a: [1] } });
    expect(parseTyped('json', '{a:1}')).toEqual({ error: 'prefs.errors.json' });
    expect(parseTyped('string', '42')).toEqual({ value: '42' });
  });

  it('treats __proto__, constructor and toString as keys, never as Object.prototype', () => {
    const latest = JSON.parse('{"theme":"light","__proto__":"theirs"}') as Record<string, unknown>;
    const edited = JSON.parse('{"theme":"light","__proto__":"theirs","constructor":1,"toString":"x"}') as Record<string, unknown>;
    const changes = diffPrefs(latest, edited);
    expect(Object.keys(changes.set)).toEqual(['constructor', 'toString']);
    const { merged, conflicts } = mergePrefs(latest, changes, latest);
    expect(conflicts).toEqual([]);
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(merged))).toEqual(edited);
    // Removing a key that only exists on Object.prototype is no change at all.
    expect(diffPrefs({ a: 1 }, { a: 1 }).removed).toEqual([]);
    expect(mergePrefs({}, { set: {}, removed: ['constructor'] }, {}).merged).toEqual({});
  });
});

describe('what counts as a change', () => {
  it('an edit that only removes a key is a change; an edit that changes nothing is not', () => {
    expect(hasChanges(diffPrefs({ a: 1, b: 2 }, { a: 1 }))).toBe(true);
    expect(hasChanges(diffPrefs({ a: 1 }, { a: 2 }))).toBe(true);
    expect(hasChanges(diffPrefs({ a: 1 }, { a: 1, b: 2 }))).toBe(true);
    expect(hasChanges(diffPrefs({ a: 1, n: { x: [1] } }, { a: 1, n: { x: [1] } }))).toBe(false);
  });

  it('compares values by content and by type: 1 is not "1", null is a value', () => {
    expect(diffPrefs({ a: 1 }, { a: '1' }).set).toEqual({ a: '1' });
    expect(diffPrefs({ a: null }, { a: null }).set).toEqual({});
    expect(diffPrefs({}, { a: null }).set).toEqual({ a: null });
  });

  it('another device adding a key I also added with another value is a conflict; the same value is not', () => {
    const changes = diffPrefs({}, { theme: 'dark' });
    expect(mergePrefs({}, changes, { theme: 'light' }).conflicts).toEqual([{ key: 'theme', mine: 'dark', theirs: 'light' }]);
    expect(mergePrefs({}, changes, { theme: 'dark' })).toEqual({ merged: { theme: 'dark' }, conflicts: [] });
  });

  it('another device removing a key I changed is a conflict (theirs: removed); choosing mine writes it back', () => {
    const base = { theme: 'light', locale: 'en' };
    const changes = diffPrefs(base, { theme: 'dark', locale: 'en' });
    expect(mergePrefs(base, changes, { locale: 'en' }).conflicts).toEqual([{ key: 'theme', mine: 'dark', theirs: undefined }]);
    expect(mergePrefs(base, changes, { locale: 'en' }, { theme: 'mine' }).merged).toEqual({ locale: 'en', theme: 'dark' });
    expect(Object.keys(mergePrefs(base, changes, { locale: 'en' }, { theme: 'theirs' }).merged)).toEqual(['locale']);
  });

  it('removing a key nobody else changed applies, and a leftover resolution for it changes nothing', () => {
    const base = { theme: 'light' };
    const changes = diffPrefs(base, {});
    for (const resolutions of [{}, { theme: 'theirs' }] as Record<string, 'mine' | 'theirs'>[]) {
      const { merged, conflicts } = mergePrefs(base, changes, { theme: 'light', locale: 'en' }, resolutions);
      expect(Object.keys(merged)).toEqual(['locale']);
      expect(conflicts).toEqual([]);
    }
  });

  it('a resolution for one key does not decide another', () => {
    const base = { a: 1, b: 1 };
    const changes = diffPrefs(base, { a: 2, b: 2 });
    const { merged, conflicts } = mergePrefs(base, changes, { a: 3, b: 3 }, { a: 'mine' });
    expect(merged).toEqual({ a: 2, b: 3 });
    expect(conflicts).toEqual([{ key: 'b', mine: 2, theirs: 3 }]);
  });
});

describe('typed values: every type', () => {
  it('names the type of each JSON value', () => {
    expect(['s', 1, true, null, [1], {}].map(typeOf)).toEqual(['string', 'number', 'boolean', 'json', 'json', 'json']);
  });

  it('shows strings as they are and everything else as JSON', () => {
    expect(toText('a "b"')).toBe('a "b"');
    expect(toText(12)).toBe('12');
    expect(toText(false)).toBe('false');
    expect(toText({ a: [1] })).toBe('{"a":[1]}');
  });

  it('refuses empty or blank numbers and infinities, accepts zero and exponents', () => {
    expect(parseTyped('number', '')).toEqual({ error: 'prefs.errors.number' });
    expect(parseTyped('number', '   ')).toEqual({ error: 'prefs.errors.number' });
    expect(parseTyped('number', 'Infinity')).toEqual({ error: 'prefs.errors.number' });
    expect(parseTyped('number', '0')).toEqual({ value: 0 });
    expect(parseTyped('number', '1e3')).toEqual({ value: 1000 });
  });

  it('reads only the words true and false as booleans', () => {
    expect(parseTyped('boolean', 'true')).toEqual({ value: true });
    expect(parseTyped('boolean', 'True')).toEqual({ error: 'prefs.errors.boolean' });
    expect(parseTyped('json', 'null')).toEqual({ value: null });
  });
});

describe('setKey', () => {
  it('makes a key that can be changed and removed later, like any other', () => {
    const prefs: Record<string, unknown> = {};
    setKey(prefs, 'theme', 'dark');
    prefs.theme = 'light';
    expect(prefs).toEqual({ theme: 'light' });
    expect(Reflect.deleteProperty(prefs, 'theme')).toBe(true);
    expect(Object.keys(prefs)).toEqual([]);
  });
});

