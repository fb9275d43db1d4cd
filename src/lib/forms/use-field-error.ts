import type { MessageKey } from '../i18n/catalog-en.ts';
import { useT } from '../i18n/i18n-context.tsx';

/** `section.name…`: an i18n key; translated text always has spaces or punctuation. */
const MESSAGE_KEY = /^[\w-]+(\.[\w-]+)+$/;

/** Field errors hold either an i18n key (client rules) or text already translated (server errors). */
export function useFieldError() {
  const t = useT();
  return (message: string | undefined) => (message && MESSAGE_KEY.test(message) ? t(message as MessageKey) : message);
}
