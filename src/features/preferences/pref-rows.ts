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

const TYPES: readonly string[] = ['string', 'number', 'boolean', 'json'] satisfies ValueType[];

/** What a draft keeps of the rows (their ids are this page's own). */
export function draftOfRows(rows: PrefRow[]) {
  return rows.map(({ key, type, text }) => ({ key, type, text }));
}

/** Rows back from a draft, or null when it is not one (storage is anyone's to edit). */
export function rowsFromDraft(draft: unknown): PrefRow[] | null {
  if (!Array.isArray(draft)) return null;
  const rows: PrefRow[] = [];
  for (const item of draft as unknown[]) {
    if (typeof item !== 'object' || item === null) return null;
    const { key, type, text } = item as Record<string, unknown>;
    if (typeof key !== 'string' || typeof text !== 'string' || typeof type !== 'string' || !TYPES.includes(type)) return null;
    rows.push({ id: nextId++, key, type: type as ValueType, text });
  }
  return rows;
}
