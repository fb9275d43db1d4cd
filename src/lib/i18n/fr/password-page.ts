/** French strings for the Password page. Draft for issue 15. */
export const passwordPageFr = {
  passwordPage: {
    title: 'Mot de passe',
    description: 'Choisissez un mot de passe long, que vous n’utilisez nulle part ailleurs. Un gestionnaire de mots de passe peut vous y aider.',
    set: 'Définir un mot de passe',
    setBody: 'Votre compte n’a pas encore de mot de passe. En définir un vous permet de vous connecter avec votre adresse e-mail et ce mot de passe.',
    submit: 'Modifier le mot de passe',
    submitSet: 'Définir le mot de passe',
    done: 'Mot de passe modifié.',
    signedOutOthers: 'Les autres appareils ont été déconnectés. Il reste {{count}} sessions.',
    signedOutOthers_many: 'Les autres appareils ont été déconnectés. Il reste {{count}} de sessions.',
    /** French "one" covers 0 and 1; here count is always 1 (the current session stays), so no number is shown. */
    signedOutOthersOne: 'Les autres appareils ont été déconnectés. Seule cette session reste ouverte.',
    /** {{label}} is one of strengthLabels; "robustesse" is feminine. */
    strength: 'Robustesse : {{label}}',
    strengthLabels: {
      s0: 'très faible',
      s1: 'faible',
      s2: 'moyenne',
      s3: 'élevée',
      s4: 'très élevée',
    },
  },
};
