import { useEffect, useRef } from 'react';
import type { Account } from '../../api/account/account-cache.ts';
import { useSavePrefs } from '../../api/prefs.ts';
import { readDisplayPrefs } from '../../lib/prefs/display-prefs.ts';
import { readDeviceDisplay } from '../../lib/prefs/device-display.ts';

/**
 * A language picked on the sign-in page becomes the account's `locale` pref when it has none, so the
 * user's other devices follow. Once per sign-in; a failure leaves it for the next one.
 */
export function AdoptDeviceLanguage({ account }: { account: Account }) {
  const save = useSavePrefs();
  const tried = useRef(false);
  useEffect(() => {
    if (tried.current || readDisplayPrefs(account.prefs).locale) return;
    const { language, chosen } = readDeviceDisplay();
    if (!language || !chosen) return;
    tried.current = true;
    save.mutate({ base: account.prefs, edited: { ...account.prefs, locale: language }, resolutions: {} });
  }, [account.prefs, save]);
  return null;
}
