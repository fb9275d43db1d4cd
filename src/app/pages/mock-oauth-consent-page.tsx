import type { MockInfo } from '../../config/runtime-config-context.tsx';
import { useMockOAuthConsentLabels } from '../layouts/mock-labels.ts';

/** Mock mode only: the mock OAuth2 provider's consent page, given its words from the catalogue. */
export function MockOAuthConsentPage({ Consent }: { Consent: NonNullable<MockInfo['OAuthConsent']> }) {
  return <Consent labels={useMockOAuthConsentLabels()} />;
}
