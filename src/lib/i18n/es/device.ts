/** Spanish strings for devices, sign-in methods and factors (sessions and activity). Draft for issue 15. */
export const deviceEs = {
  device: {
    unknownBrowser: 'Navegador desconocido',
    unknownDevice: 'Dispositivo desconocido',
    desktop: 'Escritorio',
    mobile: 'Móvil',
    tablet: 'Tableta',
    unknownKind: 'Dispositivo',
    unknownLocation: 'Ubicación desconocida',
    copyIp: 'Copiar la dirección IP {{ip}}',
    clientOnOs: '{{client}} en {{os}}',
  },
  /** How a session was signed in ("Iniciada con: …"). */
  providers: {
    email: 'Correo electrónico y contraseña',
    anonymous: 'Acceso de invitado',
    'magic-url': 'Enlace de acceso',
    token: 'Código de un solo uso',
    phone: 'Código por SMS',
    oauth: 'Cuenta de {{provider}}',
  },
  /** Factors a session was verified with ("Verificada con: …"). */
  factors: {
    password: 'Contraseña',
    email: 'Correo electrónico',
    phone: 'Teléfono',
    totp: 'App de autenticación',
    recoveryCode: 'Código de recuperación',
    oauth2: 'Proveedor OAuth',
    anonymous: 'Ninguno (invitado)',
    token: 'Token',
  },
};
