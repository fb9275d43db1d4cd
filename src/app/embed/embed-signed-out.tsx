import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { forgetAccount } from '../../api/account/account-cache.ts';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useEmbedHost, useSurface } from '../../config/runtime-config-context.tsx';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import '../../lib/i18n/en/embed.ts';

export type SignedOutReason = 'signedOut' | 'secondStep' | 'deactivated';

/**
 * Where an embedded widget lands when its session ends (or never was): signing in is the host app's
 * business, so this says why and hands over through `onSignOut`; nothing of the account stays cached.
 */
export function EmbedSignedOut({ reason }: { reason: SignedOutReason }) {
  const t = useT();
  const host = useEmbedHost();
  const queryClient = useQueryClient();
  const { mainId } = useSurface();
  const told = useRef(false);
  useEffect(() => {
    if (told.current) return; // once, though StrictMode runs effects twice
    told.current = true;
    if (reason !== 'secondStep') forgetAccount(queryClient);
    host?.signedOut();
  }, [host, queryClient, reason]);
  return (
    <main id={mainId} className="py-6">
      <PageHeading description={t(`embed.${reason}Body`)}>{t(`embed.${reason}Title`)}</PageHeading>
    </main>
  );
}
