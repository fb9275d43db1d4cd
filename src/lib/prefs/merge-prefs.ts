/**
 * Merge-safe prefs (appwrite#2424: updatePrefs replaces the whole object). Only the keys the user
 * changed are written over the latest server copy; a key someone else changed meanwhile is a conflict.
 */
export type Prefs = Record<string, unknown>;

export interface PrefsChanges {
  set: Prefs;
  removed: string[];
}

export interface Conflict {
  key: string;
  /** What this device wants (undefined = remove). */
  mine: unknown;
  /** What the server has now (undefined = removed elsewhere). */
  theirs: unknown;
}

/*
 * Prefs keys are anyone's words: "__proto__", "constructor" or "toString" are keys like any other.
 * So only own enumerable properties count (`key in` would see Object.prototype, and the SDK gives its
 * responses a non-enumerable own `toString`) and writes define the property (`obj["__proto__"] = v`
 * would set the prototype instead).
 */
export function hasKey(prefs: Prefs, key: string): boolean {
  return Object.prototype.propertyIsEnumerable.call(prefs, key);
}

export function valueOf(prefs: Prefs, key: string): unknown {
  return hasKey(prefs, key) ? prefs[key] : undefined;
}

export function setKey(prefs: Prefs, key: string, value: unknown): void {
  Object.defineProperty(prefs, key, { value, enumerable: true, writable: true, configurable: true });
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function diffPrefs(base: Prefs, edited: Prefs): PrefsChanges {
  const set: Prefs = {};
  for (const [key, value] of Object.entries(edited)) if (!hasKey(base, key) || !sameValue(base[key], value)) setKey(set, key, value);
  const removed = Object.keys(base).filter((key) => !hasKey(edited, key));
  return { set, removed };
}

export function hasChanges(changes: PrefsChanges): boolean {
  return Object.keys(changes.set).length > 0 || changes.removed.length > 0;
}

/**
 * Applies `changes` (made against `base`) to `latest`. `resolutions` decides conflicts already shown
 * to the user: 'mine' writes this device's value, 'theirs' keeps the server's.
 */
export function mergePrefs(base: Prefs, changes: PrefsChanges, latest: Prefs, resolutions: Record<string, 'mine' | 'theirs'> = {}) {
  const merged: Prefs = { ...latest };
  const conflicts: Conflict[] = [];
  const apply = (key: string, mine: unknown) => {
    // A missing key reads as undefined, which no JSON value equals: adding or removing a key is a change.
    const theirsChanged = !sameValue(valueOf(base, key), valueOf(latest, key));
    const agree = mine === undefined ? !hasKey(latest, key) : hasKey(latest, key) && sameValue(latest[key], mine);
    const resolution = Object.hasOwn(resolutions, key) ? resolutions[key] : undefined;
    if (theirsChanged && !agree && resolution !== 'mine') {
      if (resolution !== 'theirs') conflicts.push({ key, mine, theirs: valueOf(latest, key) });
      return;
    }
    if (mine === undefined) Reflect.deleteProperty(merged, key);
    else setKey(merged, key, mine);
  };
  for (const [key, value] of Object.entries(changes.set)) apply(key, value);
  for (const key of changes.removed) apply(key, undefined);
  return { merged, conflicts };
}
