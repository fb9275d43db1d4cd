/** Spanish strings for the embedded settings. */
export const embedEs = {
  embed: {
    signedOutTitle: 'Has cerrado sesión',
    signedOutBody: 'Vuelve a iniciar sesión en la aplicación para gestionar tu cuenta aquí.',
    secondStepTitle: 'Primero termina de iniciar sesión',
    secondStepBody: 'Tu cuenta pide un segundo paso. Termina de iniciar sesión en la aplicación y vuelve aquí.',
    deactivatedTitle: 'Tu cuenta está desactivada',
    deactivatedBody: 'Se ha cerrado tu sesión. Si ha sido un error, contacta con el administrador de la aplicación.',
    notAllowedTitle: 'Esta página no se puede mostrar aquí',
    notAllowedBody: 'Los ajustes de la cuenta solo se abren dentro de las aplicaciones que su responsable ha autorizado. Ábrelos en la propia aplicación.',
  },
} as const;
