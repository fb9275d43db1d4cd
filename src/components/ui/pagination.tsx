import { pageCount, pageRange } from '../../lib/pagination.ts';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { Button } from './button.tsx';
import '../../lib/i18n/en/activity.ts';

export interface PaginationProps {
  page: number;
  limit: number;
  total: number;
  onPage: (page: number) => void;
  /** Hover/focus on a page button: a chance to prefetch it. */
  onIntent?: (page: number) => void;
}

/** First / previous / next / last with "Page 3 of 14 · 51–75 of 342". */
export function Pagination({ page, limit, total, onPage, onIntent }: PaginationProps) {
  const t = useT();
  const pages = pageCount(total, limit);
  const range = pageRange(page, limit, total);
  const go = (target: number, label: string, disabled: boolean) => (
    <Button
      variant="secondary"
      className="px-3"
      disabled={disabled}
      onClick={() => onPage(target)}
      onPointerEnter={() => onIntent?.(target)}
      onFocus={() => onIntent?.(target)}
    >
      {label}
    </Button>
  );
  return (
    <nav aria-label={t('activity.pagination')} className="flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-muted" aria-live="polite">
        {t('activity.pageOf', { page, pages })} · {t('activity.range', { ...range, total })}
      </p>
      <div className="flex flex-wrap gap-2">
        {go(1, t('activity.first'), page <= 1)}
        {go(page - 1, t('activity.previous'), page <= 1)}
        {go(page + 1, t('activity.next'), page >= pages)}
        {go(pages, t('activity.last'), page >= pages)}
      </div>
    </nav>
  );
}
