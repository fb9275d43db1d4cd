/** Arabic strings for devices, sign-in methods and factors (sessions and activity). Draft for issue 15. */
export const deviceAr = {
  device: {
    unknownBrowser: 'متصفح غير معروف',
    unknownDevice: 'جهاز غير معروف',
    desktop: 'كمبيوتر مكتبي',
    mobile: 'هاتف محمول',
    tablet: 'جهاز لوحي',
    unknownKind: 'جهاز',
    unknownLocation: 'موقع غير معروف',
    copyIp: 'نسخ عنوان IP {{ip}}',
    /** Product names are Latin: each isolated (U+2068 … U+2069) so the line reads right to left. */
    clientOnOs: '{{client}} على {{os}}',
  },
  /** How a session was signed in ("طريقة تسجيل الدخول"). */
  providers: {
    email: 'البريد الإلكتروني وكلمة المرور',
    anonymous: 'دخول كضيف',
    'magic-url': 'رابط تسجيل الدخول',
    token: 'رمز لمرة واحدة',
    phone: 'رمز عبر الهاتف',
    oauth: 'حساب {{provider}}',
  },
  /** What a session was verified with ("تم التحقق عبر"). */
  factors: {
    password: 'كلمة المرور',
    email: 'البريد الإلكتروني',
    phone: 'الهاتف',
    totp: 'تطبيق المصادقة',
    recoveryCode: 'رمز الاسترداد',
    oauth2: 'موفّر OAuth',
    anonymous: 'لا شيء (ضيف)',
    token: 'رمز مميز',
  },
};
