import { dateTimeFormat } from './intl-cache.ts';

/** Dates in the user's language and timezone (prefs `timezone`, else the browser's). */
export function formatDate(iso: string, locale: string, timeZone?: string, style: 'date' | 'dateTime' = 'date'): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  // Times name their zone ("6:02 PM GMT+1"): the user's timezone pref may differ from the device's.
  const options: Intl.DateTimeFormatOptions =
    style === 'date' ? { dateStyle: 'medium' } : { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' };
  try {
    return dateTimeFormat(locale, { ...options, timeZone }).format(date);
  } catch {
    // An unknown timezone in prefs must not break the page.
    return dateTimeFormat(locale, options).format(date);
  }
}
