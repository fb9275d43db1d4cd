import { useId, type ReactNode } from 'react';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { Badge } from './badge.tsx';
import { Card } from './card.tsx';
import { FormActions } from './form-actions.tsx';

/**
 * "Email address / Phone number": the value, marked when verified (an unverified one gets the callout
 * passed as `children`, not a badge saying the same), then `children` and the card's `action`.
 */
export function CurrentValueCard({ title, value, verified, empty, children, action }: { title: string; value: string; verified: boolean; empty: string; children?: ReactNode; action?: ReactNode }) {
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
            <bdi dir="ltr">{value}</bdi>
            {verified && <Badge tone="success">✓ {t('common.verified')}</Badge>}
          </p>
        ) : (
          <p className="text-muted">{empty}</p>
        )}
        {children}
        {action && <FormActions>{action}</FormActions>}
      </div>
    </Card>
  );
}
