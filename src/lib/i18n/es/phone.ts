/** Spanish strings for the Phone pages. Draft for issue 15. */
export const phoneEs = {
  phone: {
    title: 'Teléfono',
    description: 'Con un número de teléfono puedes iniciar sesión mediante SMS y confirmar que eres tú.',
    current: 'Tu número de teléfono',
    unverified: 'Aún no se ha verificado {{phone}}.',
    changeShort: 'Cambiar',
    none: 'Aún no tienes un número de teléfono.',
    verify: 'Envíame un código por SMS para verificarlo',
    change: 'Cambiar número de teléfono',
    add: 'Añadir número de teléfono',
    newPhone: 'Número de teléfono',
    save: 'Guardar y enviarme un código por SMS',
    verified: 'Teléfono verificado.',
    verifyPage: {
      title: 'Verifica tu teléfono',
      body: 'Confirma que {{phone}} es tuyo con un código de 6 dígitos que te enviaremos por SMS.',
      send: 'Envíame un código por SMS',
      noPhone: 'Tu cuenta aún no tiene número de teléfono.',
      alreadyVerified: 'Tu número de teléfono está verificado.',
    },
  },
};
