import { countryFlag, isKnownCountry } from '../../lib/country.ts';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import '../../lib/i18n/en/device.ts';

/** Flag + country name; "Unknown location" for local or private addresses (`--`). */
export function CountryLabel({ code, name }: { code: string; name: string }) {
  const t = useT();
  if (!isKnownCountry(code)) return <span>{t('device.unknownLocation')}</span>;
  return (
    <span>
      <span aria-hidden="true">{countryFlag(code)} </span>
      {name || code.toUpperCase()}
    </span>
  );
}
