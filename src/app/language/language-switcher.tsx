import { useId } from 'react';
import { LanguageOptions } from '../../components/ui/language-options.tsx';
import { Select } from '../../components/ui/select.tsx';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { isLanguage } from '../../lib/i18n/languages.ts';
import { useLanguageControl } from './language-provider.tsx';

/** The signed-out pages' language picker: each language in its own name; remembered on this device. */
export function LanguageSwitcher() {
  const t = useT();
  const id = useId();
  const { language, choose } = useLanguageControl();
  return (
    <div className="flex items-center justify-center gap-2 text-sm">
      <label htmlFor={id} className="text-muted">
        {t('app.language')}
      </label>
      <Select id={id} value={language} onChange={(event) => isLanguage(event.target.value) && choose(event.target.value)} className="w-40">
        <LanguageOptions />
      </Select>
    </div>
  );
}
