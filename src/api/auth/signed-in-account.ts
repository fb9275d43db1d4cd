import type { Account as Sdk } from 'appwrite';
import type { Account } from '../account/account-cache.ts';
import { callApi, isSecondFactorRequired } from '../client/errors.ts';

/**
 * The account once a session exists, or `null` when the account has two-factor on and this session
 * still needs its second step: the caller continues as usual and the guards go to /mfa. (A password,
 * magic link, email or phone code gives one factor; an OAuth2 session starts with two, `email` and
 * `oauth2`, so it never waits.) `onSecondStep` runs then, e.g. to note which factor was used.
 */
export async function accountAfterSignIn(account: Sdk, onSecondStep?: () => void): Promise<Account | null> {
  try {
    return await callApi(() => account.get());
  } catch (error) {
    if (!isSecondFactorRequired(error)) throw error;
    onSecondStep?.();
    return null;
  }
}
