/** French strings for the embedded settings. */
export const embedFr = {
  embed: {
    signedOutTitle: 'Vous êtes déconnecté',
    signedOutBody: 'Reconnectez-vous à l’application pour gérer votre compte ici.',
    secondStepTitle: 'Terminez d’abord la connexion',
    secondStepBody: 'Votre compte demande une deuxième étape. Terminez la connexion à l’application, puis revenez ici.',
    deactivatedTitle: 'Votre compte est désactivé',
    deactivatedBody: 'Vous avez été déconnecté. S’il s’agit d’une erreur, contactez l’administrateur de l’application.',
  },
} as const;
