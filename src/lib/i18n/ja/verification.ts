/** Japanese strings for code entry and resend (sign-in, email, phone). Draft for issue 15. */
export const verificationJa = {
  code: {
    submit: 'コードを送信',
    sentEmail: '{{email}}に6桁のコードを送信しました。有効期限は15分です。',
    sentPhone: '{{phone}}に6桁のコードを送信しました。有効期限は15分です。',
    label: '6桁のコード',
    /** Submit button when the code signs you in. */
    verify: 'ログイン',
    verifying: '確認中…',
    invalid: 'コードが正しくないか、有効期限が切れているか、すでに使用されています。コードを確認するか、新しいコードを送信してください。',
    incomplete: '6桁すべて入力してください。',
    resend: '再送信',
    resendIn: '{{seconds}}秒後に再送信',
    /** {{phrase}} is Appwrite's security phrase (English words) also printed in the email. */
    phrase: 'メールには「{{phrase}}」というセキュリティフレーズが記載されています。同じフレーズが記載されたメールのリンクのみを使用してください。',
    phoneLabel: '電話番号',
    phoneHint: '国番号から入力してください（例：+81 90 1234 5678）。',
    phoneSent: '{{phone}}にコードを送信しました。',
  },
};
