/** Setting up two-factor: the authenticator app, recovery codes, and turning it on or off. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { AuthenticatorType } from 'appwrite';
import { useAccountMutation } from '../account/account-cache.ts';
import { useAppwrite } from '../client/appwrite-context.tsx';
import { callApi } from '../client/errors.ts';
import { sessionKeys } from '../sessions/session-queries.ts';
import { mfaKeys } from './mfa-keys.ts';
import { useStepUpController } from './step-up.ts';
import { useWithStepUp } from './with-step-up.ts';
import './mfa-errors.ts';

function useRefreshFactors() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: mfaKeys.all() });
}

/** A new (unverified) authenticator: its secret and `otpauth://` URI. An unverified one is replaced. */
export function useAddAuthenticator() {
  const { account } = useAppwrite();
  return useMutation({ mutationFn: () => callApi(() => account.createMFAAuthenticator({ type: AuthenticatorType.Totp })) });
}

/** Confirms the new authenticator with a code from it; the current session gains the factor. */
export function useVerifyAuthenticator() {
  const { account } = useAppwrite();
  const refresh = useRefreshFactors();
  return useAccountMutation((otp: string) => callApi(() => account.updateMFAAuthenticator({ type: AuthenticatorType.Totp, otp })), { onSuccess: refresh });
}

/** Removes the authenticator (needs a recent second factor). Two-factor stays as it was. */
export function useRemoveAuthenticator() {
  const { account } = useAppwrite();
  const withStepUp = useWithStepUp();
  const refresh = useRefreshFactors();
  return useMutation({
    mutationFn: () => withStepUp(() => callApi(() => account.deleteMFAAuthenticator({ type: AuthenticatorType.Totp }))),
    onSuccess: refresh,
  });
}

/** The first recovery codes; shown once. */
export function useCreateRecoveryCodes() {
  const { account } = useAppwrite();
  const refresh = useRefreshFactors();
  return useMutation({ mutationFn: () => callApi(() => account.createMFARecoveryCodes()), onSuccess: refresh });
}

/** New recovery codes (the old ones stop working; needs a recent second factor). */
export function useRegenerateRecoveryCodes() {
  const { account } = useAppwrite();
  const withStepUp = useWithStepUp();
  const refresh = useRefreshFactors();
  return useMutation({ mutationFn: () => withStepUp(() => callApi(() => account.updateMFARecoveryCodes())), onSuccess: refresh });
}

export interface SetTwoFactorInput {
  on: boolean;
  /** Ask for a second factor before turning it off (when the account has one to ask for). */
  confirmFirst?: boolean;
}

/**
 * Turns two-factor on or off. Turning it on counts the factors this session already has, so this
 * device is not locked out; the session list is re-read for them.
 */
export function useSetTwoFactor() {
  const { account } = useAppwrite();
  const stepUp = useStepUpController();
  const queryClient = useQueryClient();
  return useAccountMutation(
    async ({ on, confirmFirst = false }: SetTwoFactorInput) => {
      if (confirmFirst) await stepUp.confirm();
      return callApi(() => account.updateMFA({ mfa: on }));
    },
    { onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeys.list() }) },
  );
}
