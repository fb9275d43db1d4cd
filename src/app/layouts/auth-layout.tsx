import { Outlet } from 'react-router';
import { MockBanner } from './mock-banner.tsx';
import { NavigationProgress } from './navigation-progress.tsx';

/** Signed-out pages: one centred card. */
export function AuthLayout() {
  return (
    <>
      <NavigationProgress />
      {__MOCK_AVAILABLE__ && <MockBanner />}
      <main id="main" className="mx-auto flex min-h-[80dvh] w-full max-w-md flex-col justify-center gap-6 px-4 py-10">
        <Outlet />
      </main>
    </>
  );
}
