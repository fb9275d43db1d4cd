import type { MessageKey } from '../i18n/catalog-en.ts';
import { useT } from '../i18n/i18n-context.tsx';

/**
 * Field errors hold either an i18n key (client rules) or text already translated (server errors);
 * looking up text that is not a key returns it unchanged.
 */
export function useFieldError() {
  const t = useT();
  return (message: string | undefined) => (message ? t(message as MessageKey) : undefined);
}
