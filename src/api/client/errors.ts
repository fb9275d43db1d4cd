/**
 * One error path: whatever the SDK or fetch throws becomes an `AccountError` with the HTTP status,
 * Appwrite's error `type`, the param a 400 names, and the message key the UI shows.
 */
import { AppwriteException } from 'appwrite';
import { rateLimitWindowEnd } from '../../../contract/rate-limit-window.ts';
import type { MessageKey } from '../../lib/i18n/catalog-en.ts';

export class AccountError extends Error {
  override readonly name = 'AccountError';
  /** HTTP status; 0 when no response arrived (offline, blocked by the browser). */
  readonly status: number;
  /** Appwrite's error type, e.g. `user_invalid_credentials`; `network_failure` when offline. */
  readonly type: string;
  readonly messageKey: MessageKey;
  /** For `general_argument_invalid`: the param the server rejected, e.g. `email`. */
  readonly param: string | undefined;
  /** The server's own message (English), useful as detail. */
  readonly serverMessage: string;
  /** For a 429: when the rate-limit window ends (ms since the epoch). */
  readonly retryAt: number | undefined;

  constructor(init: { status: number; type: string; messageKey: MessageKey; serverMessage: string; param?: string; retryAt?: number; cause?: unknown }) {
    super(init.serverMessage, { cause: init.cause });
    this.status = init.status;
    this.type = init.type;
    this.messageKey = init.messageKey;
    this.param = init.param;
    this.serverMessage = init.serverMessage;
    this.retryAt = init.retryAt;
  }

  get isOffline(): boolean {
    return this.type === 'network_failure';
  }
}

const KEY_BY_TYPE: Partial<Record<string, MessageKey>> = {
  user_invalid_credentials: 'errors.invalidCredentials',
  user_invalid_token: 'errors.invalidToken',
  user_target_already_exists: 'errors.alreadyUsed',
  user_email_already_exists: 'errors.alreadyUsed',
  user_phone_already_exists: 'errors.alreadyUsed',
  password_recently_used: 'errors.passwordRecentlyUsed',
  password_personal_data: 'errors.passwordPersonalData',
  general_smtp_disabled: 'errors.smtpDisabled',
  general_phone_disabled: 'errors.phoneDisabled',
  user_already_exists: 'errors.userAlreadyExists',
  user_session_already_exists: 'errors.sessionAlreadyExists',
  general_unauthorized_scope: 'errors.unauthorized',
  user_unauthorized: 'errors.unauthorized',
  user_blocked: 'errors.blocked',
  user_auth_method_unsupported: 'errors.methodDisabled',
  general_rate_limit_exceeded: 'errors.rateLimited',
  general_argument_invalid: 'errors.invalidArgument',
  user_not_found: 'errors.notFound',
  user_session_not_found: 'errors.notFound',
};

/**
 * Adds the messages of error types that only some modules' calls meet (e.g. two-factor): registered
 * when those modules load, with their catalogue part, so the entry chunk carries neither.
 */
export function registerErrorMessages(keys: Partial<Record<string, MessageKey>>): void {
  Object.assign(KEY_BY_TYPE, keys);
}

function keyForStatus(status: number): MessageKey {
  if (status === 429) return 'errors.rateLimited';
  if (status >= 500) return 'errors.server';
  return 'errors.unknown';
}

export function toAccountError(error: unknown): AccountError {
  if (error instanceof AccountError) return error;
  if (error instanceof AppwriteException && error.code > 0) {
    const type = error.type || `http_${error.code}`;
    const param = type === 'general_argument_invalid' ? /Invalid `([^`]+)` param/.exec(error.message)?.[1] ?? /Param "([^"]+)"/.exec(error.message)?.[1] : undefined;
    return new AccountError({
      status: error.code,
      type,
      messageKey: KEY_BY_TYPE[type] ?? keyForStatus(error.code),
      serverMessage: error.message,
      param,
      retryAt: error.code === 429 ? rateLimitWindowEnd(Date.now()) : undefined,
      cause: error,
    });
  }
  // fetch() rejects with a TypeError when there is no network (or CORS blocks the response).
  if (error instanceof TypeError || (typeof navigator !== 'undefined' && !navigator.onLine)) {
    return new AccountError({ status: 0, type: 'network_failure', messageKey: 'errors.offline', serverMessage: String(error), cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new AccountError({ status: 0, type: 'unknown', messageKey: 'errors.unknown', serverMessage: message, cause: error });
}

/** Runs an SDK call and rethrows any failure as an `AccountError`. */
export async function callApi<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    throw toAccountError(error);
  }
}

export function isSignedOutError(error: unknown): boolean {
  return error instanceof AccountError && error.status === 401 && error.type === 'general_unauthorized_scope';
}

/**
 * The session exists but the account has two-factor on: until a second factor is confirmed (/mfa),
 * every call but the MFA ones and sign-out answers this.
 */
export function isSecondFactorRequired(error: unknown): boolean {
  return error instanceof AccountError && error.status === 401 && error.type === 'user_more_factors_required';
}

/** The account was deactivated (by its owner, or blocked by an administrator): every call answers this (contract #26). */
export function isBlockedError(error: unknown): boolean {
  return error instanceof AccountError && error.status === 403 && error.type === 'user_blocked';
}
