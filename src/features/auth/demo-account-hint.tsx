import { useEnvironment } from '../../config/runtime-config-context.tsx';
import { Button } from '../../components/ui/button.tsx';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import '../../lib/i18n/en/auth.ts';

/** Mock mode only (render it behind `__MOCK_AVAILABLE__`): the seeded demo user's credentials, and a button that fills them in. */
export function DemoAccountHint({ onUse }: { onUse: (credentials: { email: string; password: string }) => void }) {
  const t = useT();
  const { mock } = useEnvironment();
  if (!mock) return null;
  const { email, password } = mock.demoCredentials;
  return (
    <aside aria-labelledby="demo-account-title" className="flex flex-wrap items-end justify-between gap-3 rounded-card border border-info bg-info-subtle p-3 text-sm">
      <div className="min-w-0">
        <h2 id="demo-account-title" className="font-semibold">
          {t('auth.signIn.demoTitle')}
        </h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3">
          <dt className="text-muted">{t('auth.fields.email')}</dt>
          <dd className="font-mono break-all">
            <bdi dir="ltr">{email}</bdi>
          </dd>
          <dt className="text-muted">{t('auth.fields.password')}</dt>
          <dd className="font-mono break-all">
            <bdi dir="ltr">{password}</bdi>
          </dd>
        </dl>
      </div>
      <Button variant="secondary" onClick={() => onUse({ email, password })}>
        {t('auth.signIn.demoFill')}
      </Button>
    </aside>
  );
}
