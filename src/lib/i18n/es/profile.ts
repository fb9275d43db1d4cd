/** Spanish strings for /profile. Draft for issue 15. */
export const profileEs = {
  profile: {
    title: 'Perfil',
    summary: 'Tu cuenta',
    accountId: 'ID de cuenta',
    copyAccountId: 'Copiar ID de cuenta',
    memberSince: 'Miembro desde',
    email: 'Correo electrónico',
    phone: 'Teléfono',
    nameSection: 'Nombre visible',
    nameSectionHint: 'El nombre con el que {{app}} se dirige a ti. Hasta 128 caracteres.',
    nameSectionHintPlain: 'El nombre con el que nos dirigimos a ti. Hasta 128 caracteres.',
    nameLabel: 'Nombre',
    nameSaved: 'Nombre guardado.',
  },
};
