import { countryFlag, isKnownCountry } from '../../lib/country.ts';
import { useI18n } from '../../lib/i18n/i18n-context.tsx';
import { regionDisplayNames } from '../../lib/intl-cache.ts';
import '../../lib/i18n/en/device.ts';

/** Flag + country name in the language shown (Appwrite's English `name` if it has none); "Unknown location" for local or private addresses (`--`). */
export function CountryLabel({ code, name }: { code: string; name: string }) {
  const { t, locale } = useI18n();
  if (!isKnownCountry(code)) return <span>{t('device.unknownLocation')}</span>;
  return (
    <span>
      <span aria-hidden="true">{countryFlag(code)} </span>
      {regionDisplayNames(locale).of(code.toUpperCase()) ?? (name || code.toUpperCase())}
    </span>
  );
}
