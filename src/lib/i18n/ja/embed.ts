/** Japanese strings for the embedded settings. */
export const embedJa = {
  embed: {
    signedOutTitle: 'ログアウトしています',
    signedOutBody: 'ここでアカウントを管理するには、アプリにもう一度ログインしてください。',
    secondStepTitle: '先にログインを完了してください',
    secondStepBody: 'このアカウントには 2 段階目の確認が必要です。アプリへのログインを完了してから、ここに戻ってください。',
    deactivatedTitle: 'アカウントは無効化されています',
    deactivatedBody: 'ログアウトしました。誤りの場合は、アプリの管理者にお問い合わせください。',
    notAllowedTitle: 'このページはここでは表示できません',
    notAllowedBody: 'アカウント設定は、運営者が許可したアプリの中でのみ開けます。アプリ本体で開いてください。',
  },
} as const;
