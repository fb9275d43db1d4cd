import type { Account as Sdk } from 'appwrite';
import type { Account } from '../account/account-cache.ts';
import { callApi, isSecondFactorRequired } from '../client/errors.ts';

/**
 * The account once a session exists, or `null` when the account has two-factor on and this session
 * still needs its second step (every sign-in method: the caller continues, the guards go to /mfa).
 */
export async function accountAfterSignIn(account: Sdk): Promise<Account | null> {
  try {
    return await callApi(() => account.get());
  } catch (error) {
    if (isSecondFactorRequired(error)) return null;
    throw error;
  }
}
