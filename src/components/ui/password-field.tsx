import { useState } from 'react';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { TextField, type TextFieldProps } from './text-field.tsx';

/** A text field for passwords with a show/hide toggle; keeps password managers' autocomplete. */
export function PasswordField(props: Omit<TextFieldProps, 'type' | 'trailing'>) {
  const t = useT();
  const [visible, setVisible] = useState(false);
  return (
    <TextField
      {...props}
      type={visible ? 'text' : 'password'}
      spellCheck={false}
      autoCapitalize="none"
      trailing={
        <button
          type="button"
          aria-pressed={visible}
          onClick={() => setVisible((v) => !v)}
          className="min-h-8 rounded-control px-2 text-sm font-medium text-accent hover:bg-subtle"
        >
          {visible ? t('common.hidePassword') : t('common.showPassword')}
        </button>
      }
    />
  );
}
