/** German strings for the Email page. Draft for issue 15. */
export const emailDe = {
  email: {
    title: 'E-Mail',
    description: 'Die Adresse, mit der Sie sich anmelden und an die wir Sicherheitshinweise senden.',
    current: 'Ihre E-Mail-Adresse',
    none: 'Noch keine E-Mail-Adresse. Fügen Sie eine hinzu, um sich per E-Mail anzumelden und Ihr Konto wiederherstellen zu können.',
    unverified: '{{email}} ist noch nicht bestätigt.',
    linkSentTo: 'Wir haben einen Bestätigungslink an {{email}} gesendet.',
    didNotGetIt: 'Keine E-Mail erhalten?',
    sendLink: 'Bestätigungslink senden',
    /** Button during a cooldown; {{time}} is a countdown such as 0:59. */
    resendIn: 'Erneut senden in {{time}}',
    useCode: 'Code verwenden',
    codeSent: 'Wir haben einen 6-stelligen Code an {{email}} gesendet. Er ist 15 Minuten lang gültig.',
    verifyCode: 'E-Mail-Adresse bestätigen',
    verified: 'E-Mail-Adresse bestätigt.',
    change: 'E-Mail-Adresse ändern',
    changeShort: 'Ändern',
    add: 'E-Mail-Adresse und Passwort hinzufügen',
    newEmail: 'Neue E-Mail-Adresse',
    save: 'E-Mail-Adresse speichern',
  },
};
