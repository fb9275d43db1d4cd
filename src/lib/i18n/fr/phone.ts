/** French strings for the Phone pages. Draft for issue 15. */
export const phoneFr = {
  phone: {
    title: 'Téléphone',
    description: 'Un numéro de téléphone vous permet de vous connecter par SMS et de confirmer votre identité.',
    current: 'Votre numéro de téléphone',
    unverified: 'Le numéro {{phone}} n’est pas encore vérifié.',
    changeShort: 'Modifier',
    none: 'Aucun numéro de téléphone pour l’instant.',
    verify: 'Recevoir un code par SMS pour le vérifier',
    change: 'Modifier le numéro de téléphone',
    add: 'Ajouter un numéro de téléphone',
    newPhone: 'Numéro de téléphone',
    save: 'Enregistrer et recevoir un code par SMS',
    verified: 'Numéro de téléphone vérifié.',
    verifyPage: {
      title: 'Vérifiez votre numéro de téléphone',
      body: 'Confirmez que le numéro {{phone}} vous appartient grâce au code à 6 chiffres que nous y envoyons par SMS.',
      send: 'Recevoir un code par SMS',
      noPhone: 'Votre compte n’a pas encore de numéro de téléphone.',
      alreadyVerified: 'Votre numéro de téléphone est vérifié.',
    },
  },
};
