import { useRouteError } from 'react-router';
import { toAccountError } from '../../api/client/errors.ts';
import { ErrorAlert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { MessagePage } from './message-page.tsx';

/** Any error a route throws (a failed load, a crash): say what happened and offer a retry. */
export function RouteErrorPage() {
  const t = useT();
  const error = toAccountError(useRouteError());
  return (
    <MessagePage title={t('pages.errorTitle')}>
      <p className="text-muted">{t('pages.errorBody')}</p>
      <ErrorAlert error={error} />
      <div>
        <Button onClick={() => window.location.reload()}>{t('common.tryAgain')}</Button>
      </div>
    </MessagePage>
  );
}
