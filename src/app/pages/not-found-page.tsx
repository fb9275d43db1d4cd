import { Link } from 'react-router';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { MessagePage } from './message-page.tsx';

export function NotFoundPage() {
  const t = useT();
  return (
    <MessagePage title={t('pages.notFoundTitle')}>
      <p className="text-muted">{t('pages.notFoundBody')}</p>
      <p>
        <Link to="/" className="font-medium text-accent underline">
          {t('pages.goHome')}
        </Link>
      </p>
    </MessagePage>
  );
}
