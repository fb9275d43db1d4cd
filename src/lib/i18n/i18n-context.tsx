import { createRequiredContext } from '../required-context.tsx';
import type { I18n } from './i18n.ts';

export const [I18nProvider, useI18n] = createRequiredContext<I18n>('I18nProvider');

/** The translate function of the current app instance. */
export function useT() {
  return useI18n().t;
}
