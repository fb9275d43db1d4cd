/** German strings for /profile. Draft for issue 15. */
export const profileDe = {
  profile: {
    title: 'Profil',
    summary: 'Ihr Konto',
    accountId: 'Konto-ID',
    copyAccountId: 'Konto-ID kopieren',
    memberSince: 'Mitglied seit',
    email: 'E-Mail',
    phone: 'Telefon',
    nameSection: 'Anzeigename',
    nameSectionHint: 'So spricht {{app}} Sie an. Bis zu 128 Zeichen.',
    nameSectionHintPlain: 'So sprechen wir Sie an. Bis zu 128 Zeichen.',
    nameLabel: 'Name',
    nameSaved: 'Name gespeichert.',
  },
};
