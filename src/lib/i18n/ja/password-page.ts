/** Japanese strings for the Password page. Draft for issue 15. */
export const passwordPageJa = {
  passwordPage: {
    title: 'パスワード',
    description: 'ほかで使っていない長いパスワードを設定してください。パスワードマネージャーを使うと便利です。',
    set: 'パスワードを設定',
    setBody: 'アカウントにパスワードがまだ設定されていません。設定すると、メールアドレスとパスワードでログインできるようになります。',
    submit: 'パスワードを変更',
    submitSet: 'パスワードを設定',
    done: 'パスワードを変更しました。',
    /** Japanese has no "one" plural category: the other form is shown for 1 too, so both say the count includes this device. */
    signedOutOthers: 'ほかのデバイスからログアウトしました。残りのセッションは{{count}}件（このデバイスを含む）です。',
    signedOutOthersOne: 'ほかのデバイスからログアウトしました。残りのセッションは{{count}}件（このデバイスを含む）です。',
    strength: '強度：{{label}}',
    strengthLabels: {
      s0: 'とても弱い',
      s1: '弱い',
      s2: '普通',
      s3: '強い',
      s4: 'とても強い',
    },
  },
};
