import type { FieldErrors } from 'react-hook-form';
import { Alert } from '../../components/ui/alert.tsx';

/** The form-level server error (`root.server`), if any. */
export function FormError({ errors }: { errors: FieldErrors }) {
  const message = errors.root?.server?.message;
  return message ? <Alert tone="danger">{message}</Alert> : null;
}
