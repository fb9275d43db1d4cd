import { describe, expect, it } from 'vitest';
import { diffPrefs, mergePrefs } from './merge-prefs.ts';
import { parseTyped, typeOf } from './typed-value.ts';

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
