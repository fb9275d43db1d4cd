import type { UseFormRegisterReturn } from 'react-hook-form';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { PasswordField } from '../ui/password-field.tsx';
import '../../lib/i18n/en/settings.ts';

/**
 * The password Appwrite requires with an email or phone change. An account without one (guest,
 * magic link, phone) chooses its first password here instead.
 */
export function CurrentPasswordField({ hasPassword, error, registration }: { hasPassword: boolean; error: string | undefined; registration: UseFormRegisterReturn }) {
  const t = useT();
  return (
    <PasswordField
      label={hasPassword ? t('settings.currentPassword') : t('settings.choosePassword')}
      hint={hasPassword ? t('settings.currentPasswordHint') : t('settings.choosePasswordHint')}
      autoComplete={hasPassword ? 'current-password' : 'new-password'}
      error={error}
      {...registration}
    />
  );
}
