/** German strings for the Password page. Draft for issue 15. */
export const passwordPageDe = {
  passwordPage: {
    title: 'Passwort',
    description: 'Verwenden Sie ein langes Passwort, das Sie nirgendwo sonst nutzen. Ein Passwort-Manager hilft dabei.',
    set: 'Passwort festlegen',
    setBody: 'Ihr Konto hat noch kein Passwort. Wenn Sie eines festlegen, können Sie sich mit E-Mail-Adresse und Passwort anmelden.',
    submit: 'Passwort ändern',
    submitSet: 'Passwort festlegen',
    done: 'Passwort geändert.',
    /** {{count}} = sessions still active, this one included. */
    signedOutOthers: 'Andere Geräte wurden abgemeldet. {{count}} Sitzungen bleiben aktiv.',
    signedOutOthersOne: 'Andere Geräte wurden abgemeldet. Nur diese Sitzung bleibt aktiv.',
    strength: 'Stärke: {{label}}',
    strengthLabels: {
      s0: 'sehr schwach',
      s1: 'schwach',
      s2: 'mittel',
      s3: 'stark',
      s4: 'sehr stark',
    },
  },
};
