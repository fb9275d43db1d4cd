/** German strings shared by the settings pages (current password, new password). Draft for issue 15. */
export const settingsDe = {
  settings: {
    currentPassword: 'Aktuelles Passwort',
    currentPasswordHint: 'Geben Sie Ihr Passwort ein, um Ihre Identität zu bestätigen.',
    choosePassword: 'Passwort wählen',
    choosePasswordHint: 'Ihr Konto hat noch kein Passwort: Mit diesem können Sie sich künftig mit Ihrer E-Mail-Adresse anmelden.',
    wrongPassword: 'Das ist nicht Ihr aktuelles Passwort.',
    alreadyUsed: 'Diese Angabe wird bereits von einem anderen Konto verwendet.',
  },
  password: {
    new: 'Neues Passwort',
    confirm: 'Neues Passwort wiederholen',
    mismatch: 'Die beiden Passwörter stimmen nicht überein.',
    ruleLength: '8 bis 256 Zeichen.',
    recentlyUsed: 'Sie haben dieses Passwort vor Kurzem verwendet. Wählen Sie ein anderes.',
    personalData: 'Das Passwort enthält Ihren Namen, Ihre E-Mail-Adresse, Telefonnummer oder Konto-ID. Wählen Sie ein anderes.',
    rejected: 'Dieses Passwort ist nicht zulässig: {{detail}}',
  },
};
