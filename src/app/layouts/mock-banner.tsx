import { useEnvironment, type MockInfo } from '../../config/runtime-config-context.tsx';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { useMockInboxLabels } from './mock-labels.ts';

/** The mock's inbox, given its words. */
function MockInbox({ Component }: { Component: NonNullable<MockInfo['Inbox']> }) {
  return <Component labels={useMockInboxLabels()} />;
}

/**
 * Mock mode only: one line saying this is the embedded demo, with the mock's inbox at its end, and a
 * note if saved demo data had to be reset. Render it behind `__MOCK_AVAILABLE__` so production builds drop it.
 */
export function MockBanner() {
  const t = useT();
  const { mock } = useEnvironment();
  if (!mock) return null;
  return (
    <div className="border-b border-info bg-info-subtle text-sm text-fg">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-1">
        <p className="min-w-0">
          <strong className="font-semibold">{t('app.mockBanner')}</strong>
          <span className="hidden sm:inline"> · {t('app.mockBannerDetail')}</span>
        </p>
        {mock.Inbox && <MockInbox Component={mock.Inbox} />}
      </div>
      {mock.stateWasReset && (
        <p role="status" className="mx-auto max-w-6xl px-4 pb-1">
          {t('app.mockStateReset')}
        </p>
      )}
    </div>
  );
}
