import { useId, useState } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { fieldClasses } from '../../components/ui/text-field.tsx';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import type { Prefs } from '../../lib/prefs/merge-prefs.ts';
import '../../lib/i18n/en/prefs.ts';

/** All prefs as JSON; "Apply" replaces the editor's draft after checking it is a JSON object. */
export function RawJson({ value, onApply }: { value: Prefs; onApply: (prefs: Prefs) => void }) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = text ?? JSON.stringify(value, null, 2);
  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={id} className="text-sm font-medium">
        {t('prefs.raw')}
      </label>
      <p id={`${id}-hint`} className="text-sm text-muted">
        {t('prefs.rawHint')}
      </p>
      <textarea
        id={id}
        rows={8}
        spellCheck={false}
        dir="ltr"
        className={fieldClasses(error, 'font-mono')}
        value={shown}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
        onChange={(e) => {
          setText(e.target.value);
          setError(null);
        }}
      />
      {error && (
        <p id={`${id}-error`} className="text-sm text-danger">
          {error}
        </p>
      )}
      <div>
        <Button
          variant="secondary"
          disabled={text === null}
          onClick={() => {
            try {
              const parsed: unknown = JSON.parse(shown);
              if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('{ … }');
              onApply(parsed as Prefs);
              setText(null);
            } catch (failure) {
              setError(t('prefs.rawInvalid', { detail: failure instanceof Error ? failure.message : String(failure) }));
            }
          }}
        >
          {t('prefs.rawApply')}
        </Button>
      </div>
    </div>
  );
}
