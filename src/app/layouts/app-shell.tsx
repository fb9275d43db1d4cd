import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useRef, useState } from 'react';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { accountQueries } from '../../api/account/account-queries.ts';
import { SignedInAccountProvider } from '../../api/account/signed-in-account.tsx';
import { useAppwrite } from '../../api/client/appwrite-context.tsx';
import { ErrorAlert } from '../../components/ui/alert.tsx';
import { IconButton } from '../../components/ui/button.tsx';
import { CloseIcon, MenuIcon } from '../../components/ui/icons.tsx';
import { Skeleton } from '../../components/ui/skeleton.tsx';
import { useEnvironment, useSurface } from '../../config/runtime-config-context.tsx';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { readDisplayPrefs } from '../../lib/prefs/display-prefs.ts';
import { PageFallback } from '../pages/page-fallback.tsx';
import { signedInElsewhere } from '../routes/guards.ts';
import { SETTINGS_PAGES } from '../routes/page-table.ts';
import { AdoptDeviceLanguage } from '../language/adopt-device-language.tsx';
import { AccountMenu } from './account-menu.tsx';
import { MockBanner } from './mock-banner.tsx';
import { NavigationProgress } from './navigation-progress.tsx';
import { PrefsApplier } from './prefs-applier.tsx';
import { SettingsNav } from './settings-nav.tsx';
import { SkipLink } from './skip-link.tsx';
import { useHeadingFocus } from './use-heading-focus.ts';

const GuestBanner = lazy(() => import('./guest-banner.tsx').then((m) => ({ default: m.GuestBanner })));

/** Signed-in layout: header with the account menu, settings nav (sidebar ≥ md, menu below), page. */
export function AppShell() {
  const t = useT();
  const api = useAppwrite();
  const { config } = useEnvironment();
  const { mainId } = useSurface();
  const location = useLocation();
  const { data: account, error, refetch } = useQuery(accountQueries.account(api));
  const display = readDisplayPrefs(account?.prefs ?? {});
  const [menuOpen, setMenuOpen] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  // After a client-side navigation, focus goes to the new page's heading (screen readers read it).
  useHeadingFocus(mainRef, () => setMenuOpen(false));

  // Signed out meanwhile, two-factor turned on elsewhere, a sign-in stopped before its second step, blocked.
  const elsewhere = signedInElsewhere(account, error, location);
  if (elsewhere) return <Navigate to={elsewhere} replace />;
  // The check itself failed (offline, a 5xx) with nothing to show: say so, with a retry, not skeletons forever.
  const checkFailed = account === undefined && error ? error : null;
  // On a cold start the account check runs alongside: pages that can, paint their own text meanwhile.
  const pageReady = Boolean(account) || SETTINGS_PAGES.some((page) => page.path === location.pathname && page.beforeAccount);

  return (
    // (null went elsewhere above)
    <SignedInAccountProvider value={account ?? undefined}>
      <NavigationProgress />
      <SkipLink />
      {__MOCK_AVAILABLE__ && <MockBanner />}
      {/* A guest (no email, no phone) is offered to keep the account; its code loads only for them. */}
      {account && !account.email && !account.phone && (
        <Suspense>
          <GuestBanner account={account} />
        </Suspense>
      )}
      {account && <PrefsApplier theme={display.theme} />}
      {account && <AdoptDeviceLanguage account={account} />}
      <header className="border-b border-border bg-surface">
        <div className="mx-auto flex h-14 max-w-6xl items-center justify-between gap-2 px-4">
          <div className="flex items-center gap-2">
            <IconButton label={t('app.menu')} className="md:hidden" aria-expanded={menuOpen} aria-controls="mobile-nav" onClick={() => setMenuOpen((v) => !v)}>
              {menuOpen ? <CloseIcon /> : <MenuIcon />}
            </IconButton>
            <Link to="/profile" className="block truncate py-2.5 text-base font-semibold">
              {config.appName || t('app.home')}
            </Link>
          </div>
          {account ? <AccountMenu account={account} /> : <Skeleton className="size-8 rounded-full" />}
        </div>
        {menuOpen && (
          <div className="border-t border-border px-4 py-2 md:hidden">
            <SettingsNav id="mobile-nav" onNavigate={() => setMenuOpen(false)} />
          </div>
        )}
      </header>
      <div className="mx-auto flex max-w-6xl gap-8 px-4 py-6 md:py-10">
        <aside className="hidden w-56 shrink-0 md:block">
          <SettingsNav />
        </aside>
        <main id={mainId} ref={mainRef} tabIndex={-1} className="min-w-0 flex-1 outline-none">
          {checkFailed ? <ErrorAlert error={checkFailed} onRetry={refetch} /> : pageReady ? <Outlet /> : <PageFallback />}
        </main>
      </div>
    </SignedInAccountProvider>
  );
}
