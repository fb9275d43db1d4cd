/** Japanese strings for the Phone pages. Draft for issue 15. */
export const phoneJa = {
  phone: {
    title: '電話番号',
    description: '電話番号を登録すると、SMSでのログインや本人確認ができるようになります。',
    current: 'ご登録の電話番号',
    unverified: '{{phone}}はまだ確認されていません。',
    changeShort: '変更',
    none: '電話番号が登録されていません。',
    verify: 'SMSでコードを受け取って確認',
    change: '電話番号を変更',
    add: '電話番号を追加',
    newPhone: '電話番号',
    save: '保存してSMSでコードを受け取る',
    verified: '電話番号を確認しました。',
    verifyPage: {
      title: '電話番号の確認',
      body: 'SMSで届く6桁のコードで、{{phone}}がご自身の番号であることを確認します。',
      send: 'SMSでコードを受け取る',
      noPhone: 'アカウントに電話番号がまだ登録されていません。',
      alreadyVerified: '電話番号は確認済みです。',
    },
  },
};
