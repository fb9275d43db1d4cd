/** Spanish strings for the embedded mock's inbox and OAuth2 consent page. Draft for issue 15. */
export const mockEs = {
  mock: {
    inbox: {
      button: 'Bandeja de entrada',
      count: 'Bandeja de entrada, {{count}} mensajes',
      count_many: 'Bandeja de entrada, {{count}} de mensajes',
      countOne: 'Bandeja de entrada, {{count}} mensaje',
      demo: '(demostración)',
      clearAll: 'Borrar todo',
      list: 'Mensajes, los más recientes primero',
      empty: 'Todavía no hay correos ni SMS. Aquí aparecen los enlaces y códigos que envía la app.',
      smsTo: 'SMS a {{to}}',
      emailTo: 'Para {{recipient}}',
      openLink: 'Abrir enlace',
      openInNewTab: 'Abrir en una pestaña nueva',
      copyCode: 'Copiar el código {{code}}',
    },
    oauth: {
      unavailableTitle: 'Este proveedor de inicio de sesión no está disponible',
      unavailableBody: 'La simulación ha respondido {{status}}. Activa el proveedor con esta solicitud:',
      pageTitle: 'Iniciar sesión con {{provider}} (simulación)',
      heading: 'Iniciar sesión en {{app}} con {{provider}}',
      intro: 'Este es el proveedor OAuth2 simulado. Elige la cuenta que devolverá a la app.',
      email: 'Correo electrónico',
      name: 'Nombre',
      allow: 'Permitir',
      deny: 'Denegar',
    },
  },
} as const;
