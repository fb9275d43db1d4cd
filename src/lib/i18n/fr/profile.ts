/** French strings for /profile. Draft for issue 15. */
export const profileFr = {
  profile: {
    title: 'Profil',
    summary: 'Votre compte',
    accountId: 'ID du compte',
    copyAccountId: 'Copier l’ID du compte',
    /** Label followed by a date. */
    memberSince: 'Membre depuis',
    email: 'E-mail',
    phone: 'Téléphone',
    nameSection: 'Nom d’affichage',
    nameSectionHint: 'Le nom que {{app}} utilise pour s’adresser à vous. 128 caractères maximum.',
    nameSectionHintPlain: 'Le nom que nous utilisons pour nous adresser à vous. 128 caractères maximum.',
    nameLabel: 'Nom',
    nameSaved: 'Nom enregistré.',
  },
};
