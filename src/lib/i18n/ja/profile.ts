/** Japanese strings for /profile. Draft for issue 15. */
export const profileJa = {
  profile: {
    title: 'プロフィール',
    summary: 'アカウント情報',
    accountId: 'アカウントID',
    copyAccountId: 'アカウントIDをコピー',
    memberSince: '登録日',
    email: 'メールアドレス',
    phone: '電話番号',
    nameSection: '表示名',
    nameSectionHint: '{{app}}で表示される名前です。128文字以内。',
    nameSectionHintPlain: 'アプリで表示される名前です。128文字以内。',
    nameLabel: '名前',
    nameSaved: '名前を保存しました。',
  },
};
