/** Spanish strings for deactivation. Draft for issue 15. */
export const deactivateEs = {
  deactivate: {
    title: 'Desactivar cuenta',
    description: 'Al desactivar tu cuenta, se cierra tu sesión y nadie, ni siquiera tú, podrá volver a iniciar sesión en ella.',
    what: 'Qué ocurre',
    point1: 'Se cierra tu sesión aquí y nadie podrá volver a iniciar sesión en esta cuenta.',
    point2: 'Solo un administrador de esta app puede revertirlo. Tú no puedes hacerlo.',
    point3: 'Tu dirección de correo electrónico seguirá reservada: no podrás volver a registrarte con ella.',
    point4: 'Los demás dispositivos con la sesión iniciada dejarán de funcionar en su siguiente acción.',
    confirmLabel: 'Escribe «{{phrase}}» para confirmar',
    /** The user must type this exact phrase; keep it short, lowercase and easy to type. */
    phrase: 'desactivar mi cuenta',
    submit: 'Desactivar mi cuenta',
    doneTitle: 'Tu cuenta está desactivada',
    doneBody: 'Se ha cerrado tu sesión. Si ha sido un error, ponte en contacto con el administrador de la app.',
  },
};
