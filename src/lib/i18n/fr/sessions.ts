/** French strings for /sessions. Draft for issue 15. */
export const sessionsFr = {
  sessions: {
    title: 'Sessions',
    description: 'Tous les appareils où votre compte est connecté. Déconnectez ceux que vous ne reconnaissez pas.',
    thisDevice: 'Cet appareil',
    listTitle: 'Appareils connectés',
    details: 'Détails',
    /** aria-label of a session's action menu; {{device}} is e.g. "Chrome sur macOS". */
    more: 'Plus d’actions pour {{device}}',
    /** Labels followed by a date and time. */
    signedIn: 'Connexion',
    expires: 'Expiration',
    method: 'Moyen de connexion',
    /** Followed by factor names; agrees with "session" (feminine). */
    factors: 'Vérifiée avec',
    location: 'Lieu',
    ip: 'Adresse IP',
    /** Action on one session row: signs that device out. */
    signOut: 'Déconnecter',
    extend: 'Prolonger la session',
    /** Shown instead of extend for OAuth sessions. */
    reconnect: 'Actualiser la connexion',
    /** {{date}} such as 12 mars 2025 à 18:02 UTC+1. */
    extended: 'Session prolongée jusqu’au {{date}}.',
    signOutOne: {
      named: 'Déconnecter {{device}}',
      title: 'Déconnecter {{device}} ?',
      body: 'Cet appareil devra se reconnecter. Tout ce qui y est ouvert cessera de fonctionner à sa prochaine action.',
      confirm: 'Déconnecter',
      done: 'Déconnexion de {{device}} effectuée.',
    },
    others: {
      button: 'Déconnecter les autres sessions',
      title: 'Déconnecter {{count}} autres sessions ?',
      title_many: 'Déconnecter {{count}} d’autres sessions ?',
      /** French "one" covers 0 and 1. */
      titleOne: 'Déconnecter {{count}} autre session ?',
      body: 'Tous les appareils sauf celui-ci devront se reconnecter. Cet appareil reste connecté.',
      confirm: 'Déconnecter les autres sessions',
      progress: 'Déconnexion : {{done}} sur {{total}}…',
      done: '{{count}} autres sessions déconnectées.',
      done_many: '{{count}} d’autres sessions déconnectées.',
      doneOne: '{{count}} autre session déconnectée.',
      /** No plural variant: worded so that {{failed}} = 1 reads correctly. */
      partial: 'Impossible de déconnecter {{failed}} des {{total}} sessions.',
      retry: 'Réessayer pour celles-ci',
    },
    everywhere: {
      button: 'Se déconnecter partout',
      title: 'Se déconnecter partout, y compris sur cet appareil ?',
      body: 'Toutes les sessions prennent fin, y compris celle-ci : vous reviendrez à la page de connexion, et tous les autres appareils devront se reconnecter.',
      confirm: 'Se déconnecter partout',
    },
    empty: 'Votre compte n’est connecté que sur cet appareil.',
    count: '{{count}} sessions actives',
    count_many: '{{count}} de sessions actives',
    countOne: '{{count}} session active',
  },
};
