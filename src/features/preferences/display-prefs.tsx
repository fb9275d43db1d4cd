import { useId, useState } from 'react';
import type { Account } from '../../api/account/account-cache.ts';
import { PrefsConflict, useSavePrefs } from '../../api/prefs.ts';
import { ErrorAlert } from '../../components/ui/alert.tsx';
import { LanguageOptions } from '../../components/ui/language-options.tsx';
import { Select } from '../../components/ui/select.tsx';
import { fieldClasses } from '../../components/ui/text-field.tsx';
import { useToast } from '../../components/ui/toast.tsx';
import { useI18n } from '../../lib/i18n/i18n-context.tsx';
import { matchLanguage } from '../../lib/i18n/languages.ts';
import { readDisplayPrefs } from '../../lib/prefs/display-prefs.ts';
import '../../lib/i18n/en/prefs.ts';

const TIME_ZONES: string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

/** Theme, language and time zone: each change is saved (merge-safe) at once and applies everywhere. */
export function DisplayPrefs({ account }: { account: Account }) {
  const { t } = useI18n();
  const toast = useToast();
  const save = useSavePrefs();
  const id = useId();
  const prefs = account.prefs;
  const current = readDisplayPrefs(prefs);
  const [zone, setZone] = useState(current.timeZone ?? '');
  const [zoneError, setZoneError] = useState(false);

  const write = (key: string, value: unknown) => {
    const edited = { ...prefs };
    if (value === '' || value === undefined) Reflect.deleteProperty(edited, key);
    else edited[key] = value;
    // The user just chose this value: it wins over a change made elsewhere.
    save.mutate({ base: prefs, edited, resolutions: { [key]: 'mine' } }, { onSuccess: () => toast(t('prefs.savedKey', { key })) });
  };

  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-4">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {t('prefs.display')}
      </h2>
      <ErrorAlert error={save.error instanceof PrefsConflict ? null : save.error} />
      <div className="grid gap-4 sm:grid-cols-2">
        <label className="flex flex-col gap-1.5 text-sm font-medium">
          {t('prefs.theme')}
          <Select value={current.theme} onChange={(e) => write('theme', e.target.value)} disabled={save.isPending}>
            <option value="system">{t('prefs.themeSystem')}</option>
            <option value="light">{t('prefs.themeLight')}</option>
            <option value="dark">{t('prefs.themeDark')}</option>
          </Select>
        </label>
        <label className="flex flex-col gap-1.5 text-sm font-medium">
          {t('prefs.locale')}
          {/* The languages with words here, each in its own name. A regional pref set elsewhere (en-GB) shows as its language. */}
          <Select value={matchLanguage([current.locale]) ?? 'en'} onChange={(e) => write('locale', e.target.value)} disabled={save.isPending}>
            <LanguageOptions />
          </Select>
        </label>
      </div>
      <div className="flex flex-col gap-1.5">
        <label htmlFor={`${id}-zone`} className="text-sm font-medium">
          {t('prefs.timezone')}
        </label>
        <input
          id={`${id}-zone`}
          list={`${id}-zones`}
          dir="ltr"
          className={fieldClasses(zoneError, 'rtl:text-right')}
          value={zone}
          aria-invalid={zoneError || undefined}
          aria-describedby={`${id}-zone-hint`}
          onChange={(e) => {
            setZone(e.target.value);
            setZoneError(false);
          }}
          onBlur={() => {
            if (zone === (current.timeZone ?? '')) return;
            if (zone && !TIME_ZONES.includes(zone)) return setZoneError(true);
            write('timezone', zone);
          }}
        />
        <datalist id={`${id}-zones`}>
          {TIME_ZONES.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
        <p id={`${id}-zone-hint`} className={zoneError ? 'text-sm text-danger' : 'text-sm text-muted'}>
          {zoneError ? t('prefs.timezoneInvalid') : t('prefs.timezoneHint')}
        </p>
      </div>
    </section>
  );
}
