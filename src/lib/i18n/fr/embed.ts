/** French strings for the embedded settings. */
export const embedFr = {
  embed: {
    signedOutTitle: 'Vous êtes déconnecté',
    signedOutBody: 'Reconnectez-vous à l’application pour gérer votre compte ici.',
    secondStepTitle: 'Terminez d’abord la connexion',
    secondStepBody: 'Votre compte demande une deuxième étape. Terminez la connexion à l’application, puis revenez ici.',
    deactivatedTitle: 'Votre compte est désactivé',
    deactivatedBody: 'Vous avez été déconnecté. S’il s’agit d’une erreur, contactez l’administrateur de l’application.',
    notAllowedTitle: 'Cette page ne peut pas s’afficher ici',
    notAllowedBody: 'Les paramètres du compte ne s’ouvrent que dans les applications autorisées par leur éditeur. Ouvrez-les dans l’application elle-même.',
  },
} as const;
