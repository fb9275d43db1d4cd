import { useId, type ReactNode } from 'react';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { Badge } from './badge.tsx';
import { Card } from './card.tsx';

/** "Current email / phone": the value with its verified badge (or what to do without one), then extras. */
export function CurrentValueCard({ title, value, verified, empty, children }: { title: string; value: string; verified: boolean; empty: string; children?: ReactNode }) {
  const t = useT();
  const id = useId();
  return (
    <Card labelledBy={id}>
      <div className="flex flex-col gap-3">
        <h2 id={id} className="text-sm font-medium text-muted">
          {title}
        </h2>
        {value ? (
          <p className="flex flex-wrap items-center gap-2 text-lg font-semibold break-all">
            {value}
            {verified ? <Badge tone="success">✓ {t('common.verified')}</Badge> : <Badge tone="warning">{t('common.unverified')}</Badge>}
          </p>
        ) : (
          <p className="text-muted">{empty}</p>
        )}
        {children}
      </div>
    </Card>
  );
}
