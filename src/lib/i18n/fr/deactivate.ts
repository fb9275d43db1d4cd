/** French strings for deactivation. Draft for issue 15. */
export const deactivateFr = {
  deactivate: {
    title: 'Désactiver le compte',
    description: 'La désactivation vous déconnecte et empêche quiconque, vous compris, de se reconnecter à ce compte.',
    what: 'Ce qui va se passer',
    point1: 'Votre session se termine ici, et plus personne ne pourra se connecter à ce compte.',
    point2: 'Seul un administrateur de cette application peut annuler la désactivation. Vous ne pouvez pas le faire vous-même.',
    point3: 'Votre adresse e-mail reste réservée\u00A0: vous ne pourrez pas l’utiliser pour créer un nouveau compte.',
    point4: 'Les autres appareils connectés cesseront de fonctionner à leur prochaine action.',
    confirmLabel: 'Saisissez « {{phrase}} » pour confirmer',
    /** What the user must type; compared ignoring case, accents and extra spaces (« desactiver » matches). */
    phrase: 'désactiver mon compte',
    submit: 'Désactiver mon compte',
    doneTitle: 'Votre compte est désactivé',
    doneBody: 'Votre session a été fermée. S’il s’agit d’une erreur, contactez l’administrateur de l’application.',
  },
};
