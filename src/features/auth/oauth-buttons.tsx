import type { ReactNode } from 'react';
import { oauthProvider, startOAuth } from '../../api/auth/oauth.ts';
import { useAppwrite } from '../../api/client/appwrite-context.tsx';
import { Button } from '../../components/ui/button.tsx';
import { ProviderMark } from '../../components/ui/provider-mark.tsx';
import { useEnvironment } from '../../config/runtime-config-context.tsx';
import { appUrl } from '../../lib/app-url.ts';
import { startFlow } from '../../lib/flow-nonce.ts';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { providerName } from '../../lib/provider-name.ts';
import '../../lib/i18n/en/auth.ts';

/**
 * One button per configured provider; the SDK navigates to the provider and back to /oauth/success.
 * `separator` follows the buttons (only when there are any), e.g. the "or" before a form.
 */
export function OAuthButtons({ next, separator }: { next: string | null; separator?: ReactNode }) {
  const t = useT();
  const api = useAppwrite();
  const { config } = useEnvironment();
  const providers = config.oauthProviders.flatMap((id) => {
    const provider = oauthProvider(id);
    return provider ? [{ id, provider }] : [];
  });
  if (!providers.length) return null;
  return (
    <>
      <div className="flex flex-col gap-2">
        {providers.map(({ id, provider }) => (
          <Button
            key={id}
            variant="secondary"
            onClick={() => {
              const flow = startFlow();
              startOAuth(api, provider, appUrl(config.basePath, '/oauth/success', { next, flow }), appUrl(config.basePath, '/oauth/failure', { next, flow }));
            }}
          >
            <ProviderMark provider={id} name={providerName(id)} />
            {t('auth.oauth', { provider: providerName(id) })}
          </Button>
        ))}
      </div>
      {separator}
    </>
  );
}
