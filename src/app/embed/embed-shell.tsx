import { useQuery } from '@tanstack/react-query';
import { useRef, useSyncExternalStore } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { accountQueries } from '../../api/account/account-queries.ts';
import { SignedInAccountProvider } from '../../api/account/signed-in-account.tsx';
import { useAppwrite } from '../../api/client/appwrite-context.tsx';
import { ErrorAlert } from '../../components/ui/alert.tsx';
import { useEmbedHost, useSurface } from '../../config/runtime-config-context.tsx';
import { readDisplayPrefs } from '../../lib/prefs/display-prefs.ts';
import { PrefsApplier } from '../layouts/prefs-applier.tsx';
import { SettingsNav } from '../layouts/settings-nav.tsx';
import { useHeadingFocus } from '../layouts/use-heading-focus.ts';
import { PageFallback } from '../pages/page-fallback.tsx';
import { signedInElsewhere } from '../routes/guards.ts';
import type { DisplayStore } from './embed-host.ts';

/** The navigation as tabs along the top of a narrow widget, a column beside the page from 48rem of width. */
const NAV_LIST =
  'flex gap-1 overflow-x-auto @3xl:flex-col @3xl:overflow-visible [&>li]:shrink-0 max-@3xl:[&>li]:m-0 max-@3xl:[&>li]:border-0 max-@3xl:[&>li]:p-0 [&_a]:whitespace-nowrap';

/**
 * The signed-in layout of the settings embedded in a host app: the host's page is the chrome (its header,
 * its account menu), so this is the sections' navigation and the page, sized by the widget's own width.
 * Signed out (or a second step pending, or deactivated) it shows why, and tells the host.
 */
export function EmbedShell({ display }: { display: DisplayStore }) {
  const hostTheme = useSyncExternalStore(display.subscribe, () => display.get().theme);
  const api = useAppwrite();
  const host = useEmbedHost();
  const { mainId } = useSurface();
  const { data: account, error, refetch } = useQuery(accountQueries.account(api));
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  useHeadingFocus(mainRef);

  // As in the app: the embed routes answer /sign-in, /mfa and /deactivated with the signed-out notes.
  const elsewhere = signedInElsewhere(account, error, location);
  if (elsewhere) return <Navigate to={elsewhere} replace />;
  const checkFailed = account === undefined && error ? error : null;
  const showNav = host?.chrome === 'widget' && host.sections.length > 1;

  return (
    // (null went elsewhere above)
    <SignedInAccountProvider value={account ?? undefined}>
      {/* The host's theme, when it chose one, wins over the account's. */}
      {account && !hostTheme && <PrefsApplier theme={readDisplayPrefs(account.prefs).theme} />}
      {/* Sized by the widget's own width (a container), not the host's window. */}
      <div className="@container">
        <div className="flex flex-col gap-6 @3xl:flex-row @3xl:gap-8">
          {showNav && (
            <aside className="shrink-0 border-b border-border pb-2 @3xl:w-52 @3xl:border-b-0 @3xl:pb-0">
              <SettingsNav sections={host.sections} listClassName={NAV_LIST} />
            </aside>
          )}
          <main id={mainId} ref={mainRef} tabIndex={-1} className="min-w-0 flex-1 outline-none">
            {checkFailed ? <ErrorAlert error={checkFailed} onRetry={refetch} /> : account ? <Outlet /> : <PageFallback />}
          </main>
        </div>
      </div>
    </SignedInAccountProvider>
  );
}
