/** German strings for sign-in and sign-up. Draft for issue 15. */
export const authDe = {
  auth: {
    signIn: {
      title: 'Bei {{app}} anmelden',
      titlePlain: 'Anmelden',
      submit: 'Anmelden',
      submitting: 'Anmeldung läuft…',
      noAccount: 'Noch kein Konto?',
      createAccount: 'Konto erstellen',
      demoTitle: 'Demokonto',
      demoFill: 'Demokonto verwenden',
    },
    signUp: {
      title: 'Konto bei {{app}} erstellen',
      titlePlain: 'Konto erstellen',
      submit: 'Konto erstellen',
      submitting: 'Konto wird erstellt…',
      haveAccount: 'Haben Sie bereits ein Konto?',
      signIn: 'Anmelden',
      /** {{reason}} is a full error sentence ending with a period. */
      createdNotSignedIn: 'Ihr Konto wurde erstellt, aber die Anmeldung ist fehlgeschlagen: {{reason}} Bitte melden Sie sich an.',
    },
    forgotPassword: 'Passwort vergessen?',
    moreMethods: 'Weitere Anmeldemöglichkeiten',
    or: 'oder',
    methods: {
      emailPassword: 'E-Mail-Adresse und Passwort',
      magicUrl: 'Anmeldelink per E-Mail senden',
      emailCode: 'Code per E-Mail senden',
      phoneCode: 'Code per SMS senden',
      anonymous: 'Als Gast fortfahren',
    },
    oauth: 'Mit {{provider}} fortfahren',
    continueAs: {
      title: 'Sie sind bereits angemeldet',
      body: 'Angemeldet als {{name}}.',
      continue: 'Als {{name}} fortfahren',
      signOut: 'Abmelden',
    },
    magic: {
      submit: 'Anmeldelink senden',
      sent: 'Prüfen Sie Ihren Posteingang',
      sentBody: 'Falls Sie sich mit {{email}} anmelden können, ist ein Link unterwegs. Er ist eine Stunde lang gültig und kann nur einmal verwendet werden.',
      otherEmail: 'Andere E-Mail-Adresse verwenden',
    },
    guest: {
      body: 'Sehen Sie sich ohne Konto um. Ihr Gastkonto können Sie später mit E-Mail-Adresse und Passwort speichern.',
      submit: 'Als Gast fortfahren',
      saveTitle: 'Gastkonto speichern',
      saveBody: 'Fügen Sie eine E-Mail-Adresse und ein Passwort hinzu, um sich später überall wieder anmelden zu können. Alles, was Sie als Gast getan haben, bleibt erhalten.',
      saved: 'Konto gespeichert. Melden Sie sich ab jetzt mit {{email}} an.',
    },
    fields: {
      name: 'Name',
      nameHint: 'Optional. Bis zu 128 Zeichen.',
      email: 'E-Mail-Adresse',
      password: 'Passwort',
      passwordHint: 'Mindestens 8 Zeichen.',
    },
  },
};
