/** Japanese strings for sign-in and sign-up. Draft for issue 15. */
export const authJa = {
  auth: {
    signIn: {
      title: '{{app}}にログイン',
      titlePlain: 'ログイン',
      submit: 'ログイン',
      submitting: 'ログイン中…',
      /** Followed by a space and the createAccount link. */
      noAccount: 'はじめてご利用の方',
      createAccount: 'アカウントを作成',
      demoTitle: 'デモアカウント',
      demoFill: 'デモアカウントを使用',
    },
    signUp: {
      title: '{{app}}のアカウントを作成',
      titlePlain: 'アカウントを作成',
      submit: 'アカウントを作成',
      submitting: 'アカウントを作成中…',
      /** Followed by a space and the signIn link. */
      haveAccount: 'アカウントをお持ちの方',
      signIn: 'ログイン',
      /** {{reason}} is an error message, ending with its own full stop. */
      createdNotSignedIn: 'アカウントは作成されましたが、ログインできませんでした。{{reason}} あらためてログインしてください。',
    },
    forgotPassword: 'パスワードをお忘れの場合',
    moreMethods: 'その他のログイン方法',
    or: 'または',
    methods: {
      emailPassword: 'メールアドレスとパスワード',
      magicUrl: 'ログインリンクをメールで受け取る',
      emailCode: 'コードをメールで受け取る',
      phoneCode: 'コードをSMSで受け取る',
      anonymous: 'ゲストとして続行',
    },
    oauth: '{{provider}}で続行',
    continueAs: {
      title: 'すでにログインしています',
      body: '{{name}}としてログインしています。',
      continue: '{{name}}として続行',
      signOut: 'ログアウト',
    },
    magic: {
      submit: 'ログインリンクを送信',
      sent: 'メールを確認してください',
      sentBody: '{{email}}でログインできる場合は、リンクを送信しました。リンクの有効期限は1時間で、使用できるのは1回だけです。',
      otherEmail: '別のメールアドレスを使用',
    },
    guest: {
      body: 'アカウントを作成せずにお試しいただけます。あとからメールアドレスとパスワードを登録して、アカウントを保存できます。',
      submit: 'ゲストとして続行',
      saveTitle: 'ゲストアカウントを保存',
      saveBody: 'メールアドレスとパスワードを追加すると、あとからどこでもログインできるようになります。ゲストとして行った操作はすべて引き継がれます。',
      saved: 'アカウントを保存しました。今後は{{email}}でログインしてください。',
    },
    fields: {
      name: '名前',
      nameHint: '任意。128文字以内。',
      email: 'メールアドレス',
      password: 'パスワード',
      passwordHint: '8文字以上。',
    },
  },
};
