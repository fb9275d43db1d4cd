/** German strings for deactivation. Draft for issue 15. */
export const deactivateDe = {
  deactivate: {
    title: 'Konto deaktivieren',
    description: 'Durch die Deaktivierung werden Sie abgemeldet, und niemand – auch Sie nicht – kann sich wieder bei diesem Konto anmelden.',
    what: 'Was passiert',
    point1: 'Sie werden hier abgemeldet, und niemand kann sich mehr bei diesem Konto anmelden.',
    point2: 'Nur die Administration dieser App kann das rückgängig machen, Sie selbst nicht.',
    point3: 'Ihre E-Mail-Adresse bleibt reserviert: Sie können sich damit nicht erneut registrieren.',
    point4: 'Andere angemeldete Geräte funktionieren ab ihrer nächsten Aktion nicht mehr.',
    confirmLabel: 'Geben Sie zur Bestätigung „{{phrase}}“ ein',
    /** The user must type this (compared ignoring case, accents and extra spaces); keep it short and easy to type. */
    phrase: 'mein Konto deaktivieren',
    submit: 'Mein Konto deaktivieren',
    doneTitle: 'Ihr Konto ist deaktiviert',
    doneBody: 'Sie wurden abgemeldet. Falls das ein Versehen war, wenden Sie sich an die Administration der App.',
  },
};
