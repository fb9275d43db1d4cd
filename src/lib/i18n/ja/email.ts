/** Japanese strings for the Email page. Draft for issue 15. */
export const emailJa = {
  email: {
    title: 'メールアドレス',
    description: 'ログインに使用するアドレスです。セキュリティに関するお知らせもこのアドレスに届きます。',
    current: 'ご登録のメールアドレス',
    none: 'メールアドレスが登録されていません。追加すると、メールアドレスでのログインやアカウントの復旧ができるようになります。',
    unverified: '{{email}}はまだ確認されていません。',
    linkSentTo: '{{email}}に確認リンクを送信しました。',
    didNotGetIt: 'メールが届いていない場合',
    sendLink: '確認リンクを送信',
    /** {{time}} is a countdown such as 0:59. */
    resendIn: '{{time}}後に再送信',
    useCode: 'コードで確認',
    codeSent: '{{email}}に6桁のコードを送信しました。有効期限は15分です。',
    verifyCode: 'メールアドレスを確認',
    verified: 'メールアドレスを確認しました。',
    change: 'メールアドレスを変更',
    changeShort: '変更',
    add: 'メールアドレスとパスワードを追加',
    newEmail: '新しいメールアドレス',
    save: 'メールアドレスを保存',
  },
};
