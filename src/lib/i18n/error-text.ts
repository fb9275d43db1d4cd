import type { MessageKey } from './catalog-en.ts';
import type { Translate } from './i18n.ts';

/** What the UI needs of a failure (an AccountError has it): the message for its kind and the server's words. */
export interface DescribedError {
  messageKey: MessageKey;
  serverMessage: string;
}

/** A failure as the user reads it: the message for its kind, with the server's own words as detail. */
export function errorText(error: DescribedError, t: Translate): string {
  return t(error.messageKey, { detail: error.serverMessage });
}
