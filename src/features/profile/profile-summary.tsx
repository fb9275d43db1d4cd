import { useId } from 'react';
import type { Account } from '../../api/account/account-cache.ts';
import { useAccountTimeZone } from '../../api/account/signed-in-account.tsx';
import { Avatar } from '../../components/ui/avatar.tsx';
import { Badge } from '../../components/ui/badge.tsx';
import { Card } from '../../components/ui/card.tsx';
import { CopyButton } from '../../components/ui/copy-button.tsx';
import { Skeleton } from '../../components/ui/skeleton.tsx';
import { formatDate } from '../../lib/format-date.ts';
import { useI18n } from '../../lib/i18n/i18n-context.tsx';
import '../../lib/i18n/en/profile.ts';

function VerificationBadge({ verified }: { verified: boolean }) {
  const { t } = useI18n();
  return verified ? <Badge tone="success">✓ {t('common.verified')}</Badge> : <Badge tone="warning">{t('common.unverified')}</Badge>;
}

/** A value line while the account loads: the height of one line of small text. */
function Pending() {
  return <Skeleton className="my-0.5 h-4 w-40 max-w-full" />;
}

/**
 * Who you are: initials avatar, name, email, phone (with verification), account id, member since.
 * Without an account (still loading) the labels show with placeholders for the values.
 */
export function ProfileSummary({ account }: { account: Account | undefined }) {
  // Unique on the page: two embedded widgets may show this section at once.
  const titleId = useId();
  const { t, locale } = useI18n();
  const timeZone = useAccountTimeZone();
  return (
    <Card labelledBy={titleId}>
      <h2 id={titleId} className="sr-only">
        {t('profile.summary')}
      </h2>
      <div className="flex flex-col gap-6 sm:flex-row sm:items-start" aria-busy={!account || undefined}>
        {account ? <Avatar name={account.name} email={account.email} size="lg" /> : <Skeleton className="size-16 shrink-0 rounded-full" />}
        <dl className="grid min-w-0 flex-1 grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="text-muted">{t('profile.nameLabel')}</dt>
          <dd className="font-medium break-words">{account ? account.name || t('common.notSet') : <Pending />}</dd>
          <dt className="text-muted">{t('profile.email')}</dt>
          <dd className="flex flex-wrap items-center gap-2 break-all">
            {account ? account.email ? <bdi dir="ltr">{account.email}</bdi> : t('common.notSet') : <Pending />}
            {account?.email && <VerificationBadge verified={account.emailVerification} />}
          </dd>
          <dt className="text-muted">{t('profile.phone')}</dt>
          <dd className="flex flex-wrap items-center gap-2">
            {account ? account.phone ? <bdi dir="ltr">{account.phone}</bdi> : t('common.notSet') : <Pending />}
            {account?.phone && <VerificationBadge verified={account.phoneVerification} />}
          </dd>
          <dt className="text-muted">{t('profile.accountId')}</dt>
          <dd className="-my-1.5 flex flex-wrap items-center gap-1 font-mono break-all">
            {account ? (
              <>
                <bdi dir="ltr">{account.$id}</bdi>
                <CopyButton value={account.$id} label={t('profile.copyAccountId')} />
              </>
            ) : (
              <span className="py-1.5">
                <Pending />
              </span>
            )}
          </dd>
          <dt className="text-muted">{t('profile.memberSince')}</dt>
          <dd>{account ? <time dateTime={account.registration}>{formatDate(account.registration, locale, timeZone)}</time> : <Pending />}</dd>
        </dl>
      </div>
    </Card>
  );
}
