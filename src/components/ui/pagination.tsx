import type { ReactNode } from 'react';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { pageCount, pageRange } from '../../lib/pagination.ts';
import { IconButton } from './button.tsx';
import { ChevronLeftIcon, ChevronRightIcon } from './icons.tsx';
import '../../lib/i18n/en/activity.ts';

export interface PaginationProps {
  page: number;
  limit: number;
  total: number;
  onPage: (page: number) => void;
  /** Hover/focus on a page button: a chance to prefetch it. */
  onIntent?: (page: number) => void;
  /** Beside the buttons, e.g. the page-size menu. */
  children?: ReactNode;
}

/** "1–25 of 305", previous and next as icon buttons, and whatever else fits the line (the page size). */
export function Pagination({ page, limit, total, onPage, onIntent, children }: PaginationProps) {
  const t = useT();
  const pages = pageCount(total, limit);
  const range = pageRange(page, limit, total);
  const go = (target: number, label: string, disabled: boolean, icon: ReactNode) => (
    <IconButton label={label} disabled={disabled} onClick={() => onPage(target)} onPointerEnter={() => onIntent?.(target)} onFocus={() => onIntent?.(target)}>
      {icon}
    </IconButton>
  );
  return (
    <nav aria-label={t('activity.pagination')} className="flex flex-wrap items-center justify-between gap-2">
      <p className="text-sm whitespace-nowrap text-muted tabular-nums" aria-live="polite">
        {t('activity.range', { ...range, total })}
      </p>
      {/* On a narrow screen (or in a long language) the buttons wrap under the range, at the end. */}
      <div className="ms-auto flex flex-wrap items-center justify-end gap-1">
        {children}
        {go(page - 1, t('activity.previous'), page <= 1, <ChevronLeftIcon />)}
        {go(page + 1, t('activity.next'), page >= pages, <ChevronRightIcon />)}
      </div>
    </nav>
  );
}
