import { useId, useState } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { fieldClasses } from '../../components/ui/text-field.tsx';
import type { MessageKey } from '../../lib/i18n/catalog-en.ts';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import type { ValueType } from '../../lib/prefs/typed-value.ts';
import { DISPLAY_KEYS, newRow, type PrefRow } from './pref-rows.ts';
import '../../lib/i18n/en/prefs.ts';

const TYPES: ValueType[] = ['string', 'number', 'boolean', 'json'];

/** Every other preference as key / type / value rows: add, edit, remove. */
export function KvEditor({ rows, errors, onChange }: { rows: PrefRow[]; errors: Record<number, string>; onChange: (rows: PrefRow[]) => void }) {
  const t = useT();
  const id = useId();
  const [key, setKey] = useState('');
  const [keyError, setKeyError] = useState<MessageKey | null>(null);
  const update = (rowId: number, patch: Partial<PrefRow>) => onChange(rows.map((r) => (r.id === rowId ? { ...r, ...patch } : r)));
  const field = fieldClasses(false);

  return (
    <div className="flex flex-col gap-3">
      {rows.length === 0 && <p className="text-sm text-muted">{t('prefs.empty')}</p>}
      {rows.map((row) => (
        <fieldset key={row.id} className="grid grid-cols-1 gap-2 rounded-card border border-border p-3 sm:grid-cols-[minmax(0,1fr)_8rem_minmax(0,2fr)_auto] sm:items-end">
          <legend className="sr-only">{row.key}</legend>
          <div className="flex flex-col gap-1 text-sm">
              <span className="font-medium">{t('prefs.key')}</span>
              <code className="min-h-10 break-all py-2 font-mono">
                <bdi>{row.key}</bdi>
              </code>
          </div>
          <label className="flex flex-col gap-1 text-sm font-medium">
            {t('prefs.type')}
            <select className={field} value={row.type} onChange={(e) => update(row.id, { type: e.target.value as ValueType })}>
              {TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`prefs.types.${type}`)}
                </option>
              ))}
            </select>
          </label>
          <div className="flex flex-col gap-1 text-sm">
            <label className="flex flex-col gap-1 font-medium">
              {t('prefs.value')}
              {/* Values are mostly JSON, numbers and Latin text: each runs in its own direction, aligned to the page's start. */}
              <input
                dir="auto"
                className={fieldClasses(errors[row.id], 'font-mono rtl:text-right')}
                value={row.text}
                aria-invalid={errors[row.id] ? true : undefined}
                aria-describedby={errors[row.id] ? `${id}-${String(row.id)}-error` : undefined}
                onChange={(e) => update(row.id, { text: e.target.value })}
              />
            </label>
            {errors[row.id] && (
              <span id={`${id}-${String(row.id)}-error`} className="text-danger">
                {t(errors[row.id] as MessageKey)}
              </span>
            )}
          </div>
          <Button variant="ghost" aria-label={t('prefs.remove', { key: row.key })} onClick={() => onChange(rows.filter((r) => r.id !== row.id))}>
            ✕
          </Button>
        </fieldset>
      ))}
      <form
        noValidate
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          const trimmed = key.trim();
          if (!trimmed) return setKeyError('prefs.keyRequired');
          if (rows.some((r) => r.key === trimmed) || DISPLAY_KEYS.includes(trimmed)) return setKeyError('prefs.keyExists');
          onChange([...rows, newRow(trimmed)]);
          setKey('');
        }}
      >
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-new`} className="text-sm font-medium">
            {t('prefs.newKey')}
          </label>
          <input
            id={`${id}-new`}
            dir="auto"
            className={fieldClasses(keyError, 'rtl:text-right')}
            value={key}
            aria-invalid={keyError ? true : undefined}
            aria-describedby={keyError ? `${id}-new-error` : undefined}
            onChange={(e) => {
              setKey(e.target.value);
              setKeyError(null);
            }}
          />
          {keyError && (
            <span id={`${id}-new-error`} className="text-sm text-danger">
              {t(keyError)}
            </span>
          )}
        </div>
        <Button type="submit" variant="secondary">
          {t('prefs.add')}
        </Button>
      </form>
    </div>
  );
}
