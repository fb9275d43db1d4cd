import { useId } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { Select } from '../../components/ui/select.tsx';
import { fieldClasses } from '../../components/ui/text-field.tsx';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { eventLabel } from './event-labels.ts';
import { isFiltering, NO_FILTER, type LogFilter } from './filter-logs.ts';
import '../../lib/i18n/en/activity.ts';

/** Event type and date range; applied to the pages already loaded (the API cannot filter). */
export function LogFilters({ filter, events, onChange }: { filter: LogFilter; events: string[]; onChange: (filter: LogFilter) => void }) {
  const t = useT();
  const id = useId();
  return (
    <fieldset className="flex flex-wrap items-end gap-3">
      <legend className="sr-only">{t('activity.filters')}</legend>
      <div className="flex flex-col gap-1.5">
        <label htmlFor={`${id}-event`} className="text-sm font-medium">
          {t('activity.filterEvent')}
        </label>
        <Select id={`${id}-event`} value={filter.event} onChange={(e) => onChange({ ...filter, event: e.target.value })}>
          <option value="">{t('activity.filterAll')}</option>
          {events.map((event) => (
            <option key={event} value={event}>
              {eventLabel(event, t)}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex flex-col gap-1.5">
        <label htmlFor={`${id}-from`} className="text-sm font-medium">
          {t('activity.filterFrom')}
        </label>
        <input id={`${id}-from`} type="date" className={fieldClasses(false)} value={filter.from} max={filter.to || undefined} onChange={(e) => onChange({ ...filter, from: e.target.value })} />
      </div>
      <div className="flex flex-col gap-1.5">
        <label htmlFor={`${id}-to`} className="text-sm font-medium">
          {t('activity.filterTo')}
        </label>
        <input id={`${id}-to`} type="date" className={fieldClasses(false)} value={filter.to} min={filter.from || undefined} onChange={(e) => onChange({ ...filter, to: e.target.value })} />
      </div>
      {isFiltering(filter) && (
        <Button variant="ghost" onClick={() => onChange(NO_FILTER)}>
          {t('activity.filterClear')}
        </Button>
      )}
    </fieldset>
  );
}
