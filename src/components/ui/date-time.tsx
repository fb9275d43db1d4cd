import { formatDate } from '../../lib/format-date.ts';
import { formatRelative } from '../../lib/format-relative.ts';
import { useI18n } from '../../lib/i18n/i18n-context.tsx';

/** "in 11 months · Oct 26, 2027, 6:02 PM": relative for a glance, absolute (user's timezone) to be sure. */
export function DateTime({ iso, timeZone }: { iso: string; timeZone?: string | undefined }) {
  const { locale } = useI18n();
  if (!iso) return null;
  return (
    <time dateTime={iso}>
      {formatRelative(iso, locale)}
      <span className="text-muted"> · {formatDate(iso, locale, timeZone, 'dateTime')}</span>
    </time>
  );
}
