import { setKey, type Prefs } from '../../lib/prefs/merge-prefs.ts';
import { parseTyped, toText, typeOf, type ValueType } from '../../lib/prefs/typed-value.ts';

/** Keys edited by the typed controls; the key/value editor shows every other key. */
export const DISPLAY_KEYS = ['theme', 'locale', 'timezone'];

export interface PrefRow {
  id: number;
  key: string;
  type: ValueType;
  text: string;
}

let nextId = 1;

export function rowsFrom(prefs: Prefs): PrefRow[] {
  return Object.entries(prefs)
    .filter(([key]) => !DISPLAY_KEYS.includes(key))
    .map(([key, value]) => ({ id: nextId++, key, type: typeOf(value), text: toText(value) }));
}

export function newRow(key: string): PrefRow {
  return { id: nextId++, key, type: 'string', text: '' };
}

/** The rows as prefs, or the first row whose text is not a value of its type. */
export function rowsToPrefs(rows: PrefRow[]): { prefs: Prefs; errors: Record<number, string> } {
  const prefs: Prefs = {};
  const errors: Record<number, string> = {};
  for (const row of rows) {
    const parsed = parseTyped(row.type, row.text);
    if ('error' in parsed) errors[row.id] = parsed.error;
    else setKey(prefs, row.key, parsed.value);
  }
  return { prefs, errors };
}
