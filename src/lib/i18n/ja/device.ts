/** Japanese strings for devices, sign-in methods and factors (sessions and activity). Draft for issue 15. */
export const deviceJa = {
  device: {
    unknownBrowser: '不明なブラウザー',
    unknownDevice: '不明なデバイス',
    desktop: 'デスクトップ',
    mobile: 'モバイル',
    tablet: 'タブレット',
    unknownKind: 'デバイス',
    unknownLocation: '不明な場所',
    copyIp: 'IPアドレス（{{ip}}）をコピー',
    clientOnOs: '{{os}} 上の {{client}}',
  },
  providers: {
    email: 'メールアドレスとパスワード',
    anonymous: 'ゲストアクセス',
    'magic-url': 'ログインリンク',
    token: 'ワンタイムコード',
    phone: 'SMSコード',
    oauth: '{{provider}}アカウント',
  },
  factors: {
    password: 'パスワード',
    email: 'メール',
    phone: 'SMS',
    totp: '認証アプリ',
    recoveryCode: 'リカバリーコード',
    oauth2: 'OAuthプロバイダー',
    anonymous: 'なし（ゲスト）',
    token: 'トークン',
  },
};
