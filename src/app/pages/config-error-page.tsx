import { createI18n } from '../../lib/i18n/i18n.ts';
import { MessagePage } from './message-page.tsx';

/** Rendered outside the app (no providers): the runtime config could not be used. */
export function ConfigErrorPage({ problems }: { problems: string[] }) {
  const { t } = createI18n();
  return (
    <MessagePage title={t('pages.configErrorTitle')}>
      <p className="text-muted">{t('pages.configErrorBody')}</p>
      <ul className="list-disc ps-6">
        {problems.map((problem) => (
          <li key={problem}>
            <code>{problem}</code>
          </li>
        ))}
      </ul>
    </MessagePage>
  );
}
