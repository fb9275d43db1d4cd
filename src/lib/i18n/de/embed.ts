/** German strings for the embedded settings. */
export const embedDe = {
  embed: {
    signedOutTitle: 'Sie sind abgemeldet',
    signedOutBody: 'Melden Sie sich erneut bei der App an, um Ihr Konto hier zu verwalten.',
    secondStepTitle: 'Schließen Sie zuerst die Anmeldung ab',
    secondStepBody: 'Ihr Konto verlangt einen zweiten Schritt. Schließen Sie die Anmeldung bei der App ab und kehren Sie dann hierher zurück.',
    deactivatedTitle: 'Ihr Konto ist deaktiviert',
    deactivatedBody: 'Sie wurden abgemeldet. Falls das ein Versehen war, wenden Sie sich an die Administration der App.',
    notAllowedTitle: 'Diese Seite kann hier nicht angezeigt werden',
    notAllowedBody: 'Die Kontoeinstellungen öffnen sich nur in Apps, die ihr Betreiber zugelassen hat. Öffnen Sie sie in der App selbst.',
  },
} as const;
