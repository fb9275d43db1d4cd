import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { forgetAccount } from '../../api/account/account-cache.ts';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import '../../lib/i18n/en/deactivate.ts';

/** The final screen after deactivation. The server already ended the session; forget it here too. */
export function DeactivatedPage() {
  const t = useT();
  const queryClient = useQueryClient();
  useEffect(() => forgetAccount(queryClient), [queryClient]);
  return (
    <>
      <title>{t('deactivate.doneTitle')}</title>
      <PageHeading>{t('deactivate.doneTitle')}</PageHeading>
      <p>{t('deactivate.doneBody')}</p>
    </>
  );
}
