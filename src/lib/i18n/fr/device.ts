/** French strings for devices, sign-in methods and factors (sessions and activity). Draft for issue 15. */
export const deviceFr = {
  device: {
    unknownBrowser: 'Navigateur inconnu',
    unknownDevice: 'Appareil inconnu',
    desktop: 'Ordinateur',
    mobile: 'Mobile',
    tablet: 'Tablette',
    unknownKind: 'Appareil',
    unknownLocation: 'Lieu inconnu',
    copyIp: 'Copier l’adresse IP {{ip}}',
    clientOnOs: '{{client}} sur {{os}}',
  },
  providers: {
    email: 'E-mail et mot de passe',
    anonymous: 'Accès invité',
    'magic-url': 'Lien de connexion',
    token: 'Code à usage unique',
    phone: 'Code par SMS',
    oauth: 'Compte {{provider}}',
  },
  factors: {
    password: 'Mot de passe',
    email: 'E-mail',
    phone: 'Téléphone',
    totp: 'Application d’authentification',
    recoveryCode: 'Code de secours',
    oauth2: 'Fournisseur OAuth',
    anonymous: 'Aucun (invité)',
    token: 'Jeton',
  },
};
