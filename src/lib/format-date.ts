/** Dates in the user's language and timezone (prefs `timezone`, else the browser's). */
export function formatDate(iso: string, locale: string, timeZone?: string, style: 'date' | 'dateTime' = 'date'): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const options: Intl.DateTimeFormatOptions = style === 'date' ? { dateStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'short' };
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(date);
  } catch {
    // An unknown timezone in prefs must not break the page.
    return new Intl.DateTimeFormat(locale, options).format(date);
  }
}
