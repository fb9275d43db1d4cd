import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Navigate } from 'react-router';
import { forgetUserData, setAccount } from '../../api/account/account-cache.ts';
import { accountQueries } from '../../api/account/account-queries.ts';
import { useAppwrite } from '../../api/client/appwrite-context.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useEmbedHost, useSurface } from '../../config/runtime-config-context.tsx';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { PageFallback } from '../pages/page-fallback.tsx';
import '../../lib/i18n/en/embed.ts';

export type SignedOutReason = 'signedOut' | 'secondStep' | 'deactivated';

/**
 * Where an embedded widget lands when its session ends (or never was): signing in is the host app's
 * business, so this says why and hands over through `onSignOut`; nothing of the account stays cached
 * (drafts do: a session that merely ended keeps what was typed). An address that says "signed out"
 * while the account is there (typed in, or back in history) goes to the first section instead.
 */
export function EmbedSignedOut({ reason }: { reason: SignedOutReason }) {
  const t = useT();
  const host = useEmbedHost();
  const queryClient = useQueryClient();
  const { data: account } = useQuery({ ...accountQueries.account(useAppwrite()), enabled: reason === 'signedOut' });
  const { mainId } = useSurface();
  const told = useRef(false);
  const signedOut = reason !== 'signedOut' || account === null;
  useEffect(() => {
    if (told.current || !signedOut) return; // once, though StrictMode runs effects twice
    told.current = true;
    forgetUserData(queryClient);
    if (reason !== 'secondStep') setAccount(queryClient, null);
    host?.signedOut();
  }, [host, queryClient, reason, signedOut]);

  if (reason === 'signedOut' && account) return <Navigate to={host?.sections[0] ?? '/profile'} replace />;
  if (!signedOut) return <PageFallback />;
  return (
    <main id={mainId} className="py-6">
      <PageHeading description={t(`embed.${reason}Body`)}>{t(`embed.${reason}Title`)}</PageHeading>
    </main>
  );
}

/** The iframe mode inside a page it may not show itself in (not listed in `embedOrigins`): nothing of the account. */
export function FrameNotAllowed() {
  const t = useT();
  const { mainId } = useSurface();
  return (
    <main id={mainId} className="py-6">
      <PageHeading description={t('embed.notAllowedBody')}>{t('embed.notAllowedTitle')}</PageHeading>
    </main>
  );
}
