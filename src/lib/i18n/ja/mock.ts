/** Japanese strings for the embedded mock's inbox and OAuth2 consent page. Draft for issue 15. */
export const mockJa = {
  mock: {
    inbox: {
      button: '受信トレイ',
      count: '受信トレイ、メッセージ{{count}}件',
      countOne: '受信トレイ、メッセージ{{count}}件',
      demo: '（デモ）',
      clearAll: 'すべて削除',
      list: 'メッセージ（新しい順）',
      empty: 'メールやSMSはまだありません。アプリが送信したリンクやコードがここに表示されます。',
      smsTo: '{{to}}宛てのSMS',
      emailTo: '宛先：{{recipient}}',
      openLink: 'リンクを開く',
      openInNewTab: '新しいタブで開く',
      copyCode: 'コード{{code}}をコピー',
    },
    oauth: {
      unavailableTitle: 'このログインプロバイダーは利用できません',
      unavailableBody: 'モックは{{status}}を返しました。次のリクエストでプロバイダーをオンにしてください。',
      pageTitle: '{{provider}}でログイン（モック）',
      heading: '{{provider}}で{{app}}にログイン',
      intro: 'これはモックのOAuth2プロバイダーです。アプリに返すアカウントを選んでください。',
      email: 'メールアドレス',
      name: '名前',
      allow: '許可',
      deny: '拒否',
    },
  },
} as const;
