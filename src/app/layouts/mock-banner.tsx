import { useT } from '../../lib/i18n/i18n-context.tsx';
import { useEnvironment } from '../../config/runtime-config-context.tsx';

/**
 * Mock mode only: says that this is the embedded demo, and if saved demo data had to be reset. Render it
 * behind `__MOCK_AVAILABLE__` so production builds drop it.
 */
export function MockBanner() {
  const t = useT();
  const { mock } = useEnvironment();
  if (!mock) return null;
  return (
    <div className="border-b border-info bg-info-subtle px-4 py-2 text-center text-sm text-fg">
      <p>{t('app.mockBanner')}</p>
      {mock.stateWasReset && <p role="status">{t('app.mockStateReset')}</p>}
    </div>
  );
}
