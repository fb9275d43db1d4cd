import { useId, useState } from 'react';
import type { Account } from '../../api/account/account-cache.ts';
import { useUnlinkIdentity, type Identity } from '../../api/identities.ts';
import { Avatar } from '../../components/ui/avatar.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Card } from '../../components/ui/card.tsx';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { useToast } from '../../components/ui/toast.tsx';
import { useEnvironment } from '../../config/runtime-config-context.tsx';
import { formatDate } from '../../lib/format-date.ts';
import { useI18n } from '../../lib/i18n/i18n-context.tsx';
import { providerName } from '../../lib/provider-name.ts';
import { unlinkBlocker, type UnlinkFix } from './sign-in-ways.ts';
import '../../lib/i18n/en/security.ts';

const FIXES: Record<UnlinkFix, 'security.providers.fixPassword' | 'security.providers.fixEmail' | 'security.providers.fixPhone' | 'security.providers.fixNone'> = {
  password: 'security.providers.fixPassword',
  email: 'security.providers.fixEmail',
  phone: 'security.providers.fixPhone',
  link: 'security.providers.fixNone',
};

/** The accounts at other services (OAuth2) this one signs in with; unlinking the last way in is refused, with what to add first. */
export function LinkedAccountsSection({ account, identities, timeZone }: { account: Account; identities: Identity[]; timeZone: string | undefined }) {
  // Unique on the page: two embedded widgets may show this section at once.
  const titleId = useId();
  const { t, locale } = useI18n();
  const toast = useToast();
  const { config } = useEnvironment();
  const unlink = useUnlinkIdentity();
  const [unlinking, setUnlinking] = useState<Identity | null>(null);
  const name = unlinking ? providerName(unlinking.provider) : '';

  return (
    <Card labelledBy={titleId}>
      <div className="flex flex-col gap-4">
        <h2 id={titleId} className="text-lg font-semibold">
          {t('security.providers.title')}
        </h2>
        <p className="text-sm text-muted">{t('security.providers.body')}</p>
        {identities.length === 0 ? (
          <p className="rounded-card border border-dashed border-border p-4 text-center text-muted">{t('security.providers.none')}</p>
        ) : (
          <ul className="flex flex-col">
            {identities.map((identity) => {
              const blocker = unlinkBlocker(identity, { account, identities, methods: config.signInMethods });
              const provider = providerName(identity.provider);
              return (
                <li key={identity.$id} className="flex flex-wrap items-center gap-3 border-b border-border py-3 last:border-b-0">
                  <Avatar name={provider} email="" />
                  <div className="min-w-0 flex-1">
                    <p className="font-medium">{provider}</p>
                    <p className="text-sm break-all text-muted">
                      <bdi dir="ltr">{identity.providerEmail}</bdi>
                    </p>
                    <p className="text-sm text-muted">{t('security.providers.linked', { date: formatDate(identity.$createdAt, locale, timeZone) })}</p>
                    {blocker && (
                      <p className="mt-1 text-sm">
                        {t('security.providers.lastWay')} {t(FIXES[blocker])}
                      </p>
                    )}
                  </div>
                  <Button variant="secondary" disabled={Boolean(blocker)} aria-label={`${t('security.providers.unlink')} ${provider}`} onClick={() => setUnlinking(identity)}>
                    {t('security.providers.unlink')}
                  </Button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
      <ConfirmDialog
        open={unlinking !== null}
        onCancel={() => {
          setUnlinking(null);
          unlink.reset();
        }}
        title={t('security.providers.unlinkTitle', { provider: name })}
        description={t('security.providers.unlinkBody', { provider: name, email: unlinking?.providerEmail ?? '' })}
        tone="danger"
        confirmLabel={t('security.providers.unlink')}
        pending={unlink.isPending}
        error={unlink.error}
        onConfirm={() => {
          if (!unlinking) return;
          unlink.mutate(unlinking.$id, {
            onSuccess: () => {
              setUnlinking(null);
              toast(t('security.providers.unlinked', { provider: name }));
            },
          });
        }}
      />
    </Card>
  );
}
