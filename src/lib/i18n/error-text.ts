import type { MessageKey } from './catalog-en.ts';
import type { Translate } from './i18n.ts';

/** What the UI needs of a failure (an AccountError has it): the message for its kind and the server's words. */
export interface DescribedError {
  messageKey: MessageKey;
  serverMessage: string;
  /** A rate limit: when trying again can work (ms since the epoch). */
  retryAt?: number | undefined;
}

/** A failure as the user reads it: the message for its kind, with the server's own words as detail. */
export function errorText(error: DescribedError, t: Translate, now: number = Date.now()): string {
  if (error.retryAt !== undefined && error.retryAt > now) {
    return t('errors.rateLimitedFor', { minutes: String(Math.max(1, Math.ceil((error.retryAt - now) / 60_000))) });
  }
  return t(error.messageKey, { detail: error.serverMessage });
}
