/** Japanese strings shared by the settings pages (current password, new password). Draft for issue 15. */
export const settingsJa = {
  settings: {
    currentPassword: '現在のパスワード',
    currentPasswordHint: '本人確認のため、パスワードを入力してください。',
    choosePassword: 'パスワードを設定',
    choosePasswordHint: 'アカウントにパスワードがまだありません。設定すると、メールアドレスでログインできるようになります。',
    wrongPassword: '現在のパスワードが正しくありません。',
    alreadyUsed: 'すでに別のアカウントで使用されています。',
  },
  password: {
    new: '新しいパスワード',
    confirm: '新しいパスワード（確認）',
    mismatch: '2つのパスワードが一致しません。',
    ruleLength: '8〜256文字。',
    recentlyUsed: '最近使用したパスワードです。別のパスワードを設定してください。',
    personalData: 'パスワードに名前、メールアドレス、電話番号、またはアカウントIDが含まれています。別のパスワードを設定してください。',
    rejected: 'このパスワードは使用できません：{{detail}}',
  },
};
