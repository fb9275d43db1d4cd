/** The messages of the two-factor error types, registered (with their catalogue part) when a two-factor module loads. */
import { registerErrorMessages } from '../client/errors.ts';
import '../../lib/i18n/en/mfa.ts';

registerErrorMessages({
  user_more_factors_required: 'mfa.errors.moreFactors',
  user_challenge_required: 'mfa.errors.challengeRequired',
  user_authenticator_already_verified: 'mfa.errors.authenticatorExists',
  user_authenticator_not_found: 'mfa.errors.authenticatorMissing',
  user_recovery_codes_already_exists: 'mfa.errors.recoveryCodesExist',
  user_recovery_codes_not_found: 'mfa.errors.recoveryCodesMissing',
  // Only a challenge answers these (the verification routes say `*_not_found` instead).
  user_email_not_verified: 'mfa.errors.factorUnavailable',
  user_phone_not_verified: 'mfa.errors.factorUnavailable',
});
