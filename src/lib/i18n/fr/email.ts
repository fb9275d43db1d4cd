/** French strings for the Email page. Draft for issue 15. */
export const emailFr = {
  email: {
    title: 'E-mail',
    description: 'L’adresse avec laquelle vous vous connectez et qui reçoit les messages de sécurité.',
    current: 'Votre adresse e-mail',
    none: 'Aucune adresse e-mail pour l’instant. Ajoutez-en une pour vous connecter par e-mail et pouvoir récupérer votre compte.',
    unverified: 'L’adresse {{email}} n’est pas encore vérifiée.',
    linkSentTo: 'Nous avons envoyé un lien de vérification à {{email}}.',
    didNotGetIt: 'Vous ne l’avez pas reçu ?',
    sendLink: 'Envoyer un lien de vérification',
    /** {{time}} is a countdown such as 0:45. */
    resendIn: 'Renvoyer dans {{time}}',
    useCode: 'Utiliser un code',
    codeSent: 'Nous avons envoyé un code à 6 chiffres à {{email}}. Il est valable 15 minutes.',
    verifyCode: 'Vérifier l’adresse e-mail',
    verified: 'Adresse e-mail vérifiée.',
    change: 'Modifier l’adresse e-mail',
    changeShort: 'Modifier',
    add: 'Ajouter une adresse e-mail et un mot de passe',
    newEmail: 'Nouvelle adresse e-mail',
    save: 'Enregistrer l’adresse e-mail',
  },
};
