/** French strings for the embedded mock's inbox and OAuth2 consent page. Draft for issue 15. */
export const mockFr = {
  mock: {
    inbox: {
      button: 'Boîte de réception',
      count: 'Boîte de réception, {{count}} messages',
      count_many: 'Boîte de réception, {{count}} de messages',
      countOne: 'Boîte de réception, {{count}} message',
      demo: '(démo)',
      clearAll: 'Tout effacer',
      list: 'Messages, du plus récent au plus ancien',
      empty: 'Aucun e-mail ni SMS pour l’instant. Les liens et les codes envoyés par l’application s’affichent ici.',
      smsTo: 'SMS à {{to}}',
      emailTo: 'À {{recipient}}',
      openLink: 'Ouvrir le lien',
      openInNewTab: 'Ouvrir dans un nouvel onglet',
      copyCode: 'Copier le code {{code}}',
    },
    oauth: {
      unavailableTitle: 'Ce fournisseur de connexion n’est pas disponible',
      unavailableBody: 'La simulation a répondu {{status}}. Activez le fournisseur avec cette requête\u00A0:',
      pageTitle: 'Se connecter avec {{provider}} (simulation)',
      heading: 'Se connecter à {{app}} avec {{provider}}',
      intro: 'Ceci est le fournisseur OAuth2 simulé. Choisissez le compte qu’il renverra à l’application.',
      email: 'Adresse e-mail',
      name: 'Nom',
      allow: 'Autoriser',
      deny: 'Refuser',
    },
  },
} as const;
