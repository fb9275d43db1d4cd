/** French strings for sign-in and sign-up. Draft for issue 15. */
export const authFr = {
  auth: {
    signIn: {
      title: 'Connexion à {{app}}',
      titlePlain: 'Connexion',
      submit: 'Se connecter',
      submitting: 'Connexion…',
      noAccount: 'Pas encore de compte ?',
      /** Link after noAccount. */
      createAccount: 'Créez-en un',
      demoTitle: 'Compte de démo',
      demoFill: 'Utiliser le compte de démo',
    },
    signUp: {
      title: 'Créez votre compte {{app}}',
      titlePlain: 'Créer un compte',
      submit: 'Créer le compte',
      submitting: 'Création du compte…',
      haveAccount: 'Vous avez déjà un compte ?',
      signIn: 'Se connecter',
      /** {{reason}} is a full sentence ending with a period. */
      createdNotSignedIn: 'Votre compte a été créé, mais la connexion a échoué : {{reason}} Veuillez vous connecter.',
    },
    forgotPassword: 'Mot de passe oublié ?',
    moreMethods: 'Autres moyens de connexion',
    or: 'ou',
    methods: {
      emailPassword: 'E-mail et mot de passe',
      magicUrl: 'Recevoir un lien de connexion par e-mail',
      emailCode: 'Recevoir un code par e-mail',
      phoneCode: 'Recevoir un code par SMS',
      anonymous: 'Continuer en tant qu’invité',
    },
    oauth: 'Continuer avec {{provider}}',
    continueAs: {
      title: 'Une session est déjà ouverte',
      body: 'Compte connecté\u00A0: {{name}}.',
      continue: 'Continuer en tant que {{name}}',
      signOut: 'Se déconnecter',
    },
    magic: {
      submit: 'Envoyer le lien de connexion',
      sent: 'Consultez votre boîte de réception',
      sentBody: 'Si l’adresse {{email}} permet de se connecter, un lien vous a été envoyé. Il est valable une heure et ne fonctionne qu’une fois.',
      otherEmail: 'Utiliser une autre adresse e-mail',
    },
    guest: {
      body: 'Découvrez l’application sans créer de compte. Vous pourrez enregistrer votre compte invité plus tard avec une adresse e-mail et un mot de passe.',
      submit: 'Continuer en tant qu’invité',
      saveTitle: 'Enregistrer votre compte invité',
      saveBody: 'Ajoutez une adresse e-mail et un mot de passe pour vous reconnecter plus tard, où que vous soyez. Tout ce que vous avez fait en tant qu’invité est conservé.',
      saved: 'Compte enregistré. Connectez-vous désormais avec {{email}}.',
    },
    fields: {
      name: 'Nom',
      nameHint: 'Facultatif. 128 caractères maximum.',
      email: 'Adresse e-mail',
      password: 'Mot de passe',
      passwordHint: 'Au moins 8 caractères.',
    },
  },
};
