/** Spanish strings shared by the settings pages (current password, new password). Draft for issue 15. */
export const settingsEs = {
  settings: {
    currentPassword: 'Contraseña actual',
    currentPasswordHint: 'Escribe tu contraseña para confirmar que eres tú.',
    choosePassword: 'Elige una contraseña',
    choosePasswordHint: 'Tu cuenta aún no tiene contraseña: con esta podrás iniciar sesión con tu correo electrónico.',
    wrongPassword: 'Esa no es tu contraseña actual.',
    alreadyUsed: 'Ya está en uso en otra cuenta.',
  },
  password: {
    new: 'Contraseña nueva',
    confirm: 'Repite la contraseña nueva',
    mismatch: 'Las contraseñas no coinciden.',
    ruleLength: 'Entre 8 y 256 caracteres.',
    recentlyUsed: 'Usaste esta contraseña hace poco. Elige otra.',
    personalData: 'La contraseña contiene tu nombre, correo electrónico, teléfono o ID de cuenta. Elige otra.',
    rejected: 'Esta contraseña no está permitida: {{detail}}',
  },
};
