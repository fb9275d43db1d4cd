import { useT } from '../../lib/i18n/i18n-context.tsx';
import '../../lib/i18n/en/auth.ts';

/** "── or ──" between the provider buttons and a form. */
export function OrDivider() {
  const t = useT();
  return (
    <div className="flex items-center gap-3 text-xs text-muted uppercase" role="separator" aria-label={t('auth.or')}>
      <span className="h-px flex-1 bg-border" />
      <span aria-hidden="true">{t('auth.or')}</span>
      <span className="h-px flex-1 bg-border" />
    </div>
  );
}
