/** Prefs values keep their JSON type in the editor: string, number, boolean or any other JSON. */
import '../i18n/en/prefs.ts';
export type ValueType = 'string' | 'number' | 'boolean' | 'json';

export function typeOf(value: unknown): ValueType {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'json';
}

export function toText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Parses editor text as `type`; `error` is an i18n key when the text is not a valid value of that type. */
export function parseTyped(type: ValueType, text: string): { value: unknown } | { error: 'prefs.errors.number' | 'prefs.errors.boolean' | 'prefs.errors.json' } {
  if (type === 'string') return { value: text };
  if (type === 'number') {
    const n = Number(text);
    return text.trim() !== '' && Number.isFinite(n) ? { value: n } : { error: 'prefs.errors.number' };
  }
  if (type === 'boolean') return text === 'true' || text === 'false' ? { value: text === 'true' } : { error: 'prefs.errors.boolean' };
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return { error: 'prefs.errors.json' };
  }
}
