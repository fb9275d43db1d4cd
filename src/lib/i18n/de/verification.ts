/** German strings for code entry and resend (sign-in, email, phone). Draft for issue 15. */
export const verificationDe = {
  code: {
    submit: 'Code senden',
    sentEmail: 'Wir haben einen 6-stelligen Code an {{email}} gesendet. Er ist 15 Minuten lang gültig.',
    sentPhone: 'Wir haben einen 6-stelligen Code an {{phone}} gesendet. Er ist 15 Minuten lang gültig.',
    label: '6-stelliger Code',
    verify: 'Anmelden',
    verifying: 'Wird geprüft…',
    invalid: 'Dieser Code ist falsch, abgelaufen oder wurde bereits verwendet. Prüfen Sie ihn oder fordern Sie einen neuen an.',
    incomplete: 'Geben Sie alle 6 Ziffern ein.',
    resend: 'Erneut senden',
    resendIn: 'Erneut senden in {{seconds}} s',
    phrase: 'Die E-Mail enthält diese Sicherheitsphrase: {{phrase}}. Verwenden Sie den Link nur, wenn die E-Mail genau diese Wörter enthält.',
    phoneLabel: 'Telefonnummer',
    phoneHint: 'Mit Ländervorwahl, z. B. +49 151 23456789.',
    phoneSent: 'Code an {{phone}} gesendet.',
  },
};
