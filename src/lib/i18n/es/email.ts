/** Spanish strings for the Email page. Draft for issue 15. */
export const emailEs = {
  email: {
    title: 'Correo electrónico',
    description: 'La dirección con la que inicias sesión y a la que llegan los avisos de seguridad.',
    current: 'Tu dirección de correo electrónico',
    none: 'Aún no tienes una dirección de correo electrónico. Añade una para iniciar sesión con ella y poder recuperar tu cuenta.',
    unverified: 'Aún no se ha verificado {{email}}.',
    linkSentTo: 'Te hemos enviado un enlace de verificación a {{email}}.',
    didNotGetIt: '¿No lo has recibido?',
    sendLink: 'Enviar un enlace de verificación',
    /** {{time}} is a countdown such as 0:42. */
    resendIn: 'Reenviar en {{time}}',
    useCode: 'Usar un código',
    codeSent: 'Te hemos enviado un código de 6 dígitos a {{email}}. Es válido durante 15 minutos.',
    verifyCode: 'Verificar correo electrónico',
    verified: 'Correo electrónico verificado.',
    change: 'Cambiar correo electrónico',
    changeShort: 'Cambiar',
    add: 'Añadir correo electrónico y contraseña',
    newEmail: 'Nuevo correo electrónico',
    save: 'Guardar correo electrónico',
  },
};
