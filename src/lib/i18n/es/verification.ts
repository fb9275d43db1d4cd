/** Spanish strings for code entry and resend (sign-in, email, phone). Draft for issue 15. */
export const verificationEs = {
  code: {
    submit: 'Enviar código',
    sentEmail: 'Te hemos enviado un código de 6 dígitos a {{email}}. Es válido durante 15 minutos.',
    sentPhone: 'Te hemos enviado un código de 6 dígitos al {{phone}}. Es válido durante 15 minutos.',
    label: 'Código de 6 dígitos',
    verify: 'Iniciar sesión',
    verifying: 'Comprobando…',
    invalid: 'Ese código es incorrecto, ha caducado o ya se ha usado. Revísalo o solicita uno nuevo.',
    incomplete: 'Escribe los 6 dígitos.',
    resend: 'Reenviar',
    resendIn: 'Reenviar en {{seconds}} s',
    /** Shown with magic links and email codes; the email contains the same phrase. */
    phrase: 'El correo contiene esta frase de seguridad: {{phrase}}. Usa el enlace solo si el correo contiene exactamente estas palabras.',
    phoneLabel: 'Número de teléfono',
    phoneHint: 'Con el código de país; por ejemplo, +44 7700 900123.',
    phoneSent: 'Código enviado al {{phone}}.',
  },
};
