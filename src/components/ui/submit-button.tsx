import { formatCountdown } from '../../lib/format-countdown.ts';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { useRetryAfter } from '../../lib/use-retry-after.ts';
import { Button, type ButtonProps } from './button.tsx';

/**
 * A form's submit button. After a rate limit (`error` with `retryAt`) it stays disabled and counts
 * down to when the server will listen again ("Try again in 41:23"); the form keeps its input.
 */
export function SubmitButton({ error, disabled, children, ...rest }: Omit<ButtonProps, 'type'> & { error?: unknown }) {
  const t = useT();
  const wait = useRetryAfter(error);
  return (
    <Button type="submit" disabled={disabled || wait > 0} {...rest}>
      {wait > 0 ? t('common.retryIn', { time: formatCountdown(wait) }) : children}
    </Button>
  );
}
