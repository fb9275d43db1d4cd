/** German strings for the Phone pages. Draft for issue 15. */
export const phoneDe = {
  phone: {
    title: 'Telefon',
    description: 'Mit einer Telefonnummer können Sie sich per SMS anmelden und Ihre Identität bestätigen.',
    current: 'Ihre Telefonnummer',
    unverified: '{{phone}} ist noch nicht bestätigt.',
    changeShort: 'Ändern',
    none: 'Noch keine Telefonnummer.',
    verify: 'Code zur Bestätigung per SMS senden',
    change: 'Telefonnummer ändern',
    add: 'Telefonnummer hinzufügen',
    newPhone: 'Telefonnummer',
    save: 'Speichern und Code per SMS senden',
    verified: 'Telefonnummer bestätigt.',
    verifyPage: {
      title: 'Telefonnummer bestätigen',
      body: 'Bestätigen Sie mit einem 6-stelligen Code, den wir Ihnen per SMS senden, dass {{phone}} Ihnen gehört.',
      send: 'Code per SMS senden',
      noPhone: 'Ihr Konto hat noch keine Telefonnummer.',
      alreadyVerified: 'Ihre Telefonnummer ist bestätigt.',
    },
  },
};
