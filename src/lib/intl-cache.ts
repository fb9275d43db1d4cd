/**
 * Intl formatters are costly to build (a list page would build hundreds per render): one per
 * locale + options, reused. A bad timezone still throws on creation, as with the constructor.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const regionNames = new Map<string, Intl.DisplayNames>();

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

export function relativeTimeFormat(locale: string): Intl.RelativeTimeFormat {
  let format = relativeFormats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    relativeFormats.set(locale, format);
  }
  return format;
}

/** Country names in `locale` ("DE" → "Deutschland", "ألمانيا"). */
export function regionDisplayNames(locale: string): Intl.DisplayNames {
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames(locale, { type: 'region', fallback: 'none' });
    regionNames.set(locale, names);
  }
  return names;
}

/**
 * The first date formatter a page builds costs ≈ 15–20 ms (ICU loads its date data), a long task when
 * it lands in the render that shows a list. Built ahead, in a task of its own, the render stays short.
 */
export function warmDateFormatting() {
  dateTimeFormat('en', {}).format(0);
}
