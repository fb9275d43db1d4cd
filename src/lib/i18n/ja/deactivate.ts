/** Japanese strings for deactivation. Draft for issue 15. */
export const deactivateJa = {
  deactivate: {
    title: 'アカウントの無効化',
    description: 'アカウントを無効化するとログアウトされ、ご本人を含め、誰もこのアカウントにログインできなくなります。',
    what: '無効化による影響',
    point1: 'このブラウザーからログアウトされ、誰もこのアカウントにログインできなくなります。',
    point2: '元に戻せるのはこのアプリの管理者だけです。ご自身で元に戻すことはできません。',
    point3: 'メールアドレスは引き続き使用済みとして扱われるため、同じアドレスで再登録することはできません。',
    point4: 'ログイン中のほかのデバイスも、次の操作から使えなくなります。',
    confirmLabel: '確認のため「{{phrase}}」と入力してください',
    /** The user must type this exactly (case-insensitive); keep it short and easy to type with an IME. */
    phrase: 'アカウントを無効化',
    submit: 'アカウントを無効化',
    doneTitle: 'アカウントは無効化されました',
    doneBody: 'ログアウトしました。誤って無効化した場合は、アプリの管理者にお問い合わせください。',
  },
};
