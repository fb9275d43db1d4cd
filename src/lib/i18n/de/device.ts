/** German strings for devices, sign-in methods and factors (sessions and activity). Draft for issue 15. */
export const deviceDe = {
  device: {
    unknownBrowser: 'Unbekannter Browser',
    unknownDevice: 'Unbekanntes Gerät',
    desktop: 'Desktop',
    mobile: 'Mobilgerät',
    tablet: 'Tablet',
    unknownKind: 'Gerät',
    unknownLocation: 'Unbekannter Standort',
    copyIp: 'IP-Adresse {{ip}} kopieren',
    clientOnOs: '{{client}} unter {{os}}',
  },
  providers: {
    email: 'E-Mail-Adresse und Passwort',
    anonymous: 'Gastzugang',
    'magic-url': 'Anmeldelink',
    token: 'Einmalcode',
    phone: 'SMS-Code',
    oauth: '{{provider}}-Konto',
  },
  /** Shown after "Bestätigt mit" on the Sessions page. */
  factors: {
    password: 'Passwort',
    email: 'E-Mail',
    phone: 'Telefon',
    totp: 'Authenticator-App',
    recoveryCode: 'Wiederherstellungscode',
    oauth2: 'OAuth-Anbieter',
    anonymous: 'Keine (Gast)',
    token: 'Token',
  },
};
