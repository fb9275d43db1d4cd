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

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function diffPrefs(base: Prefs, edited: Prefs): PrefsChanges {
  const set: Prefs = {};
  for (const [key, value] of Object.entries(edited)) if (!(key in base) || !sameValue(base[key], value)) set[key] = value;
  const removed = Object.keys(base).filter((key) => !(key in edited));
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
    const theirsChanged = !sameValue(base[key], latest[key]) || key in base !== key in latest;
    const agree = mine === undefined ? !(key in latest) : key in latest && sameValue(latest[key], mine);
    if (theirsChanged && !agree && resolutions[key] !== 'mine') {
      if (resolutions[key] !== 'theirs') conflicts.push({ key, mine, theirs: latest[key] });
      return;
    }
    if (mine === undefined) Reflect.deleteProperty(merged, key);
    else merged[key] = mine;
  };
  for (const [key, value] of Object.entries(changes.set)) apply(key, value);
  for (const key of changes.removed) apply(key, undefined);
  return { merged, conflicts };
}
