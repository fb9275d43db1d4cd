import { formatDate } from './format-date.ts';
import { dateTimeFormat, relativeTimeFormat } from './intl-cache.ts';

/** The calendar day of an instant in a timezone, as `YYYY-MM-DD` (sortable as text). */
export function dayIn(iso: string | number, timeZone?: string): string {
  const date = new Date(iso);
  try {
    return dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
  } catch {
    return date.toISOString().slice(0, 10);
  }
}

/** "Today", "Yesterday" (in the user's language), else "Nov 16" ("Nov 16, 2025" in another year). */
export function dayHeading(day: string, locale: string, timeZone: string | undefined, now: number = Date.now()): string {
  const today = dayIn(now, timeZone);
  const yesterday = dayIn(now - 86_400_000, timeZone);
  if (day === today || day === yesterday) {
    const words = relativeTimeFormat(locale).format(day === today ? 0 : -1, 'day');
    return words.charAt(0).toLocaleUpperCase(locale) + words.slice(1);
  }
  // Noon UTC of that day falls on the same date in every timezone within ±12 h.
  const iso = `${day}T12:00:00Z`;
  return day.slice(0, 4) === today.slice(0, 4) ? formatDate(iso, locale, 'UTC', 'day') : formatDate(iso, locale, 'UTC', 'date');
}

/** Items (newest first) in runs by calendar day in the user's timezone. */
export function groupByDay<T>(items: T[], timeOf: (item: T) => string, timeZone?: string): { day: string; items: T[] }[] {
  const groups: { day: string; items: T[] }[] = [];
  for (const item of items) {
    const day = dayIn(timeOf(item), timeZone);
    const last = groups.at(-1);
    if (last?.day === day) last.items.push(item);
    else groups.push({ day, items: [item] });
  }
  return groups;
}
