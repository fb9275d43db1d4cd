import { Outlet } from 'react-router';
import { useEnvironment, useSurface } from '../../config/runtime-config-context.tsx';
import { LanguageSwitcher } from '../language/language-switcher.tsx';
import { MockBanner } from './mock-banner.tsx';
import { NavigationProgress } from './navigation-progress.tsx';

/**
 * Signed-out pages and email-link landings: the app's logo, then one card. A fixed distance from the
 * top (not vertical centring), so the heading stays put from page to page and as a form grows.
 */
export function AuthLayout() {
  const { config } = useEnvironment();
  const { mainId } = useSurface();
  return (
    <>
      <NavigationProgress />
      {__MOCK_AVAILABLE__ && <MockBanner />}
      <main id={mainId} className="mx-auto flex w-full max-w-md flex-col gap-6 px-4 pt-8 pb-8 sm:pt-16">
        {config.logoUrl && (
          // A fixed height, so the card does not move when the image arrives.
          <img src={config.logoUrl} alt={config.appName} className="mx-auto h-10 w-auto max-w-full object-contain" />
        )}
        {/* A card from 640 px; on a phone the page is the card. The heading's own margin would double the gap. */}
        <div className="flex flex-col gap-6 sm:rounded-card sm:border sm:border-border sm:bg-surface sm:p-8 sm:shadow-sm [&>div:first-child]:mb-0">
          <Outlet />
        </div>
      </main>
      <footer className="px-4 pb-10">
        <LanguageSwitcher />
      </footer>
    </>
  );
}
