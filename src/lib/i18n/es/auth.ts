/** Spanish strings for sign-in and sign-up. Draft for issue 15. */
export const authEs = {
  auth: {
    signIn: {
      title: 'Iniciar sesión en {{app}}',
      titlePlain: 'Iniciar sesión',
      submit: 'Iniciar sesión',
      submitting: 'Iniciando sesión…',
      noAccount: '¿Aún no tienes una cuenta?',
      createAccount: 'Crea una',
      demoTitle: 'Cuenta de demostración',
      demoFill: 'Usar la cuenta de demostración',
    },
    signUp: {
      title: 'Crea tu cuenta de {{app}}',
      titlePlain: 'Crear una cuenta',
      submit: 'Crear cuenta',
      submitting: 'Creando la cuenta…',
      haveAccount: '¿Ya tienes una cuenta?',
      signIn: 'Inicia sesión',
      /** {{reason}} is a full sentence ending with a period. */
      createdNotSignedIn: 'Tu cuenta se ha creado, pero no hemos podido iniciar tu sesión: {{reason}} Inicia sesión para continuar.',
    },
    forgotPassword: '¿Has olvidado tu contraseña?',
    moreMethods: 'Más formas de iniciar sesión',
    or: 'o',
    methods: {
      emailPassword: 'Correo electrónico y contraseña',
      magicUrl: 'Envíame un enlace de acceso por correo',
      emailCode: 'Envíame un código por correo',
      phoneCode: 'Envíame un código por SMS',
      anonymous: 'Continuar como invitado',
    },
    oauth: 'Continuar con {{provider}}',
    continueAs: {
      title: 'Ya tienes una sesión iniciada',
      body: 'Sesión iniciada como {{name}}.',
      continue: 'Continuar como {{name}}',
      signOut: 'Cerrar sesión',
    },
    magic: {
      submit: 'Enviar enlace de acceso',
      sent: 'Revisa tu bandeja de entrada',
      sentBody: 'Si {{email}} puede iniciar sesión, el enlace ya va de camino. Es válido durante una hora y solo se puede usar una vez.',
      otherEmail: 'Usar otro correo electrónico',
    },
    guest: {
      body: 'Echa un vistazo sin registrarte. Más adelante podrás guardar tu cuenta con un correo electrónico y una contraseña.',
      submit: 'Continuar como invitado',
      saveTitle: 'Guarda tu cuenta de invitado',
      saveBody: 'Añade un correo electrónico y una contraseña para volver a iniciar sesión más adelante, desde cualquier lugar. Se conserva todo lo que hayas hecho como invitado.',
      saved: 'Cuenta guardada. A partir de ahora, inicia sesión con {{email}}.',
    },
    fields: {
      name: 'Nombre',
      nameHint: 'Opcional. Hasta 128 caracteres.',
      email: 'Correo electrónico',
      password: 'Contraseña',
      passwordHint: 'Al menos 8 caracteres.',
    },
  },
};
