import { errorText, type AccountError } from '../../api/client/errors.ts';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { Alert } from './alert.tsx';

/** A failed request, in words the user can act on; nothing when there is no error. */
export function ErrorAlert({ error, className }: { error: AccountError | null | undefined; className?: string }) {
  const t = useT();
  if (!error) return null;
  return (
    <Alert tone="danger" className={className}>
      {errorText(error, t)}
    </Alert>
  );
}
