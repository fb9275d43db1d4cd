/** French strings for /activity. Draft for issue 15. */
export const activityFr = {
  activity: {
    title: 'Activité de sécurité',
    description: 'Connexions et modifications du compte, des plus récentes aux plus anciennes.',
    /** Tooltip on an event; {{name}} is the raw Appwrite event name. */
    rawEvent: 'Enregistré sous {{name}}',
    empty: 'Aucune activité enregistrée pour l’instant.',
    pageSize: 'Événements par page',
    previous: 'Page précédente',
    next: 'Page suivante',
    range: '{{first}}–{{last}} sur {{total}}',
    /** aria-label of the pagination navigation. */
    pagination: 'Pagination',
    filters: 'Filtrer',
    filterEvent: 'Type d’événement',
    filterAll: 'Tous les événements',
    /** Labels of the two date fields. */
    filterFrom: 'Du',
    filterTo: 'Au',
    filterClear: 'Effacer les filtres',
    /** Follows filterResult: "12 résultats parmi vos 100 derniers événements". */
    filterScope: 'parmi vos {{loaded}} derniers événements',
    loadMore: 'Charger plus',
    filterResult: '{{count}} résultats',
    filterResult_many: '{{count}} de résultats',
    /** French "one" covers 0 and 1. */
    filterResultOne: '{{count}} résultat',
    export: 'Exporter en CSV',
    exporting: 'Récupération des événements\u00A0: {{done}} sur {{total}}…',
    exportCancel: 'Annuler l’exportation',
    /** No plural variant exists: worded so that any number reads correctly. */
    exportDoneOne: '1\u00A0événement téléchargé au format CSV.',
    exportDone: '{{count}}\u00A0événements téléchargés au format CSV.',
    exportDone_many: '{{count}}\u00A0d’événements téléchargés au format CSV.',
    exportCancelled: 'Exportation annulée.',
    unavailableTitle: 'Ce serveur ne conserve pas de journal d’activité',
    unavailableBody: 'Le serveur de cette application ne conserve pas de journal de l’activité du compte. Les appareils connectés à votre compte restent affichés sur la page Sessions.',
    events: {
      user_create: 'Compte créé',
      user_update: 'Informations du compte modifiées',
      user_delete: 'Compte supprimé',
      session_create: 'Connexion',
      session_update: 'Session prolongée',
      session_delete: 'Déconnexion',
      recovery_create: 'Réinitialisation du mot de passe demandée',
      recovery_update: 'Mot de passe réinitialisé',
      verification_create: 'Vérification demandée',
      verification_update: 'Adresse e-mail ou numéro de téléphone vérifié',
      challenge_create: 'Vérification en deux étapes lancée',
      challenges_update: 'Vérification en deux étapes réussie',
      target_delete: 'Appareil de notifications push supprimé',
    },
  },
};
