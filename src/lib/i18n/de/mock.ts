/** German strings for the embedded mock's inbox and OAuth2 consent page. Draft for issue 15. */
export const mockDe = {
  mock: {
    inbox: {
      button: 'Posteingang',
      count: 'Posteingang, {{count}} Nachrichten',
      countOne: 'Posteingang, {{count}} Nachricht',
      demo: '(Demo)',
      clearAll: 'Alle löschen',
      list: 'Nachrichten, neueste zuerst',
      empty: 'Noch keine E-Mails oder SMS. Links und Codes, die die App sendet, erscheinen hier.',
      smsTo: 'SMS an {{to}}',
      emailTo: 'An {{recipient}}',
      openLink: 'Link öffnen',
      openInNewTab: 'In neuem Tab öffnen',
      copyCode: 'Code {{code}} kopieren',
    },
    oauth: {
      unavailableTitle: 'Dieser Anmeldeanbieter ist nicht verfügbar',
      unavailableBody: 'Die Simulation hat mit {{status}} geantwortet. Schalten Sie den Anbieter mit dieser Anfrage ein:',
      pageTitle: 'Mit {{provider}} anmelden (Simulation)',
      heading: 'Mit {{provider}} bei {{app}} anmelden',
      intro: 'Dies ist der simulierte OAuth2-Anbieter. Wählen Sie das Konto, das er an die App zurückmeldet.',
      email: 'E-Mail-Adresse',
      name: 'Name',
      allow: 'Zulassen',
      deny: 'Ablehnen',
    },
  },
} as const;
