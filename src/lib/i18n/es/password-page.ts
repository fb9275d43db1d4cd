/** Spanish strings for the Password page. Draft for issue 15. */
export const passwordPageEs = {
  passwordPage: {
    title: 'Contraseña',
    description: 'Elige una contraseña larga que no uses en ningún otro sitio. Un gestor de contraseñas te puede ayudar.',
    set: 'Establecer una contraseña',
    setBody: 'Tu cuenta aún no tiene contraseña. Si estableces una, podrás iniciar sesión con tu correo electrónico y tu contraseña.',
    submit: 'Cambiar contraseña',
    submitSet: 'Establecer contraseña',
    done: 'Contraseña cambiada.',
    signedOutOthers: 'Se ha cerrado la sesión en los demás dispositivos. Quedan {{count}} sesiones abiertas.',
    signedOutOthers_many: 'Se ha cerrado la sesión en los demás dispositivos. Quedan {{count}} de sesiones abiertas.',
    signedOutOthersOne: 'Se ha cerrado la sesión en los demás dispositivos. Solo queda abierta esta sesión.',
    strength: 'Seguridad: {{label}}',
    /** Agree with "seguridad" (feminine). */
    strengthLabels: {
      s0: 'muy baja',
      s1: 'baja',
      s2: 'media',
      s3: 'alta',
      s4: 'muy alta',
    },
  },
};
