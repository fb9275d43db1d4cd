/** French strings shared by the settings pages (current password, new password). Draft for issue 15. */
export const settingsFr = {
  settings: {
    currentPassword: 'Mot de passe actuel',
    currentPasswordHint: 'Saisissez votre mot de passe pour confirmer votre identité.',
    choosePassword: 'Choisir un mot de passe',
    choosePasswordHint: 'Votre compte n’a pas encore de mot de passe : celui-ci vous permettra de vous connecter avec votre adresse e-mail.',
    wrongPassword: 'Ce n’est pas votre mot de passe actuel.',
    /** Email address or phone number already taken; shown under the field. */
    alreadyUsed: 'Un autre compte l’utilise déjà.',
  },
  password: {
    new: 'Nouveau mot de passe',
    confirm: 'Confirmer le nouveau mot de passe',
    mismatch: 'Les deux mots de passe ne correspondent pas.',
    ruleLength: 'De 8 à 256 caractères.',
    recentlyUsed: 'Vous avez utilisé ce mot de passe récemment. Choisissez-en un autre.',
    personalData: 'Le mot de passe contient votre nom, votre adresse e-mail, votre numéro de téléphone ou l’ID de votre compte. Choisissez-en un autre.',
    rejected: 'Ce mot de passe n’est pas autorisé : {{detail}}',
  },
};
