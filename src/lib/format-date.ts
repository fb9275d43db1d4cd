import { dateTimeFormat } from './intl-cache.ts';

const STYLES: Record<'date' | 'dateTime' | 'time' | 'day', Intl.DateTimeFormatOptions> = {
  date: { dateStyle: 'medium' },
  dateTime: { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' },
  /** "12:41 PM": a row under a day heading. */
  time: { hour: 'numeric', minute: '2-digit' },
  /** "Nov 16" (a day heading), "Nov 16, 2025" when it is not this year (see dayHeading). */
  day: { month: 'short', day: 'numeric' },
};

/** Dates in the user's language and timezone (prefs `timezone`, else the browser's). */
export function formatDate(iso: string, locale: string, timeZone?: string, style: 'date' | 'dateTime' | 'time' | 'day' = 'date'): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  // Times name their zone ("6:02 PM GMT+1"): the user's timezone pref may differ from the device's.
  const options: Intl.DateTimeFormatOptions = STYLES[style];
  try {
    return dateTimeFormat(locale, { ...options, timeZone }).format(date);
  } catch {
    // An unknown timezone in prefs must not break the page.
    return dateTimeFormat(locale, options).format(date);
  }
}
